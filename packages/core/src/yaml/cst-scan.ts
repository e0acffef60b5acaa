import type { CST } from "yaml";

/** The `yaml` package's tokens of a text, and what must be settled before they are composed into nodes. */
export interface TokenScan {
  tokens: CST.Token[];
  /** The first collection nested deeper than the limit: composing it would recurse that deep. */
  tooDeep?: { start: number; end: number };
  /** `%YAML` directives naming a version other than 1.2, already rewritten to 1.2 in `tokens`. */
  otherVersions: { version: string; start: number; end: number }[];
}

const YAML_DIRECTIVE = /^%YAML[ \t]+([^ \t#]+)/;

/**
 * Measure the nesting of the tokens (from the package's lexer and parser, which keep their own stacks and never
 * recurse) with an explicit stack, so that the composer, which does recurse, only ever sees a bounded depth. A `%YAML 1.1`
 * directive would switch the composer to YAML 1.1 (`0445` read as octal): reports are YAML 1.2, so the directive is
 * rewritten to say so and reported.
 */
export function scanTokens(tokens: CST.Token[], maxDepth: number): TokenScan {
  const scan: TokenScan = { tokens, otherVersions: [] };
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of tokens) {
    if (token.type === "directive") {
      const version = YAML_DIRECTIVE.exec(token.source)?.[1];
      if (version !== undefined && version !== "1.2") {
        scan.otherVersions.push({ version, start: token.offset, end: token.offset + token.source.trimEnd().length });
        token.source = "%YAML 1.2";
      }
    } else if (token.type === "document") {
      stack.push({ token: token.value, depth: 0 });
    }
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token || (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection")) continue;
    if (depth + 1 > maxDepth) {
      scan.tooDeep = { start: token.offset, end: token.offset + 1 };
      break;
    }
    // Last item first onto the stack, so the first too deep in the text is the one found.
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      stack.push({ token: item.value, depth: depth + 1 });
      if ("key" in item) stack.push({ token: item.key, depth: depth + 1 });
    }
  }
  return scan;
}
