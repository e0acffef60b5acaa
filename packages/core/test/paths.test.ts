import { describe, expect, it } from "vitest";
import { basename, dirname, hasGlob, isAbsolutePath, joinPath, normalisePath, resolvePath } from "../src/paths.js";

// `previous:` and `units:` are resolved in core, which has no Node API: the front ends hand in '/' or '\' paths.
describe("paths as core resolves a report's references", () => {
  it.each([
    ["/office/2025", "../2024/report.yaml", "/office/2024/report.yaml"],
    ["/office/2025", "./units/a.yaml", "/office/2025/units/a.yaml"],
    ["/office/2025", "/elsewhere/r.yaml", "/elsewhere/r.yaml"],
    ["/office", "../../../../r.yaml", "/r.yaml"],
    ["C:/office/2025", "..\\2024\\report.yaml", "C:/office/2024/report.yaml"],
    ["C:/office", "D:\\other\\r.yaml", "D:/other/r.yaml"],
    ["C:/", "../r.yaml", "C:/r.yaml"],
    ["office/2025", "../../../r.yaml", "../r.yaml"],
    ["office", "..", "."],
    ["a//b/", "./c", "a/b/c"],
  ])("from %s, %s is %s", (base, rel, resolved) => {
    expect(resolvePath(base, rel)).toBe(resolved);
  });

  it("a relative path that climbs above its start keeps its `..`", () => {
    expect(normalisePath("../../a/../b")).toBe("../../b");
    expect(normalisePath("")).toBe(".");
  });

  it.each([
    ["/", true],
    ["/a", true],
    ["C:\\a", true],
    ["c:/a", true],
    ["a/b", false],
    ["C:a", false],
  ])("%s is absolute: %s", (path, absolute) => {
    expect(isAbsolutePath(path)).toBe(absolute);
  });

  it("folder, name and join, with either separator", () => {
    expect([dirname("/a/b/c.yaml"), dirname("/a.yaml"), dirname("a.yaml"), dirname("C:\\a\\b\\"), dirname("/a/b//")]).toEqual(["/a/b", "/", ".", "C:/a", "/a"]);
    expect([basename("/a/b/c.yaml"), basename("C:\\a\\c.yaml"), basename("c.yaml")]).toEqual(["c.yaml", "c.yaml", "c.yaml"]);
    expect([joinPath("/", "a"), joinPath("/a/", "b"), joinPath("a", "b")]).toEqual(["/a", "/a/b", "a/b"]);
  });

  it.each([
    ["units/*.yaml", true],
    ["units/[ab].yaml", true],
    ["units/{a,b}.yaml", true],
    ["units/?.yaml", true],
    ["units/甲局.yaml", false],
  ])("%s is a glob: %s", (pattern, glob) => {
    expect(hasGlob(pattern)).toBe(glob);
  });
});
