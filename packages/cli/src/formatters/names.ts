/** The output formats, named apart from the formatters so that the check run can name one without loading them. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "codequality"] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
