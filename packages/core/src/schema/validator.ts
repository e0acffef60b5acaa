import type { ErrorObject } from "ajv";
import { validate } from "./validate-report.generated.js";

/**
 * The validator of the report schema's structure (cells are cell-value's), precompiled at build time (ajv standalone): nothing to compile at start-up,
 * no ajv and no `new Function` at run time, so the same code runs in a CLI, a server and a strict-CSP page.
 * A test proves it is the code ajv makes from the published schema today.
 */
export function validateReport(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export type { ErrorObject };
