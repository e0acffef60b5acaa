/**
 * Is this YAML a report? Core's test (a top-level `template:` key, or a `$schema=` modeline naming the
 * ogi-report schema), the one the language server and the CLI's folder scan use, so all three agree.
 */
export { looksLikeReport } from "@ogi-report/core";
