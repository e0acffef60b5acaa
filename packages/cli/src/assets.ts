import { fileURLToPath } from "node:url";

/**
 * The schema copy the package ships (scripts/build.mjs copies it from core). This file sits one level below
 * the package root both as source (src/) and bundled (dist/), so one relative URL serves both.
 */
export function shippedSchemaPath(): string {
  return fileURLToPath(new URL("../schema/ogi-report.schema.json", import.meta.url));
}
