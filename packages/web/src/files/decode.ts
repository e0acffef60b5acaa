/**
 * File bytes as text. Reports are UTF-8 nowadays, but many published pages and older saved copies are
 * GBK/GB18030: a BOM or a valid UTF-8 reading wins, then the charset a page declares, then GB18030 (a
 * superset of GBK and GB2312), so a saved page never opens as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  const utf16 = utf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    const label = declared && declared !== "utf-8" && declared !== "utf8" ? declared : "gb18030";
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder("gb18030").decode(bytes);
    }
  }
}

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Bytes that are no text whatever the file's name says (a picture, a Word 97–2003 .doc, a spreadsheet, an archive):
 * text in any of the encodings above has no NUL byte, except UTF-16, which says so by its BOM.
 */
export function isBinary(bytes: Uint8Array): boolean {
  return !utf16Bom(bytes) && bytes.subarray(0, 8000).includes(0);
}
