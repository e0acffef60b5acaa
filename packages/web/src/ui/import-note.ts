import type { ImportResult } from "@ogi-report/import";
import { messages, type Locale } from "../i18n.js";
import { h } from "./dom.js";

/**
 * What the importer could and could not read, above the findings: how many cells it read, and each
 * uncertain or missing cell with its place in the source, clickable to its cell in the YAML.
 */
export function renderImportNote(note: HTMLElement, name: string, result: ImportResult, locale: Locale, jump: (pointer: string) => void): void {
  const t = messages[locale];
  const s = result.summary;
  const close = h("button", { type: "button", class: "dismiss", title: t.dismiss, "aria-label": t.dismiss }, "×");
  close.addEventListener("click", () => (note.hidden = true));
  const items = result.diagnostics.map((d) => {
    const where = `${d.location.line}:${d.location.column}`;
    const text = `${locale === "en" ? d.message.en : d.message.zh}`;
    const item = h("li", { class: d.severity, "data-code": d.code }, h("span", { class: "where" }, where), " ", text);
    if (d.path) {
      item.classList.add("jumps");
      item.addEventListener("click", () => jump(d.path!));
    }
    return item;
  });
  note.replaceChildren(
    close,
    h("strong", {}, t.imported(name)),
    h("div", { class: "summary" }, t.importSummary(s.tables, s.cellsRead, s.cellsUncertain, s.blanks)),
    items.length > 0 ? h("details", {}, h("summary", {}, t.importNotes(items.length)), h("ul", {}, ...items)) : "",
  );
  note.hidden = false;
}
