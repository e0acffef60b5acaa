/**
 * What an editor needs besides findings, shared by the language server and the web page: what is at an offset,
 * which cell a path names, the sums a total must equal, where the cursor is in half-typed YAML, and where a
 * suppression comment goes. Protocol-free: each front end turns these into its own hover, completion and edits.
 */
export { hitAt, type TreeHit } from "./tree-at.js";
export { cellSpec, cellAtPath, cellNode } from "./cell-at-path.js";
export { formulasOf, evaluate, type Formula, type Evaluated } from "./totals.js";
export { cursorContext, type CursorContext, type Lines } from "./cursor-context.js";
export { suppressEdit } from "./suppress-edit.js";
export { keyInfo, metaKeyInfo, metaKeyNames, type KeyInfo } from "./key-info.js";
export { keyCandidates, valueCandidates, declaredTemplate, zeroRow, type Candidate } from "./completion.js";
