/** The server runs on all YAML; core's test decides what is a report, the same one the CLI's folder scan uses. */
export { looksLikeReport } from "@ogi-report/core";
