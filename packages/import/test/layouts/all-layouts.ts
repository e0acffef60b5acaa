import type { TemplateId } from "@ogi-report/core";
import { renderMarkdown } from "@ogi-report/render";
import { htmlLayouts } from "./html-layouts.js";
import type { Layout } from "./judge.js";
import { textLayouts } from "./text-layouts.js";

/**
 * `ogi render --to md` saved as a .txt: Markdown headings and prose, the tables as HTML inside it (they merge
 * cells). Read as text, which must find the tables in it.
 */
export const renderedMarkdown: Layout = {
  name: "ogi render --to md, saved as text",
  kind: "text",
  exact: true,
  render: (r) => renderMarkdown({ report: r, template: r.template as TemplateId }),
};

/** Every layout of the generator, text and HTML. */
export const allLayouts: Layout[] = [
  ...textLayouts.map((l) => ({ ...l, kind: "text" as const })),
  renderedMarkdown,
  ...htmlLayouts.map((l) => ({ ...l, kind: "html" as const, exact: true })),
];
