// Types for the precompiled validator written by scripts/write-generated.mjs.
import type { ValidateFunction } from "ajv";
export declare const validate: ValidateFunction;
export default validate;
