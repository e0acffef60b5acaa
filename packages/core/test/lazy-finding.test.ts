import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, LineIndex } from "../src/index.js";
import { lazyFinding } from "../src/lazy-finding.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
/** The seed with 自然人 予以公开 one higher: two identity findings with a likely cause, addends and fixes. */
const slipped = seed.replace(/granted: {10}\[(\d+),/, (_, n) => `granted:          [${Number(n) + 1},`);

/** The finding as plain data, every field read once, in the order the contract lists them. */
function plain(f: ReturnType<typeof checkText>["findings"][number]) {
  return JSON.parse(JSON.stringify(f)) as unknown;
}

describe("lazy findings keep the Finding contract", () => {
  const { findings } = checkText(slipped, { locale: "en" });

  it("the slip draws findings with related locations and fixes", () => {
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings.every((f) => f.related.length > 0 && f.fixes.length > 0)).toBe(true);
  });

  it("JSON, spreading and structured cloning give the same fields in the contract's order", () => {
    const { findings } = checkText(slipped, { locale: "en" });
    for (const f of findings) {
      const keys = Object.keys(f);
      const order = ["ruleId", "severity", "message", "path", "range", "expected", "actual", "related", "fixes"];
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
      expect(JSON.parse(JSON.stringify({ ...f }))).toEqual(plain(f));
      expect(structuredClone(f)).toEqual(plain(f));
      expect(Object.keys(structuredClone(f))).toEqual(keys);
    }
  });

  it("reading twice gives the same objects; assigning replaces them, as on a plain object", () => {
    const { findings } = checkText(slipped, { locale: "en" });
    const f = findings[0]!;
    expect(f.related).toBe(f.related);
    expect(f.fixes).toBe(f.fixes);
    f.related = [];
    f.fixes = f.fixes.filter((x) => x.safe);
    f.message = "changed";
    expect(f.related).toEqual([]);
    expect(f.message).toBe("changed");
    expect(JSON.parse(JSON.stringify(f))).toMatchObject({ message: "changed", related: [] });
  });

  it("a lazy finding equals the same finding built eagerly", () => {
    const lines = new LineIndex("a: 1\nb: 2\n");
    const f = lazyFinding(
      { ruleId: "t4-total", severity: "error", path: "/b", range: lines.range(8, 9), expected: 3, actual: 2 },
      { zh: "总计", en: "total" },
      [{ path: "/a", role: "addend", message: () => ({ zh: "甲", en: "a" }), span: { start: 3, end: 4 } }],
      [{ title: () => ({ zh: "改", en: "set" }), safe: false, edits: [{ start: 8, end: 9, newText: "3" }] }],
      lines,
      "en",
    );
    expect(f).toEqual({
      ruleId: "t4-total",
      severity: "error",
      message: "total",
      path: "/b",
      range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } },
      expected: 3,
      actual: 2,
      related: [{ path: "/a", range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, role: "addend", message: "a" }],
      fixes: [{ title: "set", safe: false, edits: [{ start: 8, end: 9, range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, newText: "3" }] }],
    });
  });
});

describe("words, related locations and fixes are made only when read", () => {
  it("a finding's related and fixes are not made until a presenter reads them, and then once", () => {
    const lines = new LineIndex("a: 1\nb: 2\n");
    let made = 0;
    const count = () => {
      made++;
      return { zh: "甲", en: "a" };
    };
    const f = lazyFinding({ ruleId: "t4-total", severity: "error", path: "/b", range: lines.range(8, 9) }, { zh: "总计", en: "total" }, [{ path: "/a", role: "addend", message: count, span: { start: 3, end: 4 } }], [{ title: count, safe: false, edits: [] }], lines, "zh-CN");
    expect(made).toBe(0);
    expect(f.message).toBe("总计");
    expect(made).toBe(0);
    expect(f.related[0]!.message).toBe("甲");
    expect(made).toBe(1);
    void f.related;
    expect(made).toBe(1);
    expect(f.fixes[0]!.title).toBe("甲");
    expect(made).toBe(2);
  });
});
