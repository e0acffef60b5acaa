import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Confinement, expandGlobBounded, FileAccessError, localeFromEnv, parseLocale, projectRootOf, readTextFile, ReportFiles, walkFolder } from "../src/index.js";
import { temporaryFolders } from "./temp-folders.js";

const { root, folder: tree } = temporaryFolders("ogi-node-shell-");

const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof FileAccessError ? error.problem : (error as { code?: string }).code;
  }
  return "none";
};

describe("readTextFile", () => {
  test("regular files are read; a FIFO, a device and a folder are refused without blocking", () => {
    const dir = tree("read", ["a.yaml"]);
    spawnSync("mkfifo", [join(dir, "fifo")]);
    expect(readTextFile(join(dir, "a.yaml"))).toBe("# a.yaml\n");
    expect(problemOf(() => readTextFile(join(dir, "fifo")))).toBe("not-a-file");
    expect(problemOf(() => readTextFile("/dev/zero"))).toBe("not-a-file");
    expect(problemOf(() => readTextFile(dir))).toBe("not-a-file");
    expect(problemOf(() => readTextFile(join(dir, "missing")))).toBe("ENOENT");
  });

  test("a file over the cap is refused, one at the cap is read", () => {
    const dir = tree("cap", []);
    writeFileSync(join(dir, "ten"), "0123456789");
    expect(readTextFile(join(dir, "ten"), 10)).toBe("0123456789");
    expect(problemOf(() => readTextFile(join(dir, "ten"), 9))).toBe("too-large");
  });

  test("a file whose size says 0 and is not (procfs) is read to its end, and no further than the cap", () => {
    expect(readTextFile("/proc/self/status")).toContain("Name:");
    expect(problemOf(() => readTextFile("/proc/self/status", 10))).toBe("too-large");
  });
});

describe("the project and its bounds", () => {
  test("nearest config, else the repository root, else the fallback, else the folder above the report", () => {
    const dir = tree("projects", ["cfg/.ogi.yaml", "cfg/a/b/r.yaml", "repo/x/r.yaml", "loose/y/r.yaml"]);
    mkdirSync(join(dir, "repo", ".git"));
    expect(projectRootOf(join(dir, "cfg/a/b"), undefined, root)).toBe(join(dir, "cfg"));
    expect(projectRootOf(join(dir, "repo/x"), undefined, root)).toBe(join(dir, "repo"));
    expect(projectRootOf(join(dir, "loose/y"), join(dir, "loose"), root)).toBe(join(dir, "loose"));
    expect(projectRootOf(join(dir, "loose/y"), "/elsewhere", root)).toBe(join(dir, "loose"));
  });

  test("a symlink is judged by where it leads", () => {
    const dir = tree("links", ["in/r.yaml", "out/secret.yaml"]);
    symlinkSync(join(dir, "out/secret.yaml"), join(dir, "in/link.yaml"));
    const c = new Confinement([join(dir, "in")]);
    expect(c.allows(join(dir, "in/r.yaml"))).toBe(true);
    expect(c.allows(join(dir, "in/not-yet.yaml"))).toBe(true);
    expect(c.allows(join(dir, "in/link.yaml"))).toBe(false);
    expect(c.allows(join(dir, "in/../out/secret.yaml"))).toBe(false);
  });
});

describe("globs", () => {
  const dir = tree("globs", ["units/a.yaml", "units/b.yaml", "units/deep/c.yaml", "units/.hidden.yaml", "units/node_modules/x.yaml"]);
  const inside = new Confinement([dir]);

  test("matches below the fixed part, skipping dot-files and node_modules", () => {
    expect(expandGlobBounded("units/*.yaml", dir, inside)).toEqual([join(dir, "units/a.yaml"), join(dir, "units/b.yaml")]);
    expect(expandGlobBounded("units/**/*.yaml", dir, inside)).toEqual([join(dir, "units/a.yaml"), join(dir, "units/b.yaml"), join(dir, "units/deep/c.yaml")]);
  });

  test("a fixed part outside, or `..` after a wildcard, is refused before anything is listed", () => {
    expect(problemOf(() => expandGlobBounded("/etc/*", dir, inside))).toBe("outside-project");
    expect(problemOf(() => expandGlobBounded("../*", dir, inside))).toBe("outside-project");
    expect(problemOf(() => expandGlobBounded("units/*/../../../*", dir, inside))).toBe("outside-project");
  });

  test("bounded: too many entries or matches is a refusal, not a long walk", () => {
    expect(problemOf(() => expandGlobBounded("units/**/*.yaml", dir, inside, { maxEntries: 2, maxMatches: 100 }))).toBe("too-many-matches");
    expect(problemOf(() => expandGlobBounded("units/**/*.yaml", dir, inside, { maxEntries: 100, maxMatches: 2 }))).toBe("too-many-matches");
  });

  test("the editor's reader remembers a glob's answer until cleared", () => {
    const files = new ReportFiles({ fallback: dir }, { cache: { globMaxAgeMs: 60_000 } });
    const reader = files.readerFor(join(dir, "summary.yaml"));
    expect(reader.expandGlob!("units/*.yaml", dir).length).toBe(2);
    writeFileSync(join(dir, "units/c.yaml"), "# c\n");
    expect(reader.expandGlob!("units/*.yaml", dir).length).toBe(2);
    files.clear();
    expect(files.readerFor(join(dir, "summary.yaml")).expandGlob!("units/*.yaml", dir).length).toBe(3);
  });
});

describe("the folder walk", () => {
  test("symlink loops end, FIFOs are listed apart, a file under two names is found once", () => {
    const dir = tree("walk", ["a.yaml", "sub/b.yaml", ".git/c.yaml", "node_modules/d.yaml"]);
    symlinkSync(".", join(dir, "self"));
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync("a.yaml", join(dir, "z-again.yaml"));
    spawnSync("mkfifo", [join(dir, "pipe.yaml")]);
    const walked = walkFolder(dir, { accept: (name) => name.endsWith(".yaml") });
    expect(walked.files.map((f) => f.rel)).toEqual(["a.yaml", join("sub", "b.yaml")]);
    expect(walked.special.map((f) => f.rel)).toEqual(["pipe.yaml"]);
    expect(walked.truncated).toBe(false);
  });
});

describe("locale negotiation", () => {
  test.each([
    ["zh", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["en_GB.UTF-8", "en"],
    ["EN", "en"],
    ["fr", undefined],
  ])("%s → %s", (value, expected) => {
    expect(parseLocale(value)).toBe(expected);
  });

  test("POSIX precedence", () => {
    expect(localeFromEnv({ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(localeFromEnv({ LC_MESSAGES: "en_US", LANG: "zh_CN" })).toBe("en");
    expect(localeFromEnv({})).toBe("en");
  });
});
