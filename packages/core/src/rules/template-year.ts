import { templateForYear, templates } from "../templates/index.js";
import type { Rule } from "./types.js";

export const templateYear: Rule = {
  meta: {
    id: "template-year",
    defaultSeverity: "warning",
    title: { zh: "格式与报告年度相符", en: "Template matches the report year" },
    description: {
      zh: "2021 年及以后的年度报告使用国办公开办函〔2021〕30号格式（template \"2021\"）；2019、2020 年度使用〔2019〕60号试行格式（template \"2019\"）。",
      en: "Reports for 2021 and later use the 2021 format (template \"2021\"); reports for 2019 and 2020 use the 2019 trial format (template \"2019\").",
    },
    basis: {
      zh: "国办公开办函〔2021〕30号 自 2021 年度报告起施行。",
      en: "The 2021 format applies from the 2021 annual reports on.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    const written = ctx.model.templateWritten;
    const year = ctx.model.year?.value;
    if (!written || year === undefined || !(String(written.value) in templates)) return;
    const declared = String(written.value);
    const expected = templateForYear(year);
    if (expected === declared) return;
    const node = written.node;
    ctx.report({
      path: "/template",
      message: {
        zh: `${year} 年度报告应使用 "${expected}" 格式（${templates[expected].source.zh}），此处为 "${declared}"`,
        en: `A report for ${year} should use template "${expected}", not "${declared}"`,
      },
      expected,
      actual: declared,
      fixes: [
        {
          title: { zh: `改为 "${expected}"`, en: `Change to "${expected}"` },
          safe: false,
          edits: [{ start: node.start, end: node.end, newText: `"${expected}"` }],
        },
      ],
    });
  },
};
