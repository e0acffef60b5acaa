import type { IFontAttributesProperties } from "docx";

/**
 * The faces a government document asks for (GB/T 9704), by the names installed on government PCs, each with
 * the face Word should use where it is missing. Figures and Latin text use Times New Roman, as they do in
 * published reports. The fallbacks are declared in word/fontTable.xml (`w:altName`, GB2312 charset, panose),
 * which is what Word consults when a named font is absent; LibreOffice falls back through fontconfig by script.
 */
export interface FontFace {
  name: string;
  altName: string;
  panose: string;
  family: "roman" | "modern" | "swiss";
}

export const faces = {
  body: { name: "仿宋_GB2312", altName: "仿宋", panose: "02010609030101010101", family: "modern" },
  heading1: { name: "黑体", altName: "SimHei", panose: "02010609060101010101", family: "modern" },
  heading2: { name: "楷体_GB2312", altName: "楷体", panose: "02010609030101010101", family: "modern" },
  title: { name: "方正小标宋简体", altName: "华文中宋", panose: "02000000000000000000", family: "roman" },
} satisfies Record<string, FontFace>;

const LATIN = "Times New Roman";

export function runFont(face: FontFace): IFontAttributesProperties {
  return { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: face.name };
}

/** word/fontTable.xml: the faces above with their fallbacks, plus the Latin face. */
export function fontTableXml(): string {
  const cjk = Object.values(faces).map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="fixed"/></w:font>`,
  );
  const latin =
    `<w:font w:name="${LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
    `<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[...cjk, latin].join("")}</w:fonts>`
  );
}
