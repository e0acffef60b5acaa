import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkText, parseYaml, ruleMeta, toPlain, type Finding, type RuleId } from "@ogi-report/core";
import { stringOption, usageError } from "../args.js";
import { looksLikeReport } from "../check/inputs.js";
import { progressReporter } from "../check/progress.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE } from "../exit.js";
import { t, type Locale } from "../locale.js";
import { describeFsError, reportUsage } from "../report-error.js";
import { badValue, localeOption, prepare } from "./common.js";
import { kindOf } from "./import.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi audit <folders | files>... [--format text|json] [--html <report.html>]

Check many reports at once: report YAML as it is, published HTML pages and text (.html, .htm, .txt, .md)
imported on the fly. Prints one line per report (agency, year, template, errors and warnings by rule) and
the totals across reports; --html writes a self-contained dashboard page (no scripts, opens offline).

Options:
      --format <format>   text (default) or json
      --html <file>       also write the dashboard to this file
      --locale <locale>   zh-CN or en
  -h, --help              show this help

Exit status: 0 no report has an error, 1 some report has errors, 2 usage error or a file that cannot be read.
`,
  zh: `用法：ogi audit <文件夹 | 文件>... [--format text|json] [--html <报告.html>]

一次检查多份报告：报告 YAML 直接检查，已发布的网页和文本（.html、.htm、.txt、.md）先导入再检查。
每份报告一行（机关、年度、格式、按规则统计的错误和警告），最后是全部报告的合计；--html 另写一个
独立的汇总网页（不含脚本，可离线打开）。

选项：
      --format <格式>     text（默认）或 json
      --html <文件>       同时把汇总网页写入这个文件
      --locale <语言>     zh-CN 或 en
  -h, --help              显示本帮助

