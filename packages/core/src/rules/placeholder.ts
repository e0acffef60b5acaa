import { findPlaceholders, placeholderNames } from "../placeholders.js";
import { closest } from "./suggest.js";
import type { Rule } from "./types.js";


export const placeholderRule: Rule = {
  meta: {
    id: "placeholder",
    defaultSeverity: "error",
    title: { zh: "正文引用的表格数字必须存在", en: "Figures referenced in the prose must exist" },
    description: {
      zh: "正文可以用 `{{applications.newReceived.total}}` 这样的引用代替手写数字，渲染时换成表格中的数字，正文与表格就不会不一致。引用的是单元格的路径：键名用点连接，栏可以写名称（naturalPersons … total；upheld … total）或序号。引用不存在的单元格是错误。要写出花括号本身，写 `\\{`：`\\{\\{` 渲染为 `{{`，不是引用（导入时来源中的 `{{` 就这样写入）。",
      en: "Prose may reference a table figure as `{{applications.newReceived.total}}` instead of typing it; rendering substitutes the figure, so prose and table cannot disagree. A reference is the cell's path with dots; columns by name (naturalPersons … total; upheld … total) or index. A reference to no cell is an error. To write a brace itself, write `\\{`: `\\{\\{` renders as `{{` and is no reference (the importer writes a source's `{{` this way).",
    },
    basis: { zh: "OGI Report 约定。", en: "An OGI Report convention." },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    for (const { path, node } of ctx.model.parts) {
      if (!node.source.includes("{{")) continue;
      // Search the source, not the value: a reference never spans lines, and source offsets are what editors need.
      for (const ref of findPlaceholders(node.source, ctx.template)) {
        if (ref.cell) continue;
        const suggestion = closest(ref.ref, placeholderNames(ctx.template).map((n) => n.ref));
        const start = node.start + ref.start;
        const end = node.start + ref.end;
        ctx.report({
          path,
          at: { start, end },
          message: {
            zh: `引用「${ref.ref}」不是表格中的单元格${suggestion ? `，是否应为「${suggestion}」？` : ""}`,
            en: `“${ref.ref}” names no table cell${suggestion ? `; did you mean “${suggestion}”?` : ""}`,
          },
          actual: ref.ref,
          ...(suggestion ? { expected: suggestion } : {}),
          fixes: suggestion ? [{ title: { zh: `改为 {{${suggestion}}}`, en: `Change to {{${suggestion}}}` }, safe: false, edits: [{ start, end, newText: `{{${suggestion}}}` }] }] : [],
        });
      }
    }
  },
};
