import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, findPlaceholders, expandPlaceholders, templates } from "../src/index.js";
import { growth } from "./growth.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));

/** The seed with its overview replaced by `prose` (one `|` block, every line indented). */
function withOverview(prose: string): string {
  const at = seed.indexOf("overview: |\n");
  const end = seed.indexOf("\n\n", at);
  return seed.slice(0, at) + "overview: |\n  " + prose.replace(/\n/g, "\n  ") + seed.slice(end);
}

/** Prose of about n characters made of `unit` repeated, with `head` and `tail` around it. */
const repeated = (unit: string, head = "", tail = "") => (n: number) => head + unit.repeat(Math.ceil(n / unit.length)) + tail;

/**
 * Prose an author (or an attacker) can type that once made a check quadratic in the length of one sentence: many
 * phrases in one sentence, a keyword that starts a long search again and again, a placeholder that never closes.
 */
const hostileProse: Record<string, (n: number) => string> = {
  "one phrase repeated in one sentence": repeated("本年新收申请1件，"),
  "a result phrase repeated with no full stop": repeated("予以公开1件"),
  "a reconsideration phrase repeated": repeated("行政复议1件"),
  "a figure before 办结, repeated": repeated("1件办结"),
  "收到 again and again, never followed by a figure": repeated("收到", "1件，"),
  "收到申请 again and again": repeated("收到申请", "1件，"),
  "{{ followed by spaces": (n) => "{{" + " ".repeat(n),
  "placeholders side by side": repeated("{{a}}"),
  "years before a phrase": repeated("2024年", "", "收到申请1件"),
  "an unclosed {{ before each word": repeated("{{ a b"),
};

describe("prose checks take time linear in a sentence's length", () => {
  for (const [name, make] of Object.entries(hostileProse)) {
    it(name, () => {
      const g = growth((n) => withOverview(make(n)), (text) => checkText(text), 5000);
      // Linear is about 4; quadratic about 16.
      expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
      expect(g.large).toBeLessThan(2000);
    });
  }
});

describe("placeholders are found in linear time", () => {
  const t = templates["2021"];
  it("{{ followed by 80,000 spaces", () => {
    const g = growth((n) => "{{" + " ".repeat(n), (text) => findPlaceholders(text, t), 5000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(1000);
  });
  it("expanding them too", () => {
    const g = growth((n) => "x{{ " + " ".repeat(n) + "{{applications.newReceived.total}}", (text) => expandPlaceholders(text, {}, t), 5000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
  });
  it("a reference with spaces around it still reads as one, and one with a space inside does not", () => {
    expect(findPlaceholders("a{{  applications.newReceived.total  }}b{{ a b }}", t).map((p) => [p.ref, p.start, p.end])).toEqual([["applications.newReceived.total", 1, 39]]);
  });
});

describe("a cell with a note beside its number is read in linear time", () => {
  /** What the note was read with before: the oracle for short cells. */
  const WITH_NOTE_BEFORE = /^\s*([+-]?\d+(?:\.\d+)?)\s*[（(]\s*(.+?)\s*[）)]\s*$/;
  const cell = (value: string) => seed.replace("licensing: 0", `licensing: ${JSON.stringify(value)}`);
  const suggestion = (value: string) => checkText(cell(value), { locale: "en" }).findings.find((f) => f.path === "/activeDisclosure/licensing")?.fixes[0]?.edits[0]?.newText;

  it("a long run of blanks inside the brackets", () => {
    const g = growth((n) => cell("1(a" + " ".repeat(n) + "x"), (text) => checkText(text), 5000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(2000);
  });

  it("the same suggestion as before for the notes a cell may carry", () => {
    for (const value of ["55（含自然失效29件）", "22 (其中修订16件) ", "1( )", "1(\n)", "1( a\nb )", "1(\u2028 )", "3（ 注 ）", "1()", "-2.5(x)"]) {
      const before = WITH_NOTE_BEFORE.exec(value);
      const fix = suggestion(value);
      if (!before) expect(fix ?? "", JSON.stringify(value)).not.toContain("note:");
      else expect(fix, JSON.stringify(value)).toContain(`note: ${JSON.stringify(before[2])}`);
    }
  });
});
