// The schema Red Hat's YAML extension gets (package.json `yamlValidation`, and its contributor API): the
// published schema with the validation keywords taken out. It keeps everything completion and hover use —
// properties, titles, descriptions, snippets, and the template/year conditions that choose the right keys — so
// that extension completes reports but reports no problem of its own: problems come from ogi, once (see
// src/yaml-extension-overlap.ts). `enum` becomes `examples`, which it still offers as values.
const VALIDATION = new Set([
  "type", "required", "additionalProperties", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
  "multipleOf", "const", "not", "format", "propertyNames", "contains", "dependencies", "additionalItems",
]);

/** Keywords whose value is a map of names to schemas (a property named `type` is not the keyword). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs"]);

export function completionSchema(schema) {
  const out = strip(schema, false);
  // Its own identity: editors cache schemas by $id, and this one must never stand in for the published one.
  if (typeof out.$id === "string") out.$id = out.$id.replace(/ogi-report\.schema\.json$/, "ogi-report.completion.schema.json");
  return out;
}

function strip(node, insideCondition) {
  if (Array.isArray(node)) return node.map((n) => strip(n, insideCondition));
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // An `if` is a test, not a constraint: it must keep its keywords to pick the right branch.
    if (key === "if") out[key] = value;
    else if (!insideCondition && VALIDATION.has(key)) continue;
    else if (!insideCondition && key === "enum") out.examples = value;
    else if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, insideCondition)]));
    } else if (key === "defaultSnippets" || key === "examples" || key === "default") out[key] = value;
    else out[key] = strip(value, insideCondition);
  }
  return out;
}
