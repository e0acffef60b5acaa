import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FileAccessError, isFileAccessError, isRegularFile, matchesFiles, ReportFiles } from "../src/index.js";
import { temporaryFolders } from "./temp-folders.js";

const { folder } = temporaryFolders("ogi-report-files-");

/** A repository (a `.git` folder) with files: its project. */
function project(name: string, files: Record<string, string>): string {
  const dir = folder(name, files);
  mkdirSync(join(dir, ".git"), { recursive: true });
  return dir;
}

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return isFileAccessError(error) ? { problem: error.problem, message: error.message } : { code: (error as { code?: string }).code };
  }
  return "none";
};

describe("the reader core gets for a report's references", () => {
  test("last year's report inside the project is read; a missing one is `undefined` (core says it is missing)", () => {
    const dir = project("read", { "2025/report.yaml": "year: 2025\n", "2024/report.yaml": "year: 2024\n" });
    const reader = new ReportFiles({}).readerFor(join(dir, "2025/report.yaml"));
    expect(reader.readFile(join(dir, "2024/report.yaml"))).toBe("year: 2024\n");
    expect(reader.readFile(join(dir, "2023/report.yaml"))).toBeUndefined();
    // A path through a file is missing too (ENOTDIR), not an error of the report.
    expect(reader.readFile(join(dir, "2024/report.yaml/x.yaml"))).toBeUndefined();
  });

  test("a reference outside the project is refused with the reason, unless --allow-read names its folder", () => {
    const dir = project("outside", { "r.yaml": "" });
    const other = project("outside-other", { "2024.yaml": "year: 2024\n" });
    const files = new ReportFiles({});
    expect(refusal(() => files.readerFor(join(dir, "r.yaml")).readFile(join(other, "2024.yaml")))).toEqual({
      problem: "outside-project",
      message: `${join(other, "2024.yaml")}: outside the report's project, not read`,
    });
    const allowed = new ReportFiles({ allowRead: [other] });
    expect(allowed.readerFor(join(dir, "r.yaml")).readFile(join(other, "2024.yaml"))).toBe("year: 2024\n");
    expect(allowed.confinementOf(join(dir, "r.yaml")).folders).toEqual([dir, other]);
  });

  test("a FIFO named as last year's report is refused at once, not waited on", () => {
    const dir = project("fifo", { "r.yaml": "" });
    expect(spawnSync("mkfifo", [join(dir, "2024.yaml")]).status).toBe(0);
    expect(refusal(() => new ReportFiles({}).readerFor(join(dir, "r.yaml")).readFile(join(dir, "2024.yaml")))).toMatchObject({ problem: "not-a-file" });
  });

  test("reports of one project share a reader; the project of a report is found once per folder", () => {
    const dir = project("shared", { "a/r.yaml": "", "b/r.yaml": "" });
    const files = new ReportFiles({});
    expect(files.readerFor(join(dir, "a/r.yaml"))).toBe(files.readerFor(join(dir, "b/r.yaml")));
    expect(files.projectOf(join(dir, "a/r.yaml"))).toBe(dir);
  });

  test("with the editor's cache a text is read again only when the file changed", () => {
    const dir = project("cache", { "r.yaml": "", "2024.yaml": "year: 2024\n" });
    const files = new ReportFiles({}, { cache: { globMaxAgeMs: 60_000 } });
    const reader = files.readerFor(join(dir, "r.yaml"));
    expect(reader.readFile(join(dir, "2024.yaml"))).toBe("year: 2024\n");
    writeFileSync(join(dir, "2024.yaml"), "year: 2023\n");
    // Same size: the modification time tells the change.
    utimesSync(join(dir, "2024.yaml"), new Date(), new Date(Date.now() + 5_000));
    expect(reader.readFile(join(dir, "2024.yaml"))).toBe("year: 2023\n");
    expect(reader.readFile(join(dir, "2024.yaml"))).toBe("year: 2023\n");
    expect(reader.readFile(join(dir, "gone.yaml"))).toBeUndefined();
  });

  test("without the cache a glob is listed again each time", () => {
    const dir = project("glob-nocache", { "units/a.yaml": "" });
    const reader = new ReportFiles({}).readerFor(join(dir, "summary.yaml"));
    expect(reader.expandGlob!("units/*.yaml", dir)).toEqual([join(dir, "units/a.yaml")]);
    writeFileSync(join(dir, "units/b.yaml"), "");
    expect(reader.expandGlob!("units/*.yaml", dir)).toEqual([join(dir, "units/a.yaml"), join(dir, "units/b.yaml")]);
    expect(refusal(() => reader.expandGlob!("/etc/*", dir))).toMatchObject({ problem: "outside-project" });
  });

  test("with the cache a refused glob is remembered as refused, and listed again once its answer is old", () => {
    const dir = project("glob-refusal", { "units/a.yaml": "", "units/b.yaml": "" });
    const files = new ReportFiles({ globLimits: { maxEntries: 100, maxMatches: 1 } }, { cache: { globMaxAgeMs: 60_000 } });
    const reader = files.readerFor(join(dir, "summary.yaml"));
    const first = refusal(() => reader.expandGlob!("units/*.yaml", dir));
    expect(first).toEqual({ problem: "too-many-matches", message: "units/*.yaml: reaches too many files (more than 1), not expanded" });
    expect(refusal(() => reader.expandGlob!("units/*.yaml", dir))).toEqual(first);
    const stale = new ReportFiles({}, { cache: { globMaxAgeMs: -1 } }).readerFor(join(dir, "summary.yaml"));
    expect(stale.expandGlob!("units/*.yaml", dir)).toHaveLength(2);
    writeFileSync(join(dir, "units/c.yaml"), "");
    expect(stale.expandGlob!("units/*.yaml", dir)).toHaveLength(3);
  });

  test("a unit symlinked from outside the project is left out of the glob's files", () => {
    const dir = project("glob-link", { "units/a.yaml": "" });
    const other = project("glob-link-other", { "secret.yaml": "" });
    symlinkSync(join(other, "secret.yaml"), join(dir, "units/b.yaml"));
    expect(new ReportFiles({}).readerFor(join(dir, "s.yaml")).expandGlob!("units/*.yaml", dir)).toEqual([join(dir, "units/a.yaml")]);
  });
});

