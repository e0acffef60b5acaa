import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importReport } from "../../packages/import/src/index.js";
import { readReport, renderHtml, renderMarkdown } from "../../packages/render/src/index.js";
import { BOUND_MS, fuzzParams, hostileHtml, hostileText, hostileYaml, timed } from "./hostile.js";

describe("importer: hostile HTML and text", () => {
  it("HTML: a report or diagnostics, in bounded time, never an exception", () => {
    fc.assert(
      fc.property(hostileHtml, ({ text }) => {
        const result = timed("importReport(html)", text, BOUND_MS.import, () => importReport(text, "html", { source: "fuzz.html" }));
        expect(typeof result.yaml).toBe("string");
        // A page's script is never carried into the report as markup that runs.
        expect(result.yaml).not.toMatch(/<script/i);
      }),
      fuzzParams(40),
    );
  });

  it("text: a report or diagnostics, in bounded time, never an exception", () => {
    fc.assert(
      fc.property(hostileText, ({ text }) => {
        const result = timed("importReport(text)", text, BOUND_MS.import, () => importReport(text, "text", { source: "fuzz.txt" }));
        expect(typeof result.yaml).toBe("string");
      }),
      fuzzParams(40),
    );
  });
});

describe("renderer: hostile YAML", () => {
  it("renders what it can read, escaping what the report says, in bounded time", () => {
    fc.assert(
      fc.property(hostileYaml, fc.constantFrom("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))\n\n<b>x</b>", "正常的文字"), ({ text }, payload) => {
        const withPayload = text.replace("agency: 福建省人力资源和社会保障厅", `agency: ${JSON.stringify(payload)}`);
        const read = timed("readReport", withPayload, BOUND_MS.render, () => readReport(withPayload));
        if (!read.ok) return;
        const html = timed("renderHtml", withPayload, BOUND_MS.render, () => renderHtml(read.input, { standalone: true }));
        expect(html).not.toContain("<script>alert(1)");
        expect(html).not.toContain("<img src=x onerror");
        const md = timed("renderMarkdown", withPayload, BOUND_MS.render, () => renderMarkdown(read.input));
        expect(md).not.toContain("<script>alert(1)");
      }),
      fuzzParams(40),
    );
  });
});
