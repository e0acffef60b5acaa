/**
 * `ogi.files`: globs of files that are reports whatever their content (a report being started has no
 * `template:` line yet). A few lines rather than a dependency: `**`, `*`, `?`, `{a,b}` and `[…]`, as in
 * VS Code's `files.*` settings. A relative glob is matched against the path relative to the workspace folder
 * (and, with no folder, against any tail of the path); an absolute one against the whole path.
 */
export function matchesFiles(globs: readonly string[], path: string | undefined, workspaceFolder: string | undefined): boolean {
  if (!path || globs.length === 0) return false;
  const candidates = [path];
  if (workspaceFolder && path.startsWith(workspaceFolder.replace(/\/?$/, "/"))) candidates.push(path.slice(workspaceFolder.replace(/\/?$/, "/").length));
  return globs.some((glob) => {
    const absolute = glob.startsWith("/") || /^[A-Za-z]:\//.test(glob);
    const re = globToRegExp(absolute || workspaceFolder ? glob : `**/${glob}`);
    return absolute ? re.test(path) : candidates.some((c) => re.test(c));
  });
}

export function globToRegExp(glob: string): RegExp {
  let out = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      // `**/` matches any number of folders, including none; a trailing `**` anything at all.
      if (glob[i + 2] === "/") {
        out += "(?:[^/]*/)*";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "u");
}
