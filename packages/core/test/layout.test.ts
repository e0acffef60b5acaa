import { describe, expect, it } from "vitest";
import { cellsOf, checkText, FORM_STYLE, IMPORT_STYLE, partSkeleton, readReportModel, reportSkeleton, templates, writeReportYaml, type TemplateId } from "../src/index.js";

const ids: TemplateId[] = ["2021", "2019"];

describe("the one writer of the canonical YAML layout", () => {
  it.each(ids)("template %s: every cell it asks for lands where the model reads it, in either style", (id) => {
    const template = templates[id];
    for (const style of [FORM_STYLE, IMPORT_STYLE]) {
      let n = 0;
      const yaml = writeReportYaml({
        template,
        style,
        head: ["a comment"],
        fields: [["agency", "某局"], ["year", "2024"]],
        prose: (key) => (key === "preamble" ? undefined : `${key} 的文字`),
        // Each cell a different figure, so a cell written under another's key would show.
        cell: ({ kind }) => (kind === "amountText" ? `"${++n}元"` : String(++n)),
        rowComments: (pointer) => [`row ${pointer}`],
        reviewNote: "说明",
      });
      const model = readReportModel(yaml).model!;
      expect(readReportModel(yaml).problems).toEqual([]);
      const cells = cellsOf(template);
      expect(cells.map((c) => { const r = model.cells.get(c.pointer)!; return r.state === "ok" ? (c.kind === "amountText" ? r.node.value : r.value) : r.state; })).toEqual(cells.map((c, i) => (c.kind === "amountText" ? `${i + 1}元` : i + 1)));
      expect(model.parts.map((p) => p.value)).toEqual(["overview 的文字\n", "problems 的文字\n", "otherMatters 的文字\n"]);
      expect(yaml).toContain("# row /applications/newReceived\n");
      expect(yaml).toContain('  note: "说明"\n');
    }
  });

  it.each(ids)("template %s: a part a fix inserts is that part of the blank form, and the form checks clean but for its prose", (id) => {
    const form = reportSkeleton({ template: id, agency: "某局", year: id === "2019" ? 2020 : 2024 });
    for (const part of templates[id].parts) expect(form).toContain(`# ${part.heading.zh}\n${partSkeleton(templates[id], part.key)}\n`);
    expect(checkText(form).findings.map((f) => f.ruleId)).toEqual(["section-missing", "section-missing", "section-missing"]);
  });
});
