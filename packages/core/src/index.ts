export { checkText, type CheckOptions, type CheckResult, type InternalError, type SeveritySetting } from "./check.js";
export { checkTextGuarded } from "./guarded-check.js";
export { internalFinding, describeInternalErrors } from "./rules/internal.js";
export * from "./findings.js";
export { LineIndex, type Position, type Range } from "./positions.js";
export { applyEdits, fixAll, type FixAllResult, type PlainEdit } from "./fixes.js";
export * from "./templates/index.js";
export { cellsOf, cellIndex, toPointer, fromPointer, type CellSpec, type TableId } from "./templates/cell-specs.js";
export { generateReportSchema, SCHEMA_ID } from "./schema/generate.js";
export { allRules, reportRules, ruleMeta, isRuleId, documentRules, type RuleMeta } from "./rules/index.js";
export { cellName } from "./rules/labels.js";
export { copiedProseShare, type ProseShare } from "./rules/prose/share.js";
export { COPIED_SHARE_THRESHOLD } from "./rules/copied-prose.js";
export { reportSkeleton, partSkeleton, PROSE_PLACEHOLDER, type SkeletonOptions } from "./skeleton.js";
export {
  parseConfig,
  findConfig,
  generateConfigSchema,
  dirname,
  joinPath,
  CONFIG_FILE_NAMES,
  type OgiConfig,
  type ConfigError,
  type FileReader,
  type FoundConfig,
  type LoadedConfig,
} from "./config/config.js";
export { ruleDocMarkdown, ruleDocUrl, DOCS_BASE_URL } from "./docs.js";
export { parseYaml, parseYamlCarefully, defaultLimits, type ParseLimits } from "./yaml/parse.js";
export { fastParse } from "./yaml/fast.js";
export { nodeAt, toPlain, type TNode, type TMap, type TSeq, type TScalar, type TPair } from "./yaml/tree.js";
export { locate } from "./rules/locate.js";
export { pick } from "./text.js";
export { PLACEHOLDER, findPlaceholders, resolveReference, placeholderNames, expandPlaceholders, type PlaceholderRef } from "./placeholders.js";
export { documentAccess, type DocumentReader, type DocumentAccess } from "./cross/load.js";
export { normalisePath, resolvePath, isAbsolutePath, basename, hasGlob } from "./paths.js";
export { addDecimals, sameDecimal } from "./decimal.js";
export * from "./editor/index.js";
export { buildReportModel, type ModelSource } from "./model/build.js";
export { readReportModel, type ModelRead } from "./model/build.js";
export type { ReportModel, ModelField, ModelPart, PreviousLink, UnitEntry, ProseKey } from "./model/types.js";
export { cellValueNode, type CellRead } from "./rules/cell-reads.js";
export { modelProseShare } from "./rules/prose/share.js";
export type { OtherReport, LoadFailure } from "./cross/load.js";
export { writeReportYaml, partLines, type ReportLayout, type CellSlot } from "./layout/report-yaml.js";
export { FORM_STYLE, IMPORT_STYLE, type LayoutStyle } from "./layout/styles.js";
export { yamlString, proseBlock } from "./layout/scalars.js";
