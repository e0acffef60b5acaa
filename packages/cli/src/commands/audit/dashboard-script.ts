/**
 * The page's only script, inline (it works from file://, loads nothing): filters and sorting of the findings, and the
 * drill-down into a report. Plain DOM; the page reads fine without it.
 */
export const dashboardScript = `(() => {
const $$ = (s, r = document) => [...r.querySelectorAll(s)];
const findings = document.getElementById("findings");
const selects = $$("#filters select");
function filter() {
  let shown = 0;
  for (const tr of findings.tBodies[0].rows) {
    const keep = selects.every((s) => s.value === "" || tr.dataset[s.name] === s.value);
    tr.hidden = !keep;
    if (keep) shown++;
  }
  document.getElementById("shown").textContent = String(shown);
}
selects.forEach((s) => s.addEventListener("change", filter));
// Downloads made here, from file://: the findings as filtered, and the totals the audit wrote into the page.
function download(name, text) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}
const csvCell = (s) => {
  const t = /^[=+\\-@\\t\\r]/.test(s) ? "'" + s : s;
  return /[",\\r\\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
};
document.getElementById("download-findings").addEventListener("click", () => {
  const rows = [findings.tHead.rows[0], ...[...findings.tBodies[0].rows].filter((r) => !r.hidden)];
  download("findings.csv", "\\uFEFF" + rows.map((r) => [...r.cells].map((c) => csvCell(c.textContent.trim())).join(",")).join("\\r\\n") + "\\r\\n");
});
document.getElementById("download-totals").addEventListener("click", (e) => download("totals.csv", e.currentTarget.dataset.csv));
for (const table of $$("table.sortable")) {
  $$("thead th", table).forEach((th, col) => {
    th.tabIndex = 0;
    const sort = () => {
      const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      $$("thead th", table).forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      const key = (tr) => { const c = tr.cells[col]; return c ? (c.dataset.v ?? c.textContent.trim()) : ""; };
      const rows = [...table.tBodies[0].rows];
      rows.sort((a, b) => {
        const x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        const c = x !== "" && y !== "" && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, "zh-CN");
        return c * dir;
      });
      table.tBodies[0].append(...rows);
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
  });
}
const detail = document.getElementById("detail");
function open(i) {
  const template = document.getElementById("report-" + i);
  if (!template) return;
  detail.replaceChildren(template.content.cloneNode(true));
  const list = detail.querySelector(".report-findings tbody");
  if (list) for (const tr of findings.tBodies[0].rows) {
    if (tr.dataset.report !== String(i)) continue;
    const copy = tr.cloneNode(true);
    copy.hidden = false;
    list.append(copy);
  }
  fillTables();
  detail.dataset.report = i;
  detail.hidden = false;
  detail.scrollIntoView({ block: "start" });
}
const severities = ["error", "warning", "info"];
// The report's figures into the layout it shares with others, then its findings marked on their cells (the worst wins).
function fillTables() {
  const holder = detail.querySelector(".tables");
  if (!holder) return;
  const layout = document.getElementById("layout-" + holder.dataset.layout);
  holder.replaceChildren(layout.content.cloneNode(true));
  const figures = JSON.parse(holder.dataset.figures);
  holder.querySelectorAll("td.ogi-figure").forEach((td, i) => {
    td.textContent = figures[i] ?? "";
    if (td.textContent === "") td.classList.add("ogi-blank");
  });
  for (const row of detail.querySelectorAll("tr.finding[data-pointer]")) {
    const severity = severities.find((s) => row.classList.contains(s));
    const message = row.querySelector(".msg").textContent;
    for (const cell of holder.querySelectorAll(":not(section)[data-pointer]")) {
      if (cell.dataset.pointer !== row.dataset.pointer) continue;
      const had = severities.findIndex((s) => cell.classList.contains("ogi-" + s));
      if (had === -1 || severities.indexOf(severity) < had) {
        severities.forEach((s) => cell.classList.remove("ogi-" + s));
        cell.classList.add("ogi-problem", "ogi-" + severity);
      }
      cell.title = (cell.title ? cell.title + "\\n" : "") + message;
    }
  }
}
detail.addEventListener("click", (e) => {
  if (e.target.closest("button.close")) { detail.hidden = true; return; }
  const row = e.target.closest("tr[data-pointer]");
  const cell = row && [...detail.querySelectorAll("[data-pointer]")].find((c) => c !== row && c.dataset.pointer === row.dataset.pointer);
  if (cell) { cell.scrollIntoView({ block: "center" }); cell.classList.add("flash"); setTimeout(() => cell.classList.remove("flash"), 1200); }
});
document.addEventListener("click", (e) => {
  if (detail.contains(e.target)) return;
  const at = e.target.closest("[data-report]");
  if (at) open(at.dataset.report);
});
document.addEventListener("keydown", (e) => {
  const at = e.key === "Enter" && e.target.closest && e.target.closest("[data-report]");
  if (at && !detail.contains(at)) open(at.dataset.report);
});
})();`;
