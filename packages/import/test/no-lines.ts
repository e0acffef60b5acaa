import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { requireTool } from "../../../test/tools.js";
import { renderDocx } from "./office.js";

/**
 * Tables drawn without any lines, as a web page printed to PDF: `ogi render --to html`, its borders taken away
 * by CSS and its columns narrowed so that labels wrap, printed by Chromium. Each layout is a style sheet added
 * to the rendered page.
 */
const NO_BORDERS = ".ogi-report th, .ogi-report td { border: none !important; }";
const T3 = ".ogi-report table[data-table=applications]";
const T4 = ".ogi-report table[data-table=reviewAndLitigation]";

/** Tables 3 and 4 narrowed: table 3's group columns one character wide, its row-label and figure columns and table 4's columns as given (em). */
const narrowed = (labels: number, figures: number, review: number, headerPadding: number) => `${NO_BORDERS}
${T3}, ${T4} { width: auto !important; }
${T3} col { width: ${figures}em !important; }
${T3} col:nth-child(-n+2) { width: 1.5em !important; }
${T3} col:nth-child(3) { width: ${labels}em !important; }
${T4} col { width: ${review}em !important; }
.ogi-report th.ogi-header { padding: 3pt ${headerPadding}em !important; }`;

/** The layout whose figures wrap inside their cells: read where the layout shows them, reported where it does not. */
export const WRAPPED_FIGURES = "figures wrapped inside their cells";

export const NO_LINE_LAYOUTS: Record<string, string> = {
  // The page as rendered, borders gone: group labels two characters a line, headers in a few lines.
  "no borders": NO_BORDERS,
  // Table 3's two group columns one character wide (「三/、/本/年/…」, 「（/三/）/不/予/…」), its figure columns
  // so narrow that 「商业企业」 stands one character a line; table 4's headers one character a line.
  "group labels one character a line": narrowed(12, 3.3, 2.2, 0.4),
  // The same with a narrower row-label column (labels wrap more) and headers padded apart from the figures.
  "narrow label column, headers one character a line": `${narrowed(11, 3.4, 2.8, 0.8)}
.ogi-report th.ogi-group { padding: 3pt 0.25em !important; }
.ogi-report td { padding: 3pt 1pt !important; }`,
  // Figure columns narrower than a five-digit figure: 「13612」 wraps inside its cell (「1361」 over 「2」).
  [WRAPPED_FIGURES]: narrowed(12, 2.6, 2.2, 0.4),
  // Group labels two characters a line.
  "group labels two characters a line": `${NO_BORDERS}
${T3} col:nth-child(-n+2) { width: 2.6em !important; }
.ogi-report th.ogi-group { padding: 3pt 0.2em !important; }`,
};

const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

/** Each report rendered as a web page with each layout's style sheet, printed to PDF by Chromium: the PDFs' paths by layout and report. */
export async function printWithoutLines(reports: string[], dir: string): Promise<Map<string, Map<string, string>>> {
  const html = reports.map((r) => [r, readFileSync(renderDocx(r, dir, "html"), "utf8")] as const);
  const browser = await chromium.launch({
    executablePath: requireTool(executablePath, "chromium", "chromium"),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const out = new Map<string, Map<string, string>>();
  try {
    const page = await browser.newPage();
    for (const [layout, css] of Object.entries(NO_LINE_LAYOUTS)) {
      const byReport = new Map<string, string>();
      for (const [report, text] of html) {
        const name = `${basename(report, ".yaml")}-${Object.keys(NO_LINE_LAYOUTS).indexOf(layout)}`;
        const file = join(dir, `${name}.html`);
        writeFileSync(file, text.replace("</style>", `${css}\n</style>`));
        await page.goto(pathToFileURL(file).href);
        const pdf = join(dir, `${name}.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true });
        byReport.set(report, pdf);
      }
      out.set(layout, byReport);
    }
  } finally {
    await browser.close();
  }
  return out;
}
