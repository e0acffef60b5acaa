import type { Finding, Fix, Locale, RelatedLocation, RelatedRole, RuleId, Severity } from "./findings.js";
import type { LineIndex, Range } from "./positions.js";
import type { DraftFix, LazyText } from "./rules/types.js";
import type { Text } from "./templates/types.js";
import { pick } from "./text.js";

/** The words of a LazyText, made now. */
export function textOf(t: LazyText): Text {
  return typeof t === "function" ? t() : t;
}

/** A related location whose place is known as text offsets (or, in another file, as a range already). */
export interface PlacedRelated {
  file?: string;
  path: string;
  role: RelatedRole;
  message: LazyText;
  span?: { start: number; end: number };
  range?: Range;
}

/** What a finding states at once: what every presenter reads, and what ordering and counting need. */
export interface FindingHead {
  ruleId: RuleId;
  severity: Severity;
  path: string;
  range: Range;
  expected?: number | string;
  actual?: number | string | null;
}

/** What a lazy finding keeps to make its related locations and fixes, and what it made of them. */
interface Makers {
  related: readonly PlacedRelated[];
  fixes: readonly DraftFix[];
  lines: LineIndex;
  locale: Locale;
  made: { related?: RelatedLocation[]; fixes?: Fix[] };
}

/** Beside each lazy finding, out of sight of JSON, spreading, cloning and equality. */
const makersOf = new WeakMap<Finding, Makers>();

/** An own property made on first read and kept; assigning replaces it, as on a plain object. */
function lazily<K extends "related" | "fixes">(key: K, make: (m: Makers) => Finding[K]): PropertyDescriptor {
  return {
    get(this: Finding) {
      const m = makersOf.get(this)!;
      return (m.made[key] ??= make(m) as Makers["made"][K]);
    },
    set(this: Finding, value: Finding[K]) {
      makersOf.get(this)!.made[key] = value as Makers["made"][K];
    },
    enumerable: true,
    configurable: true,
  };
}

// One accessor pair per property, shared by every finding, defined in one call: object literals with getters make
// new closures for every object and cost V8 a dictionary-mode object, several times the price of what they defer.
const lazyProperties: PropertyDescriptorMap = {
  related: lazily("related", (m) => m.related.map((r) => relatedLocation(r, m.lines, m.locale))),
  fixes: lazily("fixes", (m) => m.fixes.map((f) => localFix(f, m.lines, m.locale))),
};

/**
 * A finding whose related locations (words, lines and characters) and fixes are made when a presenter first reads
 * them, then kept; its message is made in the one language asked for. `related` and `fixes` are own enumerable
 * properties, last as in the `Finding` contract (accessors, not prototype getters), so JSON.stringify, spreading,
 * structured cloning and deep equality see the same object as an eagerly built one, and assigning to them works as
 * on a plain object. What they are made from is the line index (the text and its line starts), the draft's related
 * and fixes and their words' makers; never the document's tree.
 */
export function lazyFinding(head: FindingHead, message: LazyText, related: readonly PlacedRelated[], fixes: readonly DraftFix[], lines: LineIndex, locale: Locale): Finding {
  const f = { ruleId: head.ruleId, severity: head.severity, message: pick(textOf(message), locale), path: head.path, range: head.range } as Finding;
  if (head.expected !== undefined) f.expected = head.expected;
  if (head.actual !== undefined) f.actual = head.actual;
  // Nothing to defer: a plain object (accessors cost V8 a few microseconds per finding).
  if (related.length === 0 && fixes.length === 0) {
    f.related = [];
    f.fixes = [];
    return f;
  }
  makersOf.set(f, { related, fixes, lines, locale, made: {} });
  return Object.defineProperties(f, lazyProperties);
}

function relatedLocation(r: PlacedRelated, lines: LineIndex, locale: Locale): RelatedLocation {
  const message = pick(textOf(r.message), locale);
  const range = r.range ?? (r.span ? lines.range(r.span.start, r.span.end) : lines.range(0, 0));
  return r.file !== undefined ? { file: r.file, path: r.path, range, role: r.role, message } : { path: r.path, range, role: r.role, message };
}

function localFix(f: DraftFix, lines: LineIndex, locale: Locale): Fix {
  return {
    title: pick(textOf(f.title), locale),
    safe: f.safe,
    edits: f.edits.map((e) => ({ start: e.start, end: e.end, range: lines.range(e.start, e.end), newText: e.newText })),
  };
}
