/**
 * File bytes as text. Reports are UTF-8 nowadays, but many published pages and older saved copies are
 * GBK/GB18030: a BOM or a valid UTF-8 reading wins, then the charset a page declares, then GB18030 (a
 * superset of GBK and GB2312), so a saved page never opens as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
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
