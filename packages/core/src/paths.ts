/** POSIX-style path helpers, so core needs no Node API (front ends hand in '/'-separated paths). */
export function normalisePath(path: string): string {
  const p = path.replace(/\\/g, "/");
  const absolute = p.startsWith("/");
  const drive = /^[A-Za-z]:\//.test(p) ? p.slice(0, 2) : "";
  const out: string[] = [];
  for (const part of p.slice(drive.length).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!absolute && !drive) out.push("..");
    } else out.push(part);
  }
  return drive + (absolute || drive ? "/" : "") + out.join("/") || ".";
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
}

/** `rel` as seen from the folder `baseDir`. */
export function resolvePath(baseDir: string, rel: string): string {
  return normalisePath(isAbsolutePath(rel) ? rel : `${baseDir}/${rel}`);
}

export function basename(path: string): string {
  const p = path.replace(/\\/g, "/");
  return p.slice(p.lastIndexOf("/") + 1);
}

export function hasGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

export function dirname(path: string): string {
  const p = path.replace(/\\/g, "/").replace(/\/+$/, "");
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return p.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir === "/" ? `/${name}` : `${dir.replace(/\/+$/, "")}/${name}`;
}
