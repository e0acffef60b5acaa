import { escapeAttribute, escapeText } from "@ogi-report/render/html-escape";

/** Text or attribute value, safe in HTML: nothing a report says becomes markup (the renderer's one escaper). */
export const esc = escapeAttribute;

/** JSON as a single-quoted attribute value: its many double quotes stay one character each. */
export const jsonAttribute = (value: unknown): string => `'${escapeText(JSON.stringify(value)).replace(/'/g, "&#39;")}'`;
