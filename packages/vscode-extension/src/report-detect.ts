/**
 * Is this YAML a report? The same test as the language server and the CLI's folder scan: a top-level
 * `template:` key, or a `$schema=` modeline naming the ogi-report schema. Kept here (two regexes) rather than
 * imported, so the extension bundle does not pull in the server library; a test holds the two together.
 */
export function looksLikeReport(text: string): boolean {
  return /^template[ \t]*:/m.test(text) || /\$schema=\S*ogi-report/.test(text);
}
