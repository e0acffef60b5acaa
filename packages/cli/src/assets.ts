import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The schema copy the package ships (scripts/build.mjs copies it from core) at the package root. This code runs
 * from src/ (tests), dist/ or dist/chunks/ (bundled), so look one and two levels up.
 */
export function shippedSchemaPath(): string {
  const candidates = ["../schema/ogi-report.schema.json", "../../schema/ogi-report.schema.json"].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}
