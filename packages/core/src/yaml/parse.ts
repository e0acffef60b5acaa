import { Composer, isAlias, isMap, isScalar, isSeq, Parser, type Document, type Node as YNode } from "yaml";
import type { TMap, TNode, TPair, TScalar } from "./tree.js";
import { fastParse } from "./fast.js";
import { scanTokens, type TokenScan } from "./cst-scan.js";
import { LineIndex } from "../positions.js";

/** A problem with the YAML text itself, reported as `yaml-syntax`. */
export interface SyntaxProblem {
  code:
    | "too-large"
    | "syntax"
    | "duplicate-key"
    | "alias-limit"
    | "too-deep"
    | "custom-tag"
    | "complex-key"
    | "not-a-mapping"
    | "yaml-version"
    | "internal";
  message: string;
  start: number;
  end: number;
  /** The problem makes the document unusable: no other rule runs. */
  fatal: boolean;
}

export interface ParseLimits {
  /** Characters; a larger text is one finding and nothing else. */
  maxLength: number;
  /** Nodes reached through aliases, in total: more is an alias bomb. */
  maxAliasNodes: number;
  maxDepth: number;
}

export const defaultLimits: ParseLimits = { maxLength: 20_000_000, maxAliasNodes: 10_000, maxDepth: 64 };

export interface ParsedYaml {
  root: TNode | undefined;
  problems: SyntaxProblem[];
}

const standardTags = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);

/**
 * Parse a report: the fast reader for the plain YAML reports are written in, else the `yaml` package.
 * Never throws, never expands an alias bomb.
 */
export function parseYaml(text: string, limits: ParseLimits = defaultLimits): ParsedYaml {
  if (text.length <= limits.maxLength) {
    const root = fastParse(text, limits.maxDepth);
    if (root) return { root, problems: [] };
  }
  return parseYamlCarefully(text, limits);
}

/** The careful path: the `yaml` package, with every error and position it knows. */
export function parseYamlCarefully(text: string, limits: ParseLimits = defaultLimits): ParsedYaml {
  if (text.length > limits.maxLength) {
    return {
      root: undefined,
      problems: [
        {
          code: "too-large",
          message: `${text.length} > ${limits.maxLength}`,
          start: 0,
          end: Math.min(text.length, firstLineEnd(text)),
          fatal: true,
        },
      ],
    };
  }
  // A lone CR ends a line in YAML as in LSP, but the yaml package reads only LF and CRLF: it reads the text with each
  // lone CR as an LF, which keeps every offset (block scalars then hold LF, as they do for CRLF).
  const yamlText = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  const scan = scanTokens(Array.from(new Parser().parse(yamlText)), limits.maxDepth);
  if (scan.tooDeep) {
    return { root: undefined, problems: [{ code: "too-deep", message: String(limits.maxDepth), ...scan.tooDeep, fatal: true }] };
  }
  const problems: SyntaxProblem[] = scan.otherVersions.map((v) => ({ code: "yaml-version", message: v.version, start: v.start, end: v.end, fatal: false }));
  let doc: Document.Parsed;
  try {
    const composed = compose(scan, text.length);
    doc = composed.doc;
    if (composed.second) {
      const [start, end] = composed.second;
      problems.push({ code: "syntax", message: "a report is one YAML document; another starts here", start, end: Math.min(end, start + 3), fatal: true });
    }
  } catch (error) {
    // Not expected (the depth is bounded above), but a reader that throws must still leave a finding.
    return { root: undefined, problems: [...problems, { code: "internal", message: String((error as Error)?.message ?? error), start: 0, end: 0, fatal: true }] };
  }
  // One error tends to cascade: keep the first on each line, and at most ten in all.
  const linesSeen = new Set<number>();
  const lines = new LineIndex(yamlText);
  for (const e of doc.errors) {
    const line = lines.position(e.pos[0]).line;
    if (linesSeen.has(line) || problems.length >= 10) continue;
    linesSeen.add(line);
    // The key's text up to its colon (the pattern matches at every offset, if only the empty string).
    const duplicateKey = e.code === "DUPLICATE_KEY" ? /^[^:\n]*/.exec(yamlText.slice(e.pos[0], e.pos[0] + 1024))![0].trim() : "";
    problems.push({
      // yaml's RESOURCE_EXHAUSTION comes only from toJS(), which is never called here: the alias limit is ours.
      code: e.code === "DUPLICATE_KEY" ? "duplicate-key" : "syntax",
      // For a duplicate key, name the key: the parser's own text says only "Map keys must be unique".
      message: e.code === "DUPLICATE_KEY" ? duplicateKey : shortMessage(e.message),
      start: e.pos[0],
      end: Math.max(e.pos[1], e.pos[0] + duplicateKey.length),
      fatal: e.code !== "DUPLICATE_KEY",
    });
  }
  if (problems.some((p) => p.fatal)) return { root: undefined, problems };
  const builder = new TreeBuilder(doc, yamlText, limits, problems);
  let root: TNode | undefined;
  try {
    root = doc.contents ? builder.build(doc.contents as YNode, 0) : undefined;
  } catch (error) {
    if (!(error instanceof Abort)) {
      problems.push({ code: "internal", message: String((error as Error)?.message ?? error), start: 0, end: 0, fatal: true });
    }
    root = undefined;
  }
  // An empty document is an empty report: the schema and section rules say what is missing.
  if (!root && !doc.contents && problems.length === 0) root = { kind: "map", flow: false, start: 0, end: 0, pairs: [] };
  if (root && root.kind !== "map") {
    problems.push({ code: "not-a-mapping", message: root.kind, start: root.start, end: root.end, fatal: true });
    root = undefined;
  }
  return { root, problems };
}

