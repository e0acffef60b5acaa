/**
 * Text from a report (cell values, keys, agency names, file names) shown on a terminal: control characters and
 * the invisible ones that reorder or break lines are written as `\u001b`-style escapes, so a report cannot clear
 * the screen, set the window title, overwrite a line with a bare CR or hide text behind a bidi override. JSON and
 * SARIF never go through this: JSON escapes what it must and the text stays exact.
 *
 * C0 (tab and line feed included: callers that want a line break join lines themselves), DEL and C1, the line and
 * paragraph separators, the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks
 * U+200E, U+200F, U+061C.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The first such character in `text`, escaped as terminalText shows it, or undefined when there is none. */
export function firstControlCharacter(text: string): string | undefined {
  const found = new RegExp(UNSAFE.source).exec(text);
  return found ? terminalText(found[0]) : undefined;
}
