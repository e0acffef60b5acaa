/**
 * A test that needs a program (Chromium, Neovim, LibreOffice…) fails when it is missing, saying what to install:
 * a skipped test would read as a pass. The README's test command installs all of them.
 */
export function requireTool(found: string | undefined, what: string, aptPackage: string): string {
  if (!found) throw new Error(`${what} is not installed: apt-get install -y ${aptPackage} (the README's test command installs it)`);
  return found;
}