/** What `parseDocument` does, on tokens already scanned: the first document, and where a second one starts. */
function compose(scan: TokenScan, length: number): { doc: Document.Parsed; second?: [number, number] } {
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false, strict: true, version: "1.2" });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(scan.tokens, true, length)) {
    if (doc) return { doc, second: [next.range[0], next.range[1]] };
    doc = next;
  }
  return { doc: doc! };
}

/**
 * The parser's message, up to the first line break of the source it quotes (JSON-escaped, so `\\n`): a message
 * quotes no whole block of prose, and says the same whatever the file's line ends.
 */
function shortMessage(message: string): string {
  const line = message.split("\n")[0]!;
  const cut = line.search(/\\r|\\n/);
  if (cut === -1) return line;
  return line.slice(0, cut) + (line.includes(': "') ? '…"' : "…");
}

/**
 * One pair per key, the last copy of each: a duplicate key is a yaml-syntax error that no comment silences, and the
 * rules check the copy that YAML readers which do accept duplicates (JSON.parse, PyYAML, SnakeYAML) keep.
 */
function lastCopies(pairs: TPair[]): TPair[] {
  const last = new Map<string, TPair>();
  for (const p of pairs) last.set(p.key, p);
  return last.size === pairs.length ? pairs : pairs.filter((p) => last.get(p.key) === p);
}

class Abort extends Error {}

/** The end of the first line, within its first 200 characters. */
function firstLineEnd(text: string): number {
  const head = text.slice(0, 200);
  const i = head.search(/[\r\n]/);
  return i === -1 ? head.length : i;
}

class TreeBuilder {
  private aliasNodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly limits: ParseLimits,
    private readonly problems: SyntaxProblem[],
  ) {}

  private fail(problem: SyntaxProblem): never {
    this.problems.push(problem);
    throw new Abort();
  }

  build(node: YNode, depth: number, viaAlias = false): TNode {
    if (viaAlias && ++this.aliasNodes > this.limits.maxAliasNodes) {
      this.fail({ code: "alias-limit", message: String(this.limits.maxAliasNodes), start: 0, end: 0, fatal: true });
    }
    // The composer gives every node it makes a range (value start, value end, node end).
    const [start, valueEnd, end] = node.range!;
    if (depth > this.limits.maxDepth) {
      this.fail({ code: "too-deep", message: String(this.limits.maxDepth), start, end: Math.min(end, start + 1), fatal: true });
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) this.fail({ code: "syntax", message: `unresolved alias *${node.source}`, start, end, fatal: true });
      const built = this.build(target as YNode, depth, true);
      return { ...built, start, end: valueEnd };
    }
    const tag = node.tag;
    if (tag && !standardTags.has(tag)) {
      this.problems.push({ code: "custom-tag", message: tag, start, end: Math.min(end, start + tag.length + 1), fatal: false });
    }
    if (isScalar(node)) {
      const scalar: TScalar = {
        kind: "scalar",
        value: tag && !standardTags.has(tag) ? node.source ?? node.value : node.value,
        source: this.text.slice(start, valueEnd),
        quoted: node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE",
        start,
        end: valueEnd,
      };
      if (tag) scalar.tag = tag;
      return scalar;
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.build(item as YNode, depth + 1, viaAlias));
      // A block collection ends where its last value ends (yaml's own end also takes in trailing lines).
      const seqEnd = node.flow ? valueEnd : (items[items.length - 1]?.end ?? start);
      return { kind: "seq", flow: !!node.flow, start, end: seqEnd, items };
    }
    if (isMap(node)) {
      const map: TMap = { kind: "map", flow: !!node.flow, start, end: valueEnd, pairs: [] };
      for (const pair of node.items) {
        // A key left out (`: 2`) is composed as an empty scalar too, so every pair has a key node.
        const keyNode = pair.key as YNode;
        const [keyStart, keyEnd, keyNodeEnd] = keyNode.range!;
        if (!isScalar(keyNode)) {
          this.problems.push({ code: "complex-key", message: "", start: keyStart, end: keyNodeEnd, fatal: false });
          continue;
        }
        const key = String(keyNode.value);
        const valueNode = pair.value as YNode | null;
        const value: TNode = valueNode
          ? this.build(valueNode, depth + 1, viaAlias)
          : { kind: "scalar", value: null, source: "", quoted: false, start: keyEnd + 1, end: keyEnd + 1 };
        map.pairs.push({ key, keyStart, keyEnd, value });
      }
      if (!map.flow) map.end = map.pairs.length ? map.pairs[map.pairs.length - 1]!.value.end : start;
      map.pairs = lastCopies(map.pairs);
      return map;
    }
    return this.fail({ code: "syntax", message: "unknown node", start, end, fatal: true });
  }
}
