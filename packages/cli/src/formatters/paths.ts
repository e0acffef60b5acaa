import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** The file relative to the working folder with `/` separators, or undefined when outside it (or stdin). */
export function relativeToCwd(absPath: string | undefined, cwd: string): string | undefined {
  if (!absPath) return undefined;
  const rel = relative(cwd, absPath);
  // A different drive (Windows) gives an absolute path back.
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export function fileUri(absPath: string): string {
  return pathToFileURL(absPath).href;
}

/** An absolute path as people read it: relative to the working folder when inside it. */
export function displayPath(absPath: string, cwd: string): string {
  const rel = relative(cwd, absPath);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absPath : rel.split(sep).join("/");
}
