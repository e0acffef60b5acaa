/**
 * Globs as VS Code's settings write them (`*`, `?`, `**`, `[…]`, `{a,b}`, `\` escapes), matched without regular
 * expressions. Regex-based matchers (picomatch, minimatch) turn `*a*a*a*a*a*a*a*a` into nested lazy quantifiers
 * that backtrack for seconds on a 40-character name, and a glob can come from a report (`units:`) or a workspace's
 * settings, so neither is trusted. Here each `*` (and each `**` over path segments) keeps one resume point, as the
 * classic wildcard algorithm does: time is at most pattern length × text length per alternative, whatever the input.
 */

export interface GlobOptions {
  /** Whether `*`, `?` and `**` match names starting with `.` (VS Code: yes; `units:` globs: no). */
  dot?: boolean;
}

/** A glob whose braces would expand to more alternatives than this is refused as too complex. */
export const MAX_ALTERNATIVES = 1_000;

export class GlobError extends Error {}

type Token = { kind: "char"; char: string } | { kind: "any" } | { kind: "star" } | { kind: "class"; negated: boolean; ranges: [string, string][] };
type Segment = { kind: "globstar" } | { kind: "tokens"; tokens: Token[] };

/** The fixed folder a glob starts from and the rest (`units/*.yaml` → `units`, `*.yaml`). */
export function splitGlobBase(pattern: string): { base: string; glob: string } {
  const segments = pattern.split("/");
  let i = 0;
  while (i < segments.length - 1 && !/[*?[{\\]/.test(segments[i]!)) i++;
  const base = segments.slice(0, i).join("/") || (pattern.startsWith("/") ? "/" : "");
  return { base, glob: segments.slice(i).join("/") };
}

/** A test on `/`-separated paths. Throws GlobError for a glob that expands to too many alternatives. */
export function compileGlob(pattern: string, options: GlobOptions = {}): (path: string) => boolean {
  const alternatives = expandBraces(pattern).map(parseGlob);
  const dot = options.dot ?? false;
  return (path) => {
    const names = path.split("/");
    return alternatives.some((segments) => matchSegments(segments, names, dot));
  };
}

/** `{a,b}` alternatives, nested braces included; a `{` with no `,` at its level stays literal, as in VS Code. */
export function expandBraces(pattern: string): string[] {
  const open = findOpenBrace(pattern);
  if (open < 0) return [pattern];
  const close = matchingBrace(pattern, open);
  if (close < 0) return [pattern];
  const parts = splitTopLevel(pattern.slice(open + 1, close));
  const head = pattern.slice(0, open);
  // `{a}` is no alternation: the brace is a character, and braces after it may still be.
  if (parts.length < 2) return expandBraces(pattern.slice(open + 1)).map((rest) => `${head}\\{${rest}`);
  const tails = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const part of parts) {
    for (const inner of expandBraces(part)) {
      for (const tail of tails) {
        out.push(head + inner + tail);
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}

function findOpenBrace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "{") return i;
  }
  return -1;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "{") depth++;
    else if (s[i] === "}") depth--;
    else if (s[i] === "," && depth === 0) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

function parseGlob(pattern: string): Segment[] {
  const segments: Segment[] = [];
  for (const text of pattern.split("/")) {
    const last = segments[segments.length - 1];
    // `a/**/**/b` is `a/**/b`; a run of globstars matches the same paths as one.
    if (text === "**") {
      if (last?.kind !== "globstar") segments.push({ kind: "globstar" });
    } else segments.push({ kind: "tokens", tokens: parseSegment(text) });
  }
  return segments;
}

function parseSegment(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) tokens.push({ kind: "char", char: text[++i]! });
    else if (c === "?") tokens.push({ kind: "any" });
    else if (c === "*") {
      // `**` inside a name (`a**b`) is one star; consecutive stars resume at the same point.
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "[") {
      const parsed = parseClass(text, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: "char", char: c });
    } else tokens.push({ kind: "char", char: c });
  }
  return tokens;
}

function parseClass(text: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = text[i] === "!" || text[i] === "^";
  if (negated) i++;
  const ranges: [string, string][] = [];
  // A `]` right after `[` or `[!` is a member, as in POSIX.
  for (let first = true; i < text.length; first = false) {
    let c = text[i]!;
    if (c === "]" && !first) return { token: { kind: "class", negated, ranges }, end: i };
    if (c === "\\" && i + 1 < text.length) c = text[++i]!;
    if (text[i + 1] === "-" && i + 2 < text.length && text[i + 2] !== "]") {
      let to = text[i + 2]!;
      i += 2;
      if (to === "\\" && i + 1 < text.length) to = text[++i]!;
      ranges.push([c, to]);
    } else ranges.push([c, c]);
    i++;
  }
  return undefined;
}

/** Path segments against pattern segments; `**` resumes as `*` does, over whole names (never a dot-name unless allowed). */
function matchSegments(segments: Segment[], names: string[], dot: boolean): boolean {
  return wildcardMatch(
    segments,
    names,
    (segment) => segment.kind === "globstar",
    (segment, name) => segment.kind === "tokens" && matchName(segment.tokens, name, dot),
    (name) => dot || !name.startsWith("."),
  );
}

/** One name against one segment's tokens. */
function matchName(tokens: Token[], text: string, dot: boolean): boolean {
  if (!dot && text.startsWith(".") && tokens[0]?.kind !== "char") return false;
  // By code point, so that `?` is one character of any plane.
  return wildcardMatch(tokens, Array.from(text), (token) => token.kind === "star", (token, c) => token.kind !== "star" && matchesChar(token, c), () => true);
}

/**
 * The wildcard algorithm with a single resume point: on a mismatch, the last star takes one more item of the text
 * (if `mayTake` lets it) and matching goes on from after it. Earlier stars never need to take more, so the time is
 * at most pattern × text.
 */
function wildcardMatch<P, T>(pattern: readonly P[], text: readonly T[], isStar: (p: P) => boolean, matches: (p: P, t: T) => boolean, mayTake: (t: T) => boolean): boolean {
  let p = 0;
  let t = 0;
  let resumeP = -1;
  let resumeT = 0;
  while (t < text.length || p < pattern.length) {
    const item = pattern[p];
    if (item !== undefined && isStar(item)) {
      resumeP = p;
      resumeT = t;
      p++;
      continue;
    }
    if (item !== undefined && t < text.length && matches(item, text[t]!)) {
      p++;
      t++;
      continue;
    }
    if (resumeP >= 0 && resumeT < text.length && mayTake(text[resumeT]!)) {
      resumeT++;
      p = resumeP + 1;
      t = resumeT;
      continue;
    }
    return false;
  }
  return true;
}

function matchesChar(token: Exclude<Token, { kind: "star" }>, c: string): boolean {
  if (token.kind === "char") return token.char === c;
  if (token.kind === "any") return true;
  const inRange = token.ranges.some(([from, to]) => c >= from && c <= to);
  return inRange !== token.negated;
}
