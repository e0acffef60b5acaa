import { renderHtml } from "../render/renderers.js";
import type { Report } from "./grid.js";

export interface HtmlLayout {
  name: string;
  render(report: Report): string;
}

/** Tables with rowspan/colspan as Word exports them. */
export const htmlTables: HtmlLayout = { name: "HTML tables (rowspan/colspan)", render: renderHtml };

/** The same tables each inside a layout table and a centring div, as CMS templates nest them. */
export const htmlNested: HtmlLayout = {
  name: "HTML tables nested in layout tables",
  render: (r) =>
    renderHtml(r).replace(/<table border="1">[\s\S]*?<\/table>/g, (t) => `<table width="100%"><tbody><tr><td><div align="center"><center>${t}</center></div></td></tr></tbody></table>`),
};

export const htmlLayouts: HtmlLayout[] = [htmlTables, htmlNested];