describe("isRegularFile", () => {
  test("a file, through a symlink too; not a folder, a FIFO, a device or nothing", () => {
    const dir = project("regular", { "a.yaml": "" });
    symlinkSync("a.yaml", join(dir, "link.yaml"));
    spawnSync("mkfifo", [join(dir, "fifo")]);
    expect([join(dir, "a.yaml"), join(dir, "link.yaml"), dir, join(dir, "fifo"), "/dev/null", join(dir, "none")].map(isRegularFile)).toEqual([true, true, false, false, false, false]);
  });

  test("a FileAccessError is told from the system's errors", () => {
    expect(isFileAccessError(new FileAccessError("too-large", "x", { zh: "", en: "" }))).toBe(true);
    expect(isFileAccessError(Object.assign(new Error("x"), { code: "EOGIACCESS" }))).toBe(false);
  });
});

describe("ogi.files: globs of files that are reports whatever their content", () => {
  test.each([
    // globs, path, workspace folder, expected
    [["reports/*.yaml"], "/ws/reports/a.yaml", "/ws", true],
    [["reports/*.yaml"], "/ws/other/reports/a.yaml", "/ws", false],
    [["reports/*.yaml"], "/elsewhere/reports/a.yaml", "/ws", false],
    [["reports/*.yaml"], "/ws/reports/a.yaml", "/ws/", true],
    [["reports/*.yaml"], "/any/where/reports/a.yaml", undefined, true],
    [["/abs/**/*.yml"], "/abs/x/y/a.yml", "/ws", true],
    [["/abs/**/*.yml"], "/ws/abs/a.yml", "/ws", false],
    [["C:/data/*.yaml"], "C:\\data\\a.yaml", undefined, true],
    [["**/.drafts/*.yaml"], "/ws/x/.drafts/a.yaml", "/ws", true],
    [["a.yaml", "b/*.yaml"], "C:\\ws\\b\\c.yaml", "C:\\ws", true],
    [[], "/ws/a.yaml", "/ws", false],
    [["*.yaml"], undefined, "/ws", false],
  ] as const)("%j matches %s in %s: %s", (globs, path, folder, expected) => {
    expect(matchesFiles(globs, path, folder)).toBe(expected);
  });

  test("many different globs in a long session are still matched right (the compiled ones are kept bounded)", () => {
    for (let i = 0; i < 300; i++) expect(matchesFiles([`r${i}/*.yaml`], `/ws/r${i}/a.yaml`, "/ws")).toBe(true);
    expect(matchesFiles(["r0/*.yaml"], "/ws/r0/a.yaml", "/ws")).toBe(true);
    expect(matchesFiles(["r0/*.yaml"], "/ws/r1/a.yaml", "/ws")).toBe(false);
  });
});
