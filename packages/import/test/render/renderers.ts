import { cellsOf, parts, templates, type TemplateId } from "@ogi-report/core";

/**
 * Renderers that print a report in the shapes the corpus shows: crawled text with the cells run together,
 * one row per line with `|` between cells, and an HTML page with rowspan/colspan tables. They live in the
 * test folder: they exist to feed the importer, not to publish anything.
 */
type Report = Record<string, unknown>;

const at = (o: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((x, k) => (x == null ? undefined : (x as Record<string | number, unknown>)[k]), o);

function rows(report: Report) {
  const t = templates[report.template as TemplateId];
  const byRow = new Map<string, { label: string; groups: string[]; table: string; values: string[]; block?: string }>();
  for (const c of cellsOf(t)) {
    const key = c.rowPath.join("/");
    const row = byRow.get(key) ?? { label: c.row.zh, groups: c.groups.map((g) => g.zh), table: c.table, values: [] };
    const v = at(report, c.path);
    row.values.push(v === null || v === undefined ? "" : String(v));
    byRow.set(key, row);
  }
  return { t, rows: [...byRow.values()] };
}

const heading = (i: number) => parts[i]!.heading.zh;

/** 「一、本年新收政府信息公开申请数量15130000154」: every label then its digits, no separator at all. */
export function renderRunTogether(report: Report): string {
  const { t, rows: all } = rows(report);
  let s = `标题: ${report.agency}${report.year}年度政府信息公开工作年度报告\n==================== 正文 ====================\n`;
  s += `${heading(0)} ${String(report.overview).trim()}${heading(1)}`;
  let block = "";
  for (const r of all.filter((r) => r.table === "activeDisclosure")) {
    if (r.groups[0] !== block) {
      block = r.groups[0]!;
      const b = t.activeDisclosure.find((x) => x.item.zh === block)!;
      s += `${block}信息内容${b.columns.map((c) => c.label.zh).join("")}`;
    }
    s += r.label + r.values.join("");
  }
  s += `${heading(2)}${t.applicationsNote.zh}申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他`;
  const printed = new Set<string>();
  for (const r of all.filter((r) => r.table === "applications")) {
    for (const g of r.groups) if (!printed.has(g)) (printed.add(g), (s += g));
    s += r.label + r.values.join("");
  }
  s += `${heading(3)}行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计`;
  s += all.filter((r) => r.table === "reviewAndLitigation").map((r) => r.values.join("")).join("");
  s += `${heading(4)}${String(report.problems).trim()}${heading(5)}${String(report.otherMatters).trim()}\n`;
  return s;
}

/** 「（一）予以公开|258|12|||1|1|」: one row per line, `|` between cells, an empty cell for a blank. */
export function renderPipeLines(report: Report): string {
  const { t, rows: all } = rows(report);
  const out = [`${report.agency}${report.year}年政府信息公开工作年度报告`, heading(0), String(report.overview).trim(), heading(1)];
  let block = "";
  for (const r of all.filter((r) => r.table === "activeDisclosure")) {
    if (r.groups[0] !== block) {
      block = r.groups[0]!;
      const b = t.activeDisclosure.find((x) => x.item.zh === block)!;
      out.push([block, "信息内容", ...b.columns.map((c) => c.label.zh)].join("|"));
    }
    out.push([r.label, ...r.values].join("|"));
  }
  out.push(heading(2), t.applicationsNote.zh);
  for (const r of all.filter((r) => r.table === "applications")) out.push([[...r.groups, r.label].join("/"), ...r.values].join("|"));
  out.push(heading(3), "行政复议|行政诉讼", all.filter((r) => r.table === "reviewAndLitigation").flatMap((r) => r.values).join("|"));
  out.push(heading(4), String(report.problems).trim(), heading(5), String(report.otherMatters).trim());
  return out.join("\n") + "\n";
}

/** Word-export-like markup around a figure: split spans, padding, full-width digits now and then. */
function messy(v: string, i: number): string {
  if (v === "") return "&nbsp;";
  if (i % 7 === 3 && v.length >= 2) return `<span>${v.slice(0, 1)}</span><span lang="EN-US">${v.slice(1)}</span>`;
  if (i % 11 === 5) return `<p class="MsoNormal">&nbsp;${v}<o:p></o:p></p>`;
  if (i % 13 === 2 && /^\d+$/.test(v)) return [...v].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join("") + "\u3000";
  return v;
}

/** An HTML page: tables with rowspan/colspan as published (group labels spanning rows, headers spanning columns). */
export function renderHtml(report: Report): string {
  const { t, rows: all } = rows(report);
  let n = 0;
  const td = (v: string, attrs = "") => `<td${attrs}>${messy(v, n++)}</td>`;
  const label = (v: string, attrs = "") => `<td${attrs}><p>${v.replace(/(.{4})/, "$1</p><p>")}</p></td>`;
  let h = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${report.agency}${report.year}年度政府信息公开工作年度报告_门户网站</title></head><body><div class="TRS_Editor">`;
  h += `<p>${heading(0)}</p><p>${String(report.overview).trim()}</p><p>${heading(1)}</p><table border="1"><tbody>`;
  let block = "";
  for (const r of all.filter((r) => r.table === "activeDisclosure")) {
    const b = t.activeDisclosure.find((x) => x.item.zh === r.groups[0])!;
    const span = 3 / b.columns.length;
    if (r.groups[0] !== block) {
      block = r.groups[0]!;
      h += `<tr><td colspan="4">${block}</td></tr><tr><td>信息内容</td>${b.columns.map((c) => `<td${span > 1 ? ` colspan="${span}"` : ""}>${c.label.zh.replace("/", "<br/>/")}</td>`).join("")}</tr>`;
    }
    h += `<tr>${label(r.label)}${r.values.map((v) => td(v, span > 1 ? ` colspan="${span}"` : "")).join("")}</tr>`;
  }
  h += `</tbody></table><p>${heading(2)}</p><table border="1">`;
  h += `<tr><td colspan="3" rowspan="3">${t.applicationsNote.zh}</td><td colspan="7">申请人情况</td></tr>`;
  h += `<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>`;
  h += `<tr><td>商业<br/>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;
  const apps = all.filter((r) => r.table === "applications");
  const resultsCount = apps.filter((r) => r.groups.length > 0).length;
  const openedGroups = new Set<string>();
  for (const r of apps) {
    let cells = "";
    if (r.groups.length === 0) cells = label(r.label, ` colspan="3"`);
    else {
      if (!openedGroups.has(r.groups[0]!)) {
        openedGroups.add(r.groups[0]!);
        cells += label(r.groups[0]!, ` rowspan="${resultsCount}"`);
      }
      if (r.groups.length === 1) cells += label(r.label, ` colspan="2"`);
      else {
        if (!openedGroups.has(r.groups[1]!)) {
          openedGroups.add(r.groups[1]!);
          cells += label(r.groups[1]!, ` rowspan="${apps.filter((x) => x.groups[1] === r.groups[1]).length}"`);
        }
        cells += label(r.label);
      }
    }
    h += `<tr>${cells}${r.values.map((v) => td(v)).join("")}</tr>`;
  }
  h += `</table><p>${heading(3)}</p><table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>`;
  h += `<tr>${["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((x) => `<td rowspan="2">${x}</td>`).join("")}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>`;
  h += `<tr>${["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((x) => `<td>${x.slice(0, 2)}<br/>${x.slice(2)}</td>`).join("").repeat(2)}</tr>`;
  h += `<tr>${all.filter((r) => r.table === "reviewAndLitigation").flatMap((r) => r.values).map((v) => td(v)).join("")}</tr></table>`;
  h += `<p>${heading(4)}</p><p>${String(report.problems).trim()}</p><p>${heading(5)}</p><p>${String(report.otherMatters).trim()}</p></div></body></html>`;
  return h;
}