退出码：0 所有报告都没有错误，1 有报告存在错误，2 用法错误或有文件无法读取。
`,
};

const options = { ...localeOption, format: { type: "string" }, html: { type: "string" } } as const;
const SOURCE = /\.(ya?ml|html?|txt|md)$/i;

export interface AuditedReport {
  file: string;
  imported: boolean;
  agency: string;
  year: number | null;
  template: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings per rule id, by severity. */
  rules: Record<string, { errors: number; warnings: number; infos: number }>;
  /** Cells the import could not settle (imported files only). */
  cellsUncertain?: number;
  figures: { received: number | null; granted: number | null; handled: number | null; reviews: number | null; suits: number | null };
}

export interface AuditTotals {
  reports: number;
  failing: number;
  errors: number;
  warnings: number;
  received: number;
  granted: number;
  handled: number;
  grantedShare: number | null;
  reviews: number;
  suits: number;
  /** For each rule: how many reports fail it, and its findings. */
  rules: Record<string, { reports: number; findings: number }>;
}

/** Files to audit, in order: named files as given, folders walked (dot-folders and node_modules skipped). */
function collect(args: string[], cwd: string): { files: { display: string; path: string; explicit: boolean }[]; unreadable: { display: string; error: unknown }[] } {
  const files: { display: string; path: string; explicit: boolean }[] = [];
  const unreadable: { display: string; error: unknown }[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, display: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      unreadable.push({ display, error });
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const path = join(dir, name);
      const shown = join(display, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch (error) {
        unreadable.push({ display: shown, error });
        continue;
      }
      if (isDir) walk(path, shown);
      else if (SOURCE.test(name) && !seen.has(path)) {
        seen.add(path);
        files.push({ display: shown, path, explicit: false });
      }
    }
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    try {
      if (statSync(path).isDirectory()) walk(path, arg);
      else if (!seen.has(path)) {
        seen.add(path);
        files.push({ display: arg, path, explicit: true });
      }
    } catch (error) {
      unreadable.push({ display: arg, error });
    }
  }
  return { files, unreadable };
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : v && typeof v === "object" && typeof (v as { value?: unknown }).value === "number" ? (v as { value: number }).value : null);

/** One report: imported when it is a page or text, then checked; figures read for the totals. */
type Importer = (typeof import("@ogi-report/import"))["importReport"];

export function auditText(importReport: Importer, display: string, text: string, locale: Locale, explicit = true): AuditedReport | undefined {
  const isYaml = /\.ya?ml$/i.test(display);
  let yaml = text;
  let cellsUncertain: number | undefined;
  if (!isYaml) {
    const result = importReport(text, kindOf(display, text), { source: display });
    // A page or text met on a walk with no table of a report in it (a README) is not a report.
    if (!explicit && result.summary.tables === 0) return undefined;
    yaml = result.yaml;
    cellsUncertain = result.summary.cellsUncertain;
  }
  const findings: Finding[] = checkText(yaml, { locale }).findings;
  const plain = (() => {
    try {
      const root = parseYaml(yaml).root;
      return (root ? toPlain(root) : {}) as Record<string, any>;
    } catch {
      return {} as Record<string, any>;
    }
  })();
  const rules: AuditedReport["rules"] = {};
  for (const f of findings) {
    const r = (rules[f.ruleId] ??= { errors: 0, warnings: 0, infos: 0 });
    if (f.severity === "error") r.errors++;
    else if (f.severity === "warning") r.warnings++;
    else r.infos++;
  }
  const apps = plain.applications ?? {};
  const review = plain.reviewAndLitigation ?? {};
  const granted = num(apps.results?.granted?.[6]);
  const partly = num(apps.results?.partiallyGranted?.[6]);
  const suitsDirect = num(review.litigationDirect?.[4]);
  const suitsAfter = num(review.litigationAfterReview?.[4]);
  return {
    file: display,
    imported: !isYaml,
    agency: typeof plain.agency === "string" ? plain.agency : "",
    year: typeof plain.year === "number" ? plain.year : null,
    template: typeof plain.template === "string" ? plain.template : "",
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    rules,
    ...(cellsUncertain !== undefined ? { cellsUncertain } : {}),
    figures: {
      received: num(apps.newReceived?.[6]),
      granted: granted === null && partly === null ? null : (granted ?? 0) + (partly ?? 0),
      handled: num(apps.results?.total?.[6]),
      reviews: num(review.review?.[4]),
      suits: suitsDirect === null && suitsAfter === null ? null : (suitsDirect ?? 0) + (suitsAfter ?? 0),
    },
  };
}

export function totalsOf(reports: AuditedReport[]): AuditTotals {
  const sum = (pick: (r: AuditedReport) => number | null) => reports.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const rules: AuditTotals["rules"] = {};
  for (const r of reports) {
    for (const [id, c] of Object.entries(r.rules)) {
      const x = (rules[id] ??= { reports: 0, findings: 0 });
      x.reports++;
      x.findings += c.errors + c.warnings + c.infos;
    }
  }
  const granted = sum((r) => r.figures.granted);
  const handled = sum((r) => r.figures.handled);
  return {
    reports: reports.length,
    failing: reports.filter((r) => r.errors > 0).length,
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    received: sum((r) => r.figures.received),
    granted,
    handled,
    grantedShare: handled > 0 ? granted / handled : null,
    reviews: sum((r) => r.figures.reviews),
    suits: sum((r) => r.figures.suits),
    rules,
  };
}

function ruleSummary(r: AuditedReport): string {
  return Object.entries(r.rules)
    .map(([id, c]) => `${id}×${c.errors + c.warnings + c.infos}`)
    .join(", ");
}

export const audit: Command = {
  name: "audit",
  summary: { zh: "一次检查多份报告（YAML、网页、文本），生成汇总", en: "check many reports (YAML, pages, text) and summarise" },
  async run(args, io) {
    const ready = prepare(io, "ogi audit", args, options, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const format = stringOption(parsed, "format") ?? "text";
    if (format !== "text" && format !== "json") return reportUsage(io, locale, badValue("ogi audit", "--format", format, ["text", "json"]));
    if (parsed.positionals.length === 0) {
      return reportUsage(io, locale, usageError({ zh: "ogi audit：请指定文件夹或文件", en: "ogi audit: name folders or files to audit" }, { zh: "例如 ogi audit 年报/ --html 汇总.html", en: "as in ogi audit reports/ --html audit.html" }));
    }
    const { files, unreadable } = collect(parsed.positionals, io.cwd);
    for (const u of unreadable) io.stderr(`ogi: ${t(locale, { zh: `无法读取 ${u.display}`, en: `cannot read ${u.display}` })}: ${describeFsError(u.error, locale)}\n`);

    // Loaded only here: the HTML parser is not for `ogi check` to initialise at start-up.
    const { importReport } = await import("@ogi-report/import");
    const reports: AuditedReport[] = [];
    const progress = progressReporter(io, files.length, locale);
    for (const [i, f] of files.entries()) {
      progress.update(i, files.length, f.display);
      let text: string;
      try {
        text = readFileSync(f.path, "utf8");
      } catch (error) {
        unreadable.push({ display: f.display, error });
        io.stderr(`ogi: ${t(locale, { zh: `无法读取 ${f.display}`, en: `cannot read ${f.display}` })}: ${describeFsError(error, locale)}\n`);
        continue;
      }
      // A YAML file met on a walk is audited only when it is a report (not a CI config).
      if (!f.explicit && /\.ya?ml$/i.test(f.path) && !looksLikeReport(text)) continue;
      const audited = auditText(importReport, f.display, text, locale, f.explicit);
      if (audited) reports.push(audited);
    }
    progress.done();
    const totals = totalsOf(reports);

    if (format === "json") io.stdout(JSON.stringify({ reports, totals }, null, 2) + "\n");
    else io.stdout(textReport(reports, totals, locale));

    const htmlFile = stringOption(parsed, "html");
    if (htmlFile !== undefined) {
      try {
        const target = resolve(io.cwd, htmlFile);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, dashboard(reports, totals, locale));
      } catch (error) {
        io.stderr(`ogi: ${t(locale, { zh: `无法写入 ${htmlFile}`, en: `cannot write ${htmlFile}` })}: ${describeFsError(error, locale)}\n`);
        return EXIT_TROUBLE;
      }
    }
    if (unreadable.length > 0) return EXIT_TROUBLE;
    return totals.failing > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};

function textReport(reports: AuditedReport[], totals: AuditTotals, locale: Locale): string {
  const lines = reports.map((r) => {
    const head = `${r.file}  ${r.agency || "?"}  ${r.year ?? "?"}  ${r.template || "?"}`;
    const counts = t(locale, { zh: `${r.errors} 个错误，${r.warnings} 个警告`, en: `${r.errors} error${r.errors === 1 ? "" : "s"}, ${r.warnings} warning${r.warnings === 1 ? "" : "s"}` });
    const uncertain = r.cellsUncertain ? t(locale, { zh: `；导入时 ${r.cellsUncertain} 个单元格不确定`, en: `; ${r.cellsUncertain} cells uncertain on import` }) : "";
    const rules = ruleSummary(r);
    return `${head}  ${counts}${rules ? ` (${rules})` : ""}${uncertain}`;
  });
  const share = totals.grantedShare === null ? "—" : `${(totals.grantedShare * 100).toFixed(1)}%`;
  lines.push(
    t(locale, {
      zh: `合计：${totals.reports} 份报告，${totals.failing} 份有错误（${totals.errors} 个错误，${totals.warnings} 个警告）；新收申请 ${totals.received} 件，予以公开和部分公开 ${totals.granted} / 办结 ${totals.handled}（${share}）；行政复议 ${totals.reviews} 件，行政诉讼 ${totals.suits} 件`,
      en: `Total: ${totals.reports} reports, ${totals.failing} with errors (${totals.errors} errors, ${totals.warnings} warnings); applications received ${totals.received}, granted in full or part ${totals.granted} of ${totals.handled} handled (${share}); reviews ${totals.reviews}, suits ${totals.suits}`,
    }),
  );
  return lines.join("\n") + "\n";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained page: inline CSS and SVG only, nothing loaded from anywhere, no script. */
export function dashboard(reports: AuditedReport[], totals: AuditTotals, locale: Locale): string {
  const L = (zh: string, en: string) => esc(t(locale, { zh, en }));
  const ruleIds = Object.keys(totals.rules).sort((a, b) => totals.rules[b]!.reports - totals.rules[a]!.reports || a.localeCompare(b));
  const severity = (id: string) => ruleMeta.get(id as RuleId)?.defaultSeverity ?? "error";
  const share = totals.grantedShare === null ? "—" : `${(totals.grantedShare * 100).toFixed(1)}%`;

  // Chart: one bar per rule, the number of reports failing it.
  const barH = 26;
  const width = 640;
  const labelW = 170;
  const max = Math.max(1, ...ruleIds.map((id) => totals.rules[id]!.reports));
  const chartH = Math.max(1, ruleIds.length) * barH + 30;
  const bars = ruleIds
    .map((id, i) => {
      const n = totals.rules[id]!.reports;
      const w = Math.round(((width - labelW - 60) * n) / max);
      const y = 10 + i * barH;
      return `<g class="bar ${severity(id)}"><text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(id)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="${barH - 8}" rx="3"/><text x="${labelW + w + 6}" y="${y + 17}">${n}</text></g>`;
    })
    .join("");
  const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${chartH}" viewBox="0 0 ${width} ${chartH}" role="img" aria-label="${L("按规则统计的不合格报告数", "Reports failing each rule")}">${bars || `<text x="10" y="24">${L("没有报告违反任何规则", "No report fails any rule")}</text>`}</svg>`;

  const head = `<tr><th>${L("文件", "File")}</th><th>${L("机关", "Agency")}</th><th>${L("年度", "Year")}</th><th>${L("格式", "Template")}</th><th>${L("错误", "Errors")}</th><th>${L("警告", "Warnings")}</th>${ruleIds.map((id) => `<th class="rule">${esc(id)}</th>`).join("")}</tr>`;
  const rows = reports
    .map((r) => {
      const cells = ruleIds
        .map((id) => {
          const c = r.rules[id];
          const n = c ? c.errors + c.warnings + c.infos : 0;
          return `<td class="${n ? `hit ${c!.errors ? "error" : c!.warnings ? "warning" : "info"}` : "ok"}">${n || ""}</td>`;
        })
        .join("");
      const status = r.errors > 0 ? "fail" : r.warnings > 0 ? "warn" : "pass";
      return `<tr class="report ${status}"><td class="file">${esc(r.file)}${r.imported ? ` <span class="tag">${L("已导入", "imported")}${r.cellsUncertain ? ` · ${L(`${r.cellsUncertain} 个不确定`, `${r.cellsUncertain} uncertain`)}` : ""}</span>` : ""}</td><td>${esc(r.agency || "?")}</td><td>${r.year ?? "?"}</td><td>${esc(r.template || "?")}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td>${cells}</tr>`;
    })
    .join("\n");
  const stat = (label: string, value: string | number, id: string) => `<div class="stat" id="${id}"><div class="value">${esc(String(value))}</div><div class="label">${label}</div></div>`;
  return `<!DOCTYPE html>
<html lang="${locale === "en" ? "en" : "zh-CN"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L("政府信息公开年度报告审查汇总", "OGI annual report audit")}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:0 0 16px}h2{font-size:17px;margin:28px 0 10px}
.stats{display:flex;flex-wrap:wrap;gap:12px}.stat{border:1px solid #d9e2ec;border-radius:8px;padding:10px 16px;min-width:120px}
.stat .value{font-size:22px;font-weight:600}.stat .label{font-size:12px;color:#52606d}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #d9e2ec;padding:4px 8px;text-align:left}
th{background:#f0f4f8}th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500}
td.num{text-align:right}td.hit{text-align:center;font-weight:600}td.hit.error{background:#fde2e1;color:#b42318}
td.hit.warning{background:#fef3c7;color:#92400e}td.hit.info{background:#e0f2fe;color:#075985}
tr.fail td.file{border-left:4px solid #d64545}tr.warn td.file{border-left:4px solid #e0a800}tr.pass td.file{border-left:4px solid #3f9142}
.tag{font-size:11px;color:#52606d;background:#f0f4f8;border-radius:4px;padding:1px 4px}
svg text{font-size:12px;fill:#1f2933}.bar rect{fill:#d64545}.bar.warning rect{fill:#e0a800}.bar.info rect{fill:#3b82c4}
footer{margin-top:24px;font-size:12px;color:#7b8794}
</style></head><body>
<h1>${L("政府信息公开工作年度报告审查汇总", "Open government information annual reports: audit")}</h1>
<div class="stats">
${stat(L("报告", "reports"), totals.reports, "stat-reports")}
${stat(L("有错误的报告", "reports with errors"), totals.failing, "stat-failing")}
${stat(L("新收申请（件）", "applications received"), totals.received, "stat-received")}
${stat(L("予以公开及部分公开占办结比例", "share granted in full or part"), share, "stat-granted")}
${stat(L("行政复议（件）", "administrative reviews"), totals.reviews, "stat-reviews")}
${stat(L("行政诉讼（件）", "lawsuits"), totals.suits, "stat-suits")}
</div>
<h2>${L("按规则统计的不合格报告数", "Reports failing each rule")}</h2>
${chart}
<h2>${L("各报告的问题（按规则）", "Findings per report and rule")}</h2>
<table id="reports"><thead>${head}</thead><tbody>
${rows}
</tbody></table>
<footer>${L(`共 ${totals.errors} 个错误、${totals.warnings} 个警告。由 ogi audit 生成。`, `${totals.errors} errors and ${totals.warnings} warnings in all. Generated by ogi audit.`)}</footer>
</body></html>
`;
}
