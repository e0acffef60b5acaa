import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import { generateReportSchema } from "./generate.js";

// ajv ships CommonJS with `default` on the export; NodeNext and bundlers disagree on which one `import` gives.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as unknown as typeof AjvModule.default;

let validate: ValidateFunction | undefined;

/** Compiled once, on first use: compiling costs tens of milliseconds. */
export function reportValidator(): ValidateFunction {
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, inlineRefs: false });
    validate = ajv.compile(generateReportSchema());
  }
  return validate;
}

export function validateReport(value: unknown): ErrorObject[] {
  const v = reportValidator();
  return v(value) ? [] : [...(v.errors ?? [])];
}

export type { ErrorObject };
