/**
 * A pull tokenizer for the XML of an office document: start tags (with attributes), end tags and text, in order.
 * WordprocessingML is machine-written, well-formed and namespace-prefixed the same way by Word, WPS and
 * LibreOffice, so a tokenizer is all the DOCX reader needs (no DOM, no Node API, a few KB in the page).
 */
export type XmlToken =
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTR = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m.index > last) yield { kind: "text", text: decodeEntities(xml.slice(last, m.index)) };
    last = TAG.lastIndex;
    if (m[5] !== undefined) {
      yield { kind: "text", text: m[5] };
      continue;
    }
    if (!m[2]) continue; // comment, processing instruction, doctype
    if (m[1]) {
      yield { kind: "close", name: m[2] };
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? "");
    yield { kind: "open", name: m[2], attrs, selfClosing: m[4] === "/" };
  }
  if (last < xml.length) yield { kind: "text", text: decodeEntities(xml.slice(last)) };
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e] ?? whole;
  });
}
