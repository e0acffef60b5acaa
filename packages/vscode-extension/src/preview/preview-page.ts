import { readReport, renderHtml, reportCss, type Highlight, type ReadProblem } from "@ogi-report/render";

export type UiLocale = "zh-CN" | "en";

export interface PreviewContent {
  /** The report's <article>, or undefined when the text cannot be laid out. */
  article: string | undefined;
  problem: ReadProblem | undefined;
  /** Marked cells, to count in the banner. */
  marked: number;
}

/** The three tables (and the prose) from the current text, problem cells marked, and passages copied from last year's. */
export function previewContent(
  text: string,
  highlight: ReadonlyMap<string, Highlight>,
  locale: UiLocale,
  copied: ReadonlyMap<string, readonly string[]> = new Map(),
): PreviewContent {
  const read = readReport(text);
  if (!read.ok) return { article: undefined, problem: read.problem, marked: 0 };
  return { article: renderHtml(read.input, { standalone: false, highlight, locale, copied }), problem: undefined, marked: highlight.size };
}

/**
 * The webview's page. Scripts: only ours (nonce); styles: the report's own CSS plus VS Code's theme colours for
 * the chrome. The article itself arrives by postMessage, so following edits keeps the scroll position.
 */
export function previewPage(options: { nonce: string; cspSource: string; title: string; hint: string }): string {
  const { nonce, cspSource } = options;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
${reportCss}
body { background: #fff; color: #000; padding: 0 16px 32px; }
#ogi-banner { position: sticky; top: 0; z-index: 1; margin: 0 -16px 12px; padding: 6px 16px; font: 13px var(--vscode-font-family, sans-serif);
  background: var(--vscode-editorWidget-background, #f3f3f3); color: var(--vscode-editorWidget-foreground, #333); border-bottom: 1px solid #ccc; }
#ogi-banner.ogi-stale { background: #fff4ce; }
[data-pointer] { cursor: pointer; }
td[data-pointer]:hover, th[data-pointer]:hover { outline: 2px solid #0066cc; outline-offset: -2px; }
.ogi-problem.ogi-error { background: #ffd7d5 !important; outline: 2px solid #d1242f; outline-offset: -2px; }
.ogi-problem.ogi-warning { background: #fff1c2 !important; outline: 2px solid #bf8700; outline-offset: -2px; }
.ogi-problem.ogi-info { background: #ddf4ff !important; }
</style>
</head>
<body>
<div id="ogi-banner">${escapeHtml(options.hint)}</div>
<div id="ogi-report"></div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const report = document.getElementById("ogi-report");
  const banner = document.getElementById("ogi-banner");
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (m.type !== "update") return;
    banner.textContent = m.banner;
    banner.classList.toggle("ogi-stale", !!m.stale);
    // The article is rendered by @ogi-report/render, which escapes everything taken from the report.
    if (m.article !== undefined) report.innerHTML = m.article;
    document.body.dataset.version = String(m.version);
  });
  report.addEventListener("click", (event) => {
    const cell = event.target instanceof Element ? event.target.closest("[data-pointer]") : null;
    if (cell) vscode.postMessage({ type: "reveal", pointer: cell.getAttribute("data-pointer") });
  });
  vscode.postMessage({ type: "ready" });
})();
</script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
