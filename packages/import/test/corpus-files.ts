import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDir, repoRoot } from "../../../test/shared-data.js";

/** The published reports are read in place by the corpus suite only (never copied into the repo). */
export { repoRoot, seedsDir } from "../../../test/shared-data.js";
export const fixturesDir = join(repoRoot, "fixtures/corpus");

export interface CorpusCase {
  /** Path under shared/corpus. */
  file: string;
  /** The hand transcription it must match (fixtures/corpus/<name>.yaml). */
  fixture: string;
  /**
   * Cells the source cannot settle: rows whose digits run together (a blank cell may hide anywhere in them, and
   * table 2 has no identity at all) and 009's table-2 cells pulled out of their rows by the PDF extraction.
   * They are left null and reported.
   */
  uncertain: number;
}

export const corpusCases: CorpusCase[] = [
  { file: "text/001_pingtan_2025.txt", fixture: "001_pingtan_2025", uncertain: 123 },
  { file: "text/002_pingtan_2024.txt", fixture: "002_pingtan_2024", uncertain: 95 },
  { file: "text/003_pingtan_2023.txt", fixture: "003_pingtan_2023", uncertain: 102 },
  { file: "text/004_pingtan_2022.txt", fixture: "004_pingtan_2022", uncertain: 80 },
  { file: "text/005_pingtan_2021.txt", fixture: "005_pingtan_2021", uncertain: 88 },
  { file: "text/006_pingtan_2020.txt", fixture: "006_pingtan_2020", uncertain: 64 },
  { file: "text/007_pingtan_2019.txt", fixture: "007_pingtan_2019", uncertain: 19 },
  { file: "text/008_shanghai_stcsm_2024.md", fixture: "008_shanghai_stcsm_2024", uncertain: 0 },
  { file: "text/009_shanghai_office_2025.md", fixture: "009_shanghai_office_2025", uncertain: 6 },
  { file: "text/010_shanghai_office_2019.txt", fixture: "010_shanghai_office_2019", uncertain: 0 },
  { file: "text/011_fujian_hrss_2025.txt", fixture: "011_fujian_hrss_2025", uncertain: 0 },
  { file: "text/012_fixture_hangzhou_style_2025.html", fixture: "012_fixture_hangzhou_style_2025", uncertain: 0 },
  { file: "html/pingtan_2025.html", fixture: "001_pingtan_2025", uncertain: 0 },
  { file: "html/pingtan_2024.html", fixture: "002_pingtan_2024", uncertain: 0 },
  { file: "html/pingtan_2023.html", fixture: "003_pingtan_2023", uncertain: 0 },
  { file: "html/pingtan_2022.html", fixture: "004_pingtan_2022", uncertain: 0 },
  { file: "html/pingtan_2021.html", fixture: "005_pingtan_2021", uncertain: 0 },
  { file: "html/pingtan_2020.html", fixture: "006_pingtan_2020", uncertain: 0 },
  { file: "html/pingtan_2019.html", fixture: "007_pingtan_2019", uncertain: 0 },
  { file: "html/shanghai_office_2019.html", fixture: "010_shanghai_office_2019", uncertain: 0 },
];

export const kindOf = (file: string) => (file.endsWith(".html") ? "html" : "text") as "html" | "text";
export const readCorpus = (file: string) => readFileSync(join(corpusDir(), file), "utf8");
export const readFixture = (name: string) => readFileSync(join(fixturesDir, `${name}.yaml`), "utf8");
