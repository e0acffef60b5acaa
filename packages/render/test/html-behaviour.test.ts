import { describe, expect, it } from "vitest";
import { readReport, renderHtml, reportCss } from "../src/index.js";
import { attr, elements, exampleText, hasClass, inputOf, parseHtml, parseHtmlFragment, seedInput, textOf } from "./helpers.js";

const seed = exampleText("seed-2025.yaml");
const figureAt = (html: string, pointer: string) => elements(parseHtml(html), "td").find((td) => attr(td, "data-pointer") === pointer)!;

describe("HTML: cells", () => {
  it("renders a blank cell blank, never 0", () => {
    const input = inputOf(
      seed.replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", `newReceived:        [293, 16, null, 0, "/", 0, 309]`).replace("licensing: 0", "licensing:"),
    );
    const html = renderHtml(input, { standalone: true });
    const blank = figureAt(html, "/applications/newReceived/2");
    expect(textOf(blank)).toBe("");
    expect(hasClass(blank, "ogi-blank")).toBe(true);
    expect(textOf(figureAt(html, "/activeDisclosure/licensing"))).toBe("");
    // A blank mark is printed as written: the page shows what the checker complains about.
    expect(textOf(figureAt(html, "/applications/newReceived/4"))).toBe("/");
  });

  it("prints a cell with a note as the published reports do: 55（含自然失效29件）", () => {
    const input = inputOf(seed.replace("normativeDocuments: { issued: 8, repealed: 0, inForce: 84 }", "normativeDocuments: { issued: { value: 22, note: 其中修订16件 }, repealed: { value: 55, note: 含自然失效29件 }, inForce: 84 }"));
    const html = renderHtml(input, { standalone: true });
    expect(textOf(figureAt(html, "/activeDisclosure/normativeDocuments/repealed"))).toBe("55（含自然失效29件）");
    expect(textOf(figureAt(html, "/activeDisclosure/normativeDocuments/issued"))).toBe("22（其中修订16件）");
  });

  it("keeps money as written: 2380.10 stays 2380.10, 4166.241619 keeps its six decimals", () => {
    expect(textOf(figureAt(renderHtml(inputOf(seed.replace("fees: 2380.31", "fees: 2380.10")), { standalone: true }), "/activeDisclosure/fees"))).toBe("2380.10");
    expect(textOf(figureAt(renderHtml(inputOf(seed.replace("fees: 2380.31", "fees: 4166.241619")), { standalone: true }), "/activeDisclosure/fees"))).toBe("4166.241619");
    expect(textOf(figureAt(renderHtml(inputOf(seed.replace("fees: 2380.31", "fees: { value: 12.50, note: 含代收 }")), { standalone: true }), "/activeDisclosure/fees"))).toBe("12.50（含代收）");
  });
});

