import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

/**
 * Hostile inputs for every front end: what an attacker, a broken crawler or a careless paste produces. Each
 * generator mixes report fragments with the shapes that once cost a tool its time or its life (deep nesting,
 * long sentences full of phrases, unclosed placeholders, control characters, odd line ends, huge numbers).
 */

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const seed = readFileSync(join(repoRoot, "examples", "seed-2025.yaml"), "utf8");

/**
 * fast-check's settings for the suite: a fixed seed so CI is repeatable (OGI_FUZZ_SEED=<n> for another, or
 * "random"), and the number of runs scaled by OGI_FUZZ_RUNS (1 = the CI budget).
 */
export function fuzzParams(runs: number): fc.Parameters<unknown> {
  const seedSetting = process.env.OGI_FUZZ_SEED;
  const scale = Number(process.env.OGI_FUZZ_RUNS ?? "1") || 1;
  return {
    numRuns: Math.max(1, Math.round(runs * scale)),
    ...(seedSetting === "random" ? {} : { seed: Number(seedSetting ?? 20261207) }),
    endOnFailure: true,
  };
}

/** An input, shown in a failure report by its start and length (a counterexample may be megabytes). */
export interface Input {
  text: string;
}

function shown(text: string): Input {
  return { text, [fc.toStringMethod]: () => `${JSON.stringify(text.slice(0, 160))}… (${text.length} characters)` } as Input;
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

/** Pieces that each once broke or slowed something, at a size that shows it without making the suite slow. */
const hostileProse = fc.oneof(
  fc.constantFrom("本年新收申请1件，", "予以公开1件", "行政复议1件", "1件办结", "收到", "收到申请", "2024年", "{{", "{{ ", "}}", "{{a}}", "{{ a b", "。", "；", "\n\n", "一、").chain((unit) =>
    fc.integer({ min: 1, max: 20_000 }).map((n) => repeatTo(unit, n)),
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("\u0000", "\u001b[2J", "\r", "\u2028", "\u2029", "\ufeff", "\u3000", "\u00a0", "\ud800", "\udfff", "\t", "\\", '"', "'", "#", ": ", "- ", "&a ", "*a", "!!js/function "),
);

/** A whole figure, or something that looks like one and is not. */
const hostileScalar = fc.oneof(
  fc.integer({ min: -5, max: 1000 }).map(String),
  fc.constantFrom("9".repeat(400), "1e400", ".inf", "-.nan", "0x1F", "0o17", "0445", "1_000", "~", "null", "''", "\"\"", "[]", "{}", "-", "|", ">", "!!binary x", "*a", "&a 1", "0.1", "１２３"),
);

/** Nesting deep enough to overflow a recursive reader that does not limit it. */
const deepNesting = fc.constantFrom("{a: ", "[", "- ", "{", "[{a: [").chain((open) =>
  // Deeper than any reader's limit; not so deep that the careful reader's own time (seconds at 20,000 levels,
  // for the YAML readers' owners to bound) drowns what this suite looks for.
  fc.integer({ min: 100, max: 2000 }).map((n) => {
    const close = open === "{a: " ? "}" : open === "[" ? "]" : open === "{" ? "}" : open === "[{a: [" ? "]}]" : "";
    return repeatTo(open, n * open.length) + "x" + close.repeat(n);
  }),
);

/** A row of a table-3 line, broken in one of many ways. */
const hostileRow = fc.array(hostileScalar, { maxLength: 9 }).map((cells) => `[${cells.join(", ")}]`);

/** Edits of the seed: a line replaced, a key's value replaced, text inserted anywhere. */
const hostileYamlText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.nat(), hostileProse).map(([at, piece]) => {
    const i = at % (seed.length + 1);
    return seed.slice(0, i) + piece + seed.slice(i);
  }),
  hostileProse.map((p) => seed.replace(/overview: \|\n[\s\S]*?\n\n/, `overview: |\n  ${p.replace(/\n/g, "\n  ")}\n\n`)),
  hostileRow.map((row) => seed.replace(/newReceived: +\[[^\]]*\]/, `newReceived: ${row}`)),
  deepNesting.map((d) => seed.replace("licensing: 0", `licensing: ${d}`)),
  deepNesting,
  fc.tuple(fc.constantFrom("\n", "\r\n", "\r"), fc.boolean()).map(([eol, bom]) => (bom ? "\ufeff" : "") + seed.replace(/\n/g, eol)),
  fc.constantFrom("%YAML 1.1\n---\n" + seed, "--- key: v\n" + seed, seed + "\n...\n" + seed, "", "\u0000\u0001", "a: &a [*a]\n", "- 1\n- 2\n", seed.replace("year: 2025", "year　: 2025")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

/** Published pages as a crawler or an attacker may hand them over. */
const hostileHtmlText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("<table>", "<tr>", "<td>", "</td>", "<td colspan=999999>", "<td rowspan=999999>", "<div>", "<p>", "&amp;", "&#x0;", "<!--", "<script>alert(1)</script>", "<br>", "本年新收", "309", "{{applications.newReceived.total}}")
    .chain((unit) => fc.integer({ min: 1, max: 5000 }).map((n) => repeatTo(unit, n * unit.length)))
    .map((body) => `<html><body>${body}</body></html>`),
  fc.array(fc.constantFrom("<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<td colspan=4000>", "<th rowspan=3000>", "一、本年新收政府信息公开申请数量", "309", "总计", "<b>", "</b>", "&nbsp;", "\u0000"), { maxLength: 400 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 400 }),
);

/** Plain text as pdftotext, a CMS export or a paste gives it. */
const hostileTextText: fc.Arbitrary<string> = fc.oneof(
  hostileProse,
  fc.array(fc.constantFrom("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "309", "0", "|", "\t", " ", "\n", "\r\n", "总计", "（一）予以公开", "{{", "1".repeat(300)), { maxLength: 600 }).map((p) => p.join("")),
  // A label and its figure far apart on one line. The text importer takes 47 s at 90,000 spaces (reported; its
  // owner bounds it): this suite stays at a size it answers now, and should grow once it is linear.
  fc.integer({ min: 1, max: 8000 }).map((n) => "本年新收" + " ".repeat(n) + "309"),
);

export const hostileYaml = hostileYamlText.map(shown);
export const hostileHtml = hostileHtmlText.map(shown);
export const hostileText = hostileTextText.map(shown);

/** The time one input may take, each front end's own; generous, since two cores serve eight sessions. */
export const BOUND_MS = { core: 3000, import: 3000, render: 3000, server: 8000, cli: 20_000, page: 20_000 } as const;

/** Run `fn`, fail when it takes longer than `bound` ms (a hang shows as a slow input, with its size). */
export function timed<T>(what: string, input: string, bound: number, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > bound) throw new Error(`${what} took ${Math.round(ms)} ms (bound ${bound} ms) on an input of ${input.length} characters: ${JSON.stringify(input.slice(0, 120))}…`);
  return out;
}
