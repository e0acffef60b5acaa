/** Text or attribute value, safe in HTML: nothing a report says becomes markup. */
export const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JSON as a single-quoted attribute value: its many double quotes stay one character each. */
export const jsonAttribute = (value: unknown): string => `'${JSON.stringify(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;")}'`;
