import { strFromU8, unzipSync } from "fflate";
import { escapeHtml, type ConvertedSource, type PlacedRange, type SourceFailure } from "./document.js";
import { xmlTokens } from "./xml.js";

/** An element of the document part: what the reader needs of the XML tree. */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

/** An OLE compound file: a Word 97–2003 `.doc` (or a `.doc` renamed `.docx`). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * A Word 2007+ (or WPS) document as HTML for `importReport`: paragraphs as <p>, tables as <table> with the
 * merges of the document (gridSpan → colspan, vMerge → rowspan), read from word/document.xml itself. Each cell
 * and paragraph of the HTML keeps its place in the document (table, row, grid column; paragraph).
 */
export function readDocx(bytes: Uint8Array): ConvertedSource | SourceFailure {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return {
      failure: "docx-legacy",
      message: {
        zh: "这是 Word 97–2003（.doc）或 WPS 旧格式（.wps）的文件，无法直接读取；请在 Word 或 WPS 中另存为 .docx 后再导入",
        en: "This is a Word 97–2003 (.doc) or old WPS (.wps) file, which cannot be read; save it as .docx in Word or WPS and import that",
      },
    };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" || f.name === "docProps/core.xml" });
  } catch (error) {
    return unreadable(`不是有效的 .docx（ZIP）文件：${String(error)}`, `Not a valid .docx (ZIP) file: ${String(error)}`);
  }
  const part = files["word/document.xml"];
  if (!part) return unreadable("文件中没有 word/document.xml，不是 Word 文档", "The file has no word/document.xml: not a Word document");
  const root = tree(strFromU8(part));
  const body = find(root, "w:body");
  if (!body) return unreadable("word/document.xml 中没有正文（w:body）", "word/document.xml has no body (w:body)");
  const core = files["docProps/core.xml"];
  const title = core ? textOf(find(tree(strFromU8(core)), "dc:title")) : "";
  return new HtmlWriter(title).document(body);
}

function unreadable(zh: string, en: string): SourceFailure {
  return { failure: "source-unreadable", message: { zh, en } };
}

function tree(xml: string): El {
  const root: El = { name: "#root", attrs: {}, children: [] };
  const stack = [root];
  for (const t of xmlTokens(xml)) {
    const top = stack[stack.length - 1]!;
    if (t.kind === "text") top.children.push(t.text);
    else if (t.kind === "open") {
      const el: El = { name: t.name, attrs: t.attrs, children: [] };
      top.children.push(el);
      if (!t.selfClosing) stack.push(el);
    } else {
      // Close up to the matching element; a stray end tag closes nothing.
      const i = stack.map((e) => e.name).lastIndexOf(t.name);
      if (i > 0) stack.length = i;
    }
  }
  return root;
}

function elements(el: El): El[] {
  return el.children.filter((c): c is El => typeof c !== "string");
}

function find(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const inner = find(c, name);
    if (inner) return inner;
  }
  return undefined;
}

function child(el: El | undefined, name: string): El | undefined {
  return el ? elements(el).find((c) => c.name === name) : undefined;
}

