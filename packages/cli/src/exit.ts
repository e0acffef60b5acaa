/** The exit codes of DESIGN.md: CI scripts depend on these three meanings and nothing else. */
export const EXIT_OK = 0;
/** Findings at or above the fail threshold (errors, or more warnings than `--max-warnings`). */
export const EXIT_FINDINGS = 1;
/** Usage, config or internal error, or a file that could not be read. */
export const EXIT_TROUBLE = 2;
