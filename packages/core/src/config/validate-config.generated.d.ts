// Types for the precompiled config validator written by scripts/write-generated.mjs.
import type { ValidateFunction } from "ajv";
export declare const validateConfig: ValidateFunction;
export default validateConfig;
