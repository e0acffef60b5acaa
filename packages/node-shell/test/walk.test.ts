import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fileId, readTextFile, skippedName, walkFolder } from "../src/index.js";
import { temporaryFolders } from "./temp-folders.js";

const { root, folder: tree } = temporaryFolders("ogi-walk-");

const yaml = { accept: (name: string) => name.endsWith(".yaml") };
const code = (error: unknown) => (error as { code?: string }).code;

describe("the folder walk meets what it cannot use", () => {
  test("a link that leads nowhere is a problem with the system's reason; the other files are found", () => {
    const dir = tree("dangling", ["a.yaml"]);
    symlinkSync("gone.yaml", join(dir, "b.yaml"));
    const walked = walkFolder(dir, yaml);
    expect(walked.files.map((f) => f.rel)).toEqual(["a.yaml"]);
    expect(walked.problems.map((p) => [p.rel, code(p.error)])).toEqual([["b.yaml", "ENOENT"]]);
  });

  test("a folder that does not exist is one problem, not a crash", () => {
    const walked = walkFolder(join(root, "no-such-folder"), yaml);
    expect(walked).toMatchObject({ files: [], special: [], truncated: false });
    expect(walked.problems.map((p) => [p.rel, code(p.error)])).toEqual([["", "ENOENT"]]);
  });

  test("a symlink named like a report that leads to a folder is neither a file nor a problem", () => {
    const dir = tree("link-to-folder", ["sub/a.yaml"]);
    symlinkSync("sub", join(dir, "folder.yaml"));
    const walked = walkFolder(dir, yaml);
    expect(walked.files.map((f) => f.rel)).toEqual([join("sub", "a.yaml")]);
    expect(walked.problems).toEqual([]);
    expect(walked.special).toEqual([]);
  });

  test("a symlinked file counts once, by its real path, also when another argument found it first", () => {
    const dir = tree("seen", ["a.yaml", "real/b.yaml"]);
    symlinkSync(join(dir, "real/b.yaml"), join(dir, "link.yaml"));
    const seen = new Set([fileId(join(dir, "a.yaml"))]);
    const walked = walkFolder(dir, { ...yaml, seen });
    expect(walked.files.map((f) => [f.rel, f.id])).toEqual([["link.yaml", join(dir, "real/b.yaml")]]);
    expect(fileId(join(dir, "nothing.yaml"))).toBe(join(dir, "nothing.yaml"));
  });

  test("maxDepth 1 stays in the folder's own files; maxEntries stops the walk and says so", () => {
    const dir = tree("bounds", ["a.yaml", "b.yaml", "sub/c.yaml"]);
    expect(walkFolder(dir, { ...yaml, maxDepth: 1 }).files.map((f) => f.rel)).toEqual(["a.yaml", "b.yaml"]);
    const cut = walkFolder(dir, { ...yaml, maxEntries: 1 });
    expect(cut.files.map((f) => f.rel)).toEqual(["a.yaml"]);
    expect(cut.truncated).toBe(true);
  });

  test("the accepted path below the root has `/` between folders, the files come sorted at each level", () => {
    const dir = tree("sorted", ["b/z.yaml", "b/a.yaml", "a.yaml", "c.txt"]);
    const rels: string[] = [];
    walkFolder(dir, { accept: (_name, rel) => (rels.push(rel), true) });
    expect(rels).toEqual(["a.yaml", "b/a.yaml", "b/z.yaml", "c.txt"]);
  });

  test.each([
    ["node_modules", true],
    [".git", true],
    [".vscode", true],
    ["reports", false],
    ["node_modules2", false],
  ])("skippedName(%s) is %s", (name, skipped) => {
    expect(skippedName(name)).toBe(skipped);
  });
});

describe("reading a file whose size is not what it says", () => {
  test("a procfs file that says 0 bytes and holds more than one read chunk (64 KiB) is read whole", () => {
    // This process's memory map in detail: tens of KiB per hundred mappings, well over 64 KiB in a test worker.
    const text = readTextFile("/proc/self/smaps");
    expect(text.length).toBeGreaterThan(1 << 16);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.split("\n").filter((l) => /^[0-9a-f]+-[0-9a-f]+ /.test(l)).length).toBeGreaterThan(50);
  });
});
