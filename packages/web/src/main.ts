import type { TemplateId } from "@ogi-report/core";
import type { ImportResult } from "@ogi-report/import";
import seedFile from "../../../examples/seed-2025.yaml";
import { App } from "./app.js";
import { outputFile, saveFile, type Output } from "./files/downloads.js";
import { baseName } from "./files/kind.js";
import { openFile } from "./files/open-file.js";
import { messages, type Locale, type Messages } from "./i18n.js";
import { byId } from "./ui/dom.js";
import { renderImportNote } from "./ui/import-note.js";

const LOCALE_KEY = "ogi-report.locale";
/** The example report, without the modeline that points editors at the schema inside the repository. */
const seedReport = seedFile.replace(/^# yaml-language-server:.*\n/, "");

/** Chinese unless the user chose English before (kept in this browser only). */
function initialLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

function applyTexts(locale: Locale): void {
  const t = messages[locale];
  document.documentElement.lang = locale;
  document.title = t.appTitle;
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = t[element.dataset.i18n as keyof Messages];
    if (typeof value === "string") element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n-title]")) {
    const value = t[element.dataset.i18nTitle as keyof Messages];
    if (typeof value === "string") element.title = value;
  }
}

function start(): void {
  const locale = initialLocale();
  applyTexts(locale);
  const app = new App(
    {
      editor: byId("editor"),
      findings: byId("findings"),
      counts: byId("counts"),
      preview: byId("preview"),
      previewStatus: byId("preview-status"),
      docPanel: byId("doc-panel"),
      docBody: byId("doc-body"),
    },
    locale,
    seedReport,
  );
  const note = byId("import-note");
  let lastImport: { name: string; result: ImportResult } | undefined;
  const status = byId("status");
  const say = (text: string) => (status.textContent = text);

  async function open(file: File): Promise<void> {
    try {
      const opened = await openFile(file);
      if (opened.kind === "refused") return void say(app.messages.notText(opened.name));
      // The report it replaces may hold edits not saved: they stay in the editor's history, and the page says so.
      const unsaved = app.dirty;
      if (opened.kind === "yaml") {
        lastImport = undefined;
        note.hidden = true;
        app.setText(opened.text, baseName(opened.name));
      } else {
        lastImport = { name: opened.name, result: opened.result };
        app.setText(opened.result.yaml, baseName(opened.name));
        renderImportNote(note, opened.name, opened.result, app.locale, (pointer) => app.jumpToPointer(pointer));
      }
      say(unsaved ? app.messages.replacedUnsaved(opened.name) : "");
    } catch (error) {
      say(`${app.messages.readFailed(file.name)}: ${String(error)}`);
    }
  }

  // Last year's report: any kind the page opens; an imported one is compared as the YAML it became.
  let lastYearName: string | undefined;
  const showLastYear = () => {
    byId("last-year").hidden = lastYearName === undefined;
    byId("last-year-name").textContent = lastYearName === undefined ? "" : app.messages.lastYearShown(lastYearName);
  };
  const lastYearInput = byId<HTMLInputElement>("open-last-year");
  lastYearInput.addEventListener("change", async () => {
    const file = lastYearInput.files?.[0];
    lastYearInput.value = "";
    if (!file) return;
    try {
      const opened = await openFile(file);
      if (opened.kind === "refused") return void say(app.messages.notText(opened.name));
      app.setLastYear({ name: file.name, text: opened.kind === "yaml" ? opened.text : opened.result.yaml });
      lastYearName = file.name;
      showLastYear();
      say("");
    } catch (error) {
      say(`${app.messages.readFailed(file.name)}: ${String(error)}`);
    }
  });
  byId("last-year-close").addEventListener("click", () => {
    lastYearName = undefined;
    showLastYear();
    app.setLastYear(undefined);
  });

  const input = byId<HTMLInputElement>("open-file");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = "";
  });

  // Drop anywhere on the page; the overlay says what will happen.
  const overlay = byId("drop-overlay");
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    if (--depth <= 0) {
      depth = 0;
      overlay.hidden = true;
    }
  });
  window.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener("drop", (event) => {
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    // Dropped on the editor or anywhere else: open it as a file, never insert its bytes as text.
    event.preventDefault();
    event.stopPropagation();
    void open(file);
  }, true);

  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-new]")) {
    button.addEventListener("click", () => {
      const which = button.dataset.new!;
      const unsaved = app.dirty;
      lastImport = undefined;
      note.hidden = true;
      if (which === "example") app.setText(seedReport, undefined);
      else app.newReport(which as TemplateId);
      say(unsaved ? app.messages.newOverUnsaved : "");
      button.closest("details")?.removeAttribute("open");
    });
  }

  byId("fix-all").addEventListener("click", () => app.fixAllSafe());
  byId("rules").addEventListener("click", () => app.docs.show());
  byId("doc-close").addEventListener("click", () => app.docs.hide());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && app.docs.open) app.docs.hide();
  });

  for (const output of ["yaml", "html", "docx"] as Output[]) {
    byId(`download-${output}`).addEventListener("click", async () => {
      const file = await outputFile(app.text, output, app.fileName);
      if (!file) return say(app.messages.cannotRender);
      say("");
      saveFile(file);
      if (output === "yaml") app.dirty = false;
    });
  }

  byId("tables-only").addEventListener("change", (event) => {
    byId("preview").classList.toggle("tables-only", (event.target as HTMLInputElement).checked);
  });

  byId("language").addEventListener("click", () => {
    const next: Locale = app.locale === "en" ? "zh-CN" : "en";
    try {
      localStorage.setItem(LOCALE_KEY, next);
    } catch {
      // Storage may be off for file:// pages; the switch still works for this visit.
    }
    applyTexts(next);
    app.setLocale(next);
    showLastYear();
    if (lastImport && !note.hidden) renderImportNote(note, lastImport.name, lastImport.result, next, (pointer) => app.jumpToPointer(pointer));
  });

  window.addEventListener("beforeunload", (event) => {
    if (!app.dirty) return;
    event.preventDefault();
    event.returnValue = app.messages.unsaved;
  });
}

start();