function textOf(el: El | undefined): string {
  if (!el) return "";
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** Containers whose content is the document's own content (content controls, tracked insertions, custom XML). */
const TRANSPARENT = new Set(["w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag", "w:hyperlink", "w:fldSimple", "w:dir", "w:bdo"]);
/** Content that is not printed: deletions, field instructions, properties, notes' marks. */
const HIDDEN = new Set(["w:del", "w:moveFrom", "w:delText", "w:instrText", "w:rPr", "w:pPr", "w:sdtPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblGrid", "w:sectPr", "mc:Fallback", "w:footnoteReference", "w:endnoteReference", "w:commentReference"]);

interface Cell {
  el: El;
  column: number;
  colspan: number;
  rowspan: number;
  continues: boolean;
}

class HtmlWriter {
  private html = "";
  private readonly ranges: PlacedRange[] = [];
  private tables = 0;
  private paragraphs = 0;

  constructor(private readonly title: string) {}

  document(body: El): ConvertedSource {
    // A stale title (「文档1」, last year's report) must not name the agency: only a report's title is kept.
    const title = /年度?报告/.test(this.title) ? `<title>${escapeHtml(this.title.trim())}</title>` : "";
    this.html = `<!DOCTYPE html><html><head><meta charset="utf-8">${title}</head><body>\n`;
    this.blocks(body, true);
    this.html += "</body></html>\n";
    return { kind: "html", text: this.html, ranges: this.ranges.sort((a, b) => a.start - b.start) };
  }

  private blocks(el: El, topLevel: boolean): void {
    for (const c of elements(el)) {
      if (c.name === "w:p") this.paragraph(c, topLevel);
      else if (c.name === "w:tbl") this.table(c);
      else if (c.name === "mc:AlternateContent") this.blocks(child(c, "mc:Choice") ?? c, topLevel);
      else if (c.name === "w:sdt" || TRANSPARENT.has(c.name)) this.blocks(c, topLevel);
    }
  }

  private paragraph(p: El, topLevel: boolean): void {
    const start = this.html.length;
    const text = runText(p);
    this.html += `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>\n`;
    if (topLevel) this.ranges.push({ start, end: this.html.length, place: { paragraph: ++this.paragraphs } });
  }

  private table(tbl: El): void {
    const table = ++this.tables;
    const rows = rowsOf(tbl).map((tr) => cellsOf(tr));
    // vMerge: a continuing cell adds a row to the cell that started the merge in its grid column.
    const open = new Map<number, Cell>();
    for (const row of rows) {
      for (const cell of row) {
        if (cell.continues && open.get(cell.column)?.colspan === cell.colspan) open.get(cell.column)!.rowspan++;
        else {
          cell.continues = false;
          for (let c = cell.column; c < cell.column + cell.colspan; c++) open.delete(c);
          open.set(cell.column, cell);
        }
      }
      // A column this row does not reach ends the merges in it.
      for (const column of [...open.keys()]) if (!row.some((c) => c.column <= column && column < c.column + c.colspan)) open.delete(column);
    }
    this.html += "<table>\n";
    rows.forEach((row, r) => {
      this.html += "<tr>";
      for (const cell of row) {
        if (cell.continues) continue;
        const start = this.html.length;
        const spans = (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : "") + (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : "");
        this.html += `<td${spans}>`;
        this.blocks(cell.el, false);
        this.html += "</td>";
        this.ranges.push({ start, end: this.html.length, place: { table, row: r + 1, column: cell.column + 1 } });
      }
      this.html += "</tr>\n";
    });
    this.html += "</table>\n";
  }
}

function rowsOf(tbl: El): El[] {
  const out: El[] = [];
  for (const c of elements(tbl)) {
    if (c.name === "w:tr") out.push(c);
    else if (c.name === "w:sdt" || TRANSPARENT.has(c.name)) out.push(...rowsOf(c));
  }
  return out;
}

function cellsOf(tr: El): Cell[] {
  const before = Number.parseInt(child(child(tr, "w:trPr"), "w:gridBefore")?.attrs["w:val"] ?? "0", 10) || 0;
  let column = before;
  const out: Cell[] = [];
  const walk = (el: El) => {
    for (const c of elements(el)) {
      if (c.name === "w:tc") {
        const pr = child(c, "w:tcPr");
        const colspan = Math.max(1, Number.parseInt(child(pr, "w:gridSpan")?.attrs["w:val"] ?? "1", 10) || 1);
        const vMerge = child(pr, "w:vMerge");
        const continues = vMerge !== undefined && (vMerge.attrs["w:val"] ?? "continue") === "continue";
        out.push({ el: c, column, colspan, rowspan: 1, continues });
        column += colspan;
      } else if (c.name === "w:sdt" || TRANSPARENT.has(c.name)) walk(c);
    }
  };
  walk(tr);
  return out;
}

/** The printed text of a paragraph: runs, tabs and line breaks; deleted, hidden and field-code text left out. */
function runText(p: El): string {
  let out = "";
  const walk = (el: El) => {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      if (HIDDEN.has(c.name)) continue;
      if (c.name === "w:r" && child(child(c, "w:rPr"), "w:vanish")) continue;
      switch (c.name) {
        case "w:t":
          out += textOf(c);
          break;
        case "w:tab":
          out += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (c.attrs["w:type"] !== "page") out += "\n";
          break;
        case "w:noBreakHyphen":
          out += "-";
          break;
        case "mc:AlternateContent":
          walk(child(c, "mc:Choice") ?? c);
          break;
        case "w:txbxContent":
          // A text box inside the paragraph: its paragraphs, each on a line.
          for (const q of elements(c)) if (q.name === "w:p") out += `\n${runText(q)}\n`;
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return out;
}
