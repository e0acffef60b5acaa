import { strToU8, zipSync } from "fflate";
import type { Page } from "playwright-core";

/** Drop a file on the editor as a person would: dragenter shows the overlay, drop opens it. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ data, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      return transfer;
    },
    { data: [...bytes], name, type },
  );
  await page.dispatchEvent("#editor", "dragenter", { dataTransfer });
  await page.dispatchEvent("#editor", "drop", { dataTransfer });
}

let gbkBytes: Map<string, number[]> | undefined;

/**
 * Text in GBK, as older government sites still publish and save it. Node decodes GBK but does not encode it: the
 * table is every two-byte sequence decoded once (ASCII stays one byte).
 */
export function gbk(text: string): Uint8Array {
  if (!gbkBytes) {
    gbkBytes = new Map();
    const decoder = new TextDecoder("gbk", { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        try {
          const c = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkBytes.has(c)) gbkBytes.set(c, [lead, trail]);
        } catch {
          // Not a character in GBK.
        }
      }
    }
  }
  const table = gbkBytes;
  return new Uint8Array(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (!bytes) throw new Error(`「${c}」 is not in GBK`);
      return bytes;
    }),
  );
}

/** Text as Windows Notepad saves 「Unicode」: UTF-16 little-endian after its byte-order mark. */
export function utf16le(text: string): Uint8Array {
  const out = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(out);
}

/** A page's text as a crawler keeps it: cells separated by tabs, rows and paragraphs by line breaks, no markup. */
export function crawledText(html: string): string {
  return html
    .replace(/<(style|head)[\s\S]*?<\/\1>/g, "")
    .replace(/<\/t[dh]>/g, "\t")
    .replace(/<\/(tr|p|h\d|div|li)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph of a Word document. */
export const wordParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A table of a Word document, one cell per string. */
export const wordTable = (rows: string[][]) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${wordParagraph(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;

/** A .docx with the given body, the few parts Word and LibreOffice need to open it. */
export function wordFile(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}