describe("HTML: an untrusted report", () => {
  const hostile = seed
    .replace("agency: 福建省人力资源和社会保障厅", `agency: "<script>alert(1)</script>"`)
    .replace("  2025年，本厅围绕", `  <img src=x onerror=alert(1)> & "quotes" 'single'\n  2025年，本厅围绕`)
    .replace("licensing: 0", `licensing: "\\"><svg onload=alert(1)>"`)
    .replace("penalty: 0", `penalty: { value: 1, note: "</td><script>x</script>" }`);

  it("escapes everything: no element, attribute or script comes from the report", () => {
    const html = renderHtml(inputOf(hostile), { standalone: true });
    const root = parseHtml(html);
    expect(elements(root, "script")).toHaveLength(0);
    expect(elements(root, "img")).toHaveLength(0);
    expect(elements(root, "svg")).toHaveLength(0);
    expect(elements(root).some((e) => (e.attrs ?? []).some((a) => a.name.startsWith("on")))).toBe(false);
    // …and the text is still there, as text.
    expect(textOf(elements(root, "h1")[0]!)).toBe("<script>alert(1)</script>2025年政府信息公开工作年度报告");
    expect(textOf(elements(root, "p")[0]!)).toBe(`<img src=x onerror=alert(1)> & "quotes" 'single'`);
    expect(textOf(figureAt(html, "/activeDisclosure/licensing"))).toBe(`"><svg onload=alert(1)>`);
    expect(textOf(figureAt(html, "/activeDisclosure/penalty"))).toBe("1（</td><script>x</script>）");
  });

  it("escapes problem messages in tooltips too", () => {
    const highlight = new Map([["/applications/newReceived/6", { severity: "error" as const, message: `"><script>bad()</script>` }]]);
    const root = parseHtml(renderHtml(seedInput(), { standalone: true, highlight }));
    expect(elements(root, "script")).toHaveLength(0);
  });

  it("a page loads nothing and runs nothing: no script, no external resource, a CSP that forbids both", () => {
    const html = renderHtml(inputOf(hostile), { standalone: true });
    const root = parseHtml(html);
    const csp = elements(root, "meta").find((m) => attr(m, "http-equiv") === "Content-Security-Policy");
    expect(attr(csp!, "content")).toContain("default-src 'none'");
    expect(elements(root, "link")).toHaveLength(0);
    expect(elements(root).filter((e) => attr(e, "src") !== undefined || attr(e, "href") !== undefined)).toHaveLength(0);
    expect(html).not.toMatch(/@import|url\(/);
  });
});

describe("HTML: options", () => {
  it("standalone: a full page with its own style, A4 print CSS and the Chinese document language", () => {
    const html = renderHtml(seedInput(), { standalone: true });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    const root = parseHtml(html);
    expect(attr(elements(root, "html")[0]!, "lang")).toBe("zh-CN");
    const style = textOf(elements(root, "style")[0]!);
    expect(style).toContain("@page { size: A4");
    expect(style).toContain("@media print");
    expect(style).toContain("仿宋");
    expect(textOf(elements(root, "title")[0]!)).toBe("福建省人力资源和社会保障厅2025年政府信息公开工作年度报告");
  });

  it("fragment: one <article> and no page furniture; the host includes reportCss", () => {
    const html = renderHtml(seedInput(), { standalone: false });
    expect(html.trimStart().startsWith("<article")).toBe(true);
    expect(html).not.toMatch(/<html|<head|<style|<body|@page/);
    const root = parseHtmlFragment(html);
    expect(elements(root, "article")).toHaveLength(1);
    expect(elements(root, "table")).toHaveLength(3);
    // Scoped, so the host page keeps its own look.
    for (const rule of reportCss.split("}").map((r) => r.trim()).filter((r) => r && !r.startsWith("@media") && !r.startsWith("/*"))) {
      expect(rule.startsWith(".ogi-report"), rule).toBe(true);
    }
  });

  it("highlight: marks the cell with a class and a tooltip; the severity word follows the UI locale", () => {
    const highlight = new Map([
      ["/applications/results/total/6", { severity: "error" as const, message: "「（七）总计」应为 312" }],
      ["/reviewAndLitigation/review/4", { severity: "warning" as const, message: "check me" }],
      ["/problems", { severity: "info" as const, message: "写得太短" }],
      ["/applications/carriedOver", { severity: "error" as const, message: "row missing" }],
    ]);
    const zh = renderHtml(seedInput(), { standalone: true, highlight });
    const total = figureAt(zh, "/applications/results/total/6");
    expect(hasClass(total, "ogi-problem") && hasClass(total, "ogi-error")).toBe(true);
    expect(attr(total, "title")).toBe("错误：「（七）总计」应为 312");
    expect(hasClass(figureAt(zh, "/reviewAndLitigation/review/4"), "ogi-warning")).toBe(true);
    const root = parseHtml(zh);
    const problemsHeading = elements(root, "h2").find((h) => attr(h, "data-pointer") === "/problems")!;
    expect(hasClass(problemsHeading, "ogi-info")).toBe(true);
    const rowLabel = elements(root, "th").find((th) => attr(th, "data-pointer") === "/applications/carriedOver")!;
    expect(hasClass(rowLabel, "ogi-error")).toBe(true);
    // Only the marked cells are marked.
    expect(elements(root).filter((e) => hasClass(e, "ogi-problem"))).toHaveLength(4);

    const en = renderHtml(seedInput(), { standalone: true, highlight, locale: "en" });
    expect(attr(figureAt(en, "/applications/results/total/6"), "title")).toBe("Error: 「（七）总计」应为 312");
    // The document itself stays Chinese.
    expect(elements(parseHtml(en), "h2").map(textOf)[0]).toBe("一、总体情况");
  });
});

describe("readReport", () => {
  it("refuses what cannot be laid out: invalid YAML, a duplicate key, a list, an unknown template", () => {
    expect(readReport("template: [1\n")).toMatchObject({ ok: false, problem: { code: "yaml-syntax" } });
    expect(readReport(`template: "2021"\ntemplate: "2019"\n`)).toMatchObject({ ok: false, problem: { code: "yaml-syntax" } });
    expect(readReport("- 1\n- 2\n")).toMatchObject({ ok: false, problem: { code: "not-a-mapping" } });
    expect(readReport(`template: "2030"\n`)).toMatchObject({ ok: false, problem: { code: "template", written: "2030" } });
    expect(readReport(`agency: x\n`)).toMatchObject({ ok: false, problem: { code: "template" } });
  });

  it("renders a report with problems: missing parts and rows are printed empty", () => {
    const read = readReport(`template: "2021"\nagency: 某局\nyear: 2025\napplications:\n  newReceived: [1, 0, 0, 0, 0, 0, 1]\n`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const root = parseHtml(renderHtml(read.input, { standalone: true }));
    expect(elements(root, "h2")).toHaveLength(6);
    const figures = elements(root, "td");
    expect(figures.filter((td) => textOf(td) !== "").map(textOf)).toEqual(["1", "0", "0", "0", "0", "0", "1"]);
  });

  it("a report whose parts are the wrong kind of node still renders", () => {
    const read = readReport(`template: "2021"\nagency: [a]\nyear: 2025\noverview: [1, 2]\napplications: 5\nactiveDisclosure: { regulations: [1, 2] }\nreviewAndLitigation: { review: "x" }\n`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const html = renderHtml(read.input, { standalone: true });
    expect(elements(parseHtml(html), "td").every((td) => textOf(td) === "")).toBe(true);
  });

  it("does not reach Object.prototype through keys like __proto__ or constructor", () => {
    const read = readReport(`template: "2021"\nagency: x\nyear: 2025\napplications:\n  results:\n    constructor: [1]\n  __proto__: [9]\n`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(() => renderHtml(read.input, { standalone: true })).not.toThrow();
  });
});
