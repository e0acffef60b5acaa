import picomatch from "picomatch";
import { describe, expect, test } from "vitest";
import { compileGlob, expandBraces, GlobError, splitGlobBase } from "../src/glob.js";

// The matcher of `units:` globs (from a report) and `ogi.files` (from a workspace's settings): the same answers as
// picomatch on the globs people write, and no pattern or path that makes it slow (picomatch's regular expressions
// took 3.3 s for `*a*a*a*a*a*a*a*a` against 40 × `a` + `b`, and longer with each `*a`).

const PATHS = [
  "a.yaml", "units/a.yaml", "units/b.yml", "units/deep/c.yaml", "units/.hidden.yaml", "units/deep/.x/c.yaml",
  "2024/报告.yaml", "2024/区县/朝阳.yaml", "x/y/z/w.yaml", "units", "units/", "abc", "a-b_c.yaml", "[a].yaml", "{a}.yaml",
];
const GLOBS = [
  "*.yaml", "units/*.yaml", "units/**/*.yaml", "**/*.yaml", "**", "units/**", "units/?.yaml", "units/[ab].y*ml",
  "units/[^a].yaml", "units/[a-c].yaml", "*/{a,b}.yaml", "{units,2024}/**/*.yaml", "2024/*/*.yaml", "**/c.yaml",
  "x/**/w.yaml", "x/**/**/w.yaml", "units/*/*.yaml", "a*", "*-*_*.yaml", "\\[a\\].yaml", "units/{a,{b,c}}.y{a,}ml",
];

describe("answers as picomatch gives them on ordinary globs", () => {
  for (const dot of [false, true]) {
    test(`dot: ${dot}`, () => {
      const differences: string[] = [];
      for (const glob of GLOBS) {
        const ours = compileGlob(glob, { dot });
        const theirs = picomatch(glob, { dot });
        for (const path of PATHS) if (ours(path) !== theirs(path)) differences.push(`${glob} ~ ${path}: ours ${ours(path)}, picomatch ${theirs(path)}`);
      }
      expect(differences).toEqual([]);
    });
  }
});

test("[!a] excludes a, as VS Code's globs and POSIX say (picomatch 4.0.7 lets units/[!a].yaml match units/a.yaml)", () => {
  const notA = compileGlob("units/[!a].yaml");
  expect(["units/a.yaml", "units/b.yaml", "units/!.yaml"].map(notA)).toEqual([false, true, true]);
  expect(compileGlob("units/[]a].yaml")("units/].yaml")).toBe(true);
  expect(compileGlob("units/[a")("units/[a")).toBe(true);
});

describe("no pattern is slow", () => {
  const cases: [string, string][] = [
    ["*a".repeat(8), "a".repeat(40) + "b"],
    ["*a".repeat(40), "a".repeat(250) + "b"],
    ["**/".repeat(30) + "x", "a/".repeat(200) + "y"],
    ["**/*a".repeat(20), "a/".repeat(100) + "b"],
    ["?*".repeat(50) + "!", "a".repeat(250)],
    ["[a-z]*".repeat(40) + "0", "q".repeat(250)],
  ];
  for (const [glob, path] of cases) {
    test(`${JSON.stringify(glob.slice(0, 24))}… against ${path.length} characters`, () => {
      const started = process.cpuUsage();
      expect(compileGlob(glob)(path)).toBe(false);
      // Linear-time: a few milliseconds; the bound only tells a slow algorithm (seconds) from this one. CPU time,
      // so that waiting for a core on a busy machine does not count.
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000).toBeLessThan(500);
    });
  }

  test("braces that would expand beyond the limit are refused, not expanded", () => {
    expect(() => compileGlob("{a,b}".repeat(20))).toThrow(GlobError);
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "ad", "bc", "bd"]);
    expect(expandBraces("{a}.yaml")).toEqual(["\\{a}.yaml"]);
  });
});

test("the fixed folder of a glob", () => {
  expect(splitGlobBase("units/*.yaml")).toEqual({ base: "units", glob: "*.yaml" });
  expect(splitGlobBase("../2024/区县/**/*.yaml")).toEqual({ base: "../2024/区县", glob: "**/*.yaml" });
  expect(splitGlobBase("/etc/*")).toEqual({ base: "/etc", glob: "*" });
  expect(splitGlobBase("/*")).toEqual({ base: "/", glob: "*" });
  expect(splitGlobBase("*.yaml")).toEqual({ base: "", glob: "*.yaml" });
  expect(splitGlobBase("a/b.yaml")).toEqual({ base: "a", glob: "b.yaml" });
});
