import { templates, parts, type ActiveBlock, type CellKind, type Column, type Template, type TemplateId, type Text } from "../templates/index.js";

type Schema = Record<string, unknown>;

export const SCHEMA_ID = "https://ogi-report.github.io/schema/ogi-report.schema.json";

function titled(label: Text, description?: Text, extra = ""): Schema {
  const out: Schema = { title: `${label.zh} / ${label.en}` };
  if (description) {
    out.description = `${description.zh}\n${description.en}`;
    out.markdownDescription = `**${label.zh}** — ${label.en}\n\n${description.zh}\n\n${description.en}${extra}`;
  } else {
    out.markdownDescription = `**${label.zh}** — ${label.en}${extra}`;
  }
  return out;
}

function valueSchema(kind: CellKind): Schema {
  switch (kind) {
    case "count":
      return { type: "integer", minimum: 0 };
    case "signedCount":
      return { type: "integer" };
    case "wanYuan":
      return { type: "number", minimum: 0 };
    case "amountText":
      return { type: ["string", "number"] };
  }
}

const kindText: Record<CellKind, Text> = {
  count: { zh: "件数：不小于 0 的整数；没有请填 0，不要空白。", en: "A count: whole number ≥ 0; write 0 for none, never blank." },
  signedCount: { zh: "增减数：整数，可为负数。", en: "A change: whole number, may be negative." },
  wanYuan: { zh: "金额（万元）：不小于 0 的小数，按公布的位数填写。", en: "Amount in 10,000 yuan: a decimal ≥ 0, as many places as published." },
  amountText: { zh: "金额，按原文保留单位（如「73802895.90元」）。", en: "An amount with its unit as written (e.g. 「73802895.90元」)." },
};

/** A cell: a bare value, or `{ value, note }` when the published cell carries a note (「55（含自然失效29件）」). */
function kindDefinition(kind: CellKind): Schema {
  return {
    description: `${kindText[kind].zh}\n${kindText[kind].en}`,
    anyOf: [
      valueSchema(kind),
      {
        type: "object",
        title: "带注释的单元格 / Cell with a note",
        required: ["value"],
        properties: { value: valueSchema(kind), note: { type: "string", title: "注释 / Note" } },
        additionalProperties: false,
      },
    ],
  };
}

/** Annotations beside a reference: `allOf` keeps them valid draft-07 (siblings of `$ref` are ignored there). */
function cellSchema(kind: CellKind, label: Text, extra?: Text): Schema {
  const description: Text = extra ? { zh: `${extra.zh}\n${kindText[kind].zh}`, en: `${extra.en}\n${kindText[kind].en}` } : kindText[kind];
  return { ...titled(label, description), allOf: [{ $ref: `#/definitions/${kind}` }] };
}

const noteSchema: Schema = { type: "string", title: "表注 / Table note", description: "表格下方的说明（如：含往年结转案件）。\nA note printed with the table." };

function activeBlockRows(block: ActiveBlock, out: Record<string, Schema>) {
  for (const row of block.rows) {
    const where: Text = { zh: `${block.item.zh}「${row.label.zh}」`, en: `${block.item.en}: ${row.label.en}` };
    if (row.single) {
      out[row.key] = cellSchema(block.columns[0]!.kind, row.label, { zh: `${where.zh}，${block.columns[0]!.label.zh}`, en: `${where.en}, ${block.columns[0]!.label.en}` });
      continue;
    }
    const props: Record<string, Schema> = {};
    for (const column of block.columns) props[column.key] = cellSchema(column.kind, column.label, where);
    out[row.key] = {
      ...titled(row.label, where, `\n\n${block.columns.map((c) => `\`${c.key}\`: ${c.label.zh}`).join(" · ")}`),
      type: "object",
      required: block.columns.map((c) => c.key),
      properties: props,
      additionalProperties: false,
      defaultSnippets: [{ label: `${row.label.zh} (${block.columns.length})`, body: Object.fromEntries(block.columns.map((c) => [c.key, c.kind === "amountText" ? "0元" : 0])) }],
    };
  }
}

function activeDisclosureSchema(template: Template): Schema {
  const properties: Record<string, Schema> = {};
  for (const block of template.activeDisclosure) activeBlockRows(block, properties);
  properties.note = noteSchema;
  const part = parts.find((p) => p.key === "activeDisclosure")!;
  return {
    ...titled(part.heading, part.description),
    type: "object",
    required: template.activeDisclosure.flatMap((b) => b.rows.map((r) => r.key)),
    properties,
    additionalProperties: false,
  };
}

/** The shape of a row of figures, defined once per table (positions labelled 自然人 … 总计). */
function rowDefinition(columns: { label: Text; group?: Text }[], kind: CellKind): Schema {
  return {
    type: "array",
    minItems: columns.length,
    maxItems: columns.length,
    items: columns.map((c, i) =>
      cellSchema(kind, c.group ? { zh: `${c.group.zh}·${c.label.zh}`, en: `${c.group.en}: ${c.label.en}` } : c.label, { zh: `第 ${i + 1} 栏`, en: `Column ${i + 1}` }),
    ),
    additionalItems: false,
  };
}

function rowSchema(label: Text, groups: Text[], columns: { label: Text; group?: Text }[], definition: string): Schema {
  const path = [...groups.map((g) => g.zh), label.zh].join(" › ");
  const header = `\n\n| ${columns.map((c) => c.label.zh).join(" | ")} |\n|${columns.map(() => "---").join("|")}|`;
  return {
    ...titled(label, { zh: `${path}。按表中顺序填写 ${columns.length} 个数：${columns.map((c) => c.label.zh).join("、")}。`, en: `${columns.length} figures in printed order: ${columns.map((c) => c.label.en).join(", ")}.` }, header),
    allOf: [{ $ref: `#/definitions/${definition}` }],
    defaultSnippets: [{ label: `[${columns.map(() => "0").join(", ")}]`, body: columns.map(() => 0) }],
  };
}

function applicationsSchema(template: Template): Schema {
  const part = parts.find((p) => p.key === "applications")!;
  const root: Schema = {
    ...titled(part.heading, { zh: `${part.description.zh}\n${template.applicationsNote.zh}`, en: `${part.description.en}\n${template.applicationsNote.en}` }),
    type: "object",
    properties: { note: noteSchema } as Record<string, Schema>,
    required: [] as string[],
    additionalProperties: false,
  };
  for (const row of template.applicationRows) {
    let node = root;
    row.path.forEach((segment, i) => {
      const props = node.properties as Record<string, Schema>;
      const required = node.required as string[];
      if (!required.includes(segment)) required.push(segment);
      if (i === row.path.length - 1) {
        props[segment] = rowSchema(row.label, row.groups, template.applicantColumns, "applicantRow");
        return;
      }
      if (!props[segment]) {
        const group = row.groups[i] ?? row.groups[row.groups.length - 1]!;
        props[segment] = { ...titled(group), type: "object", properties: {}, required: [], additionalProperties: false };
      }
      node = props[segment]!;
    });
  }
  return root;
}

function reviewSchema(template: Template): Schema {
  const part = parts.find((p) => p.key === "reviewAndLitigation")!;
  const properties: Record<string, Schema> = { note: noteSchema };
  for (const group of template.reviewGroups) {
    properties[group.key] = rowSchema(group.label, group.group ? [group.group] : [], template.reviewColumns, "reviewRow");
  }
  return {
    ...titled(part.heading, part.description),
    type: "object",
    required: template.reviewGroups.map((g) => g.key),
    properties,
    additionalProperties: false,
  };
}

function proseSchema(key: string): Schema {
  const part = parts.find((p) => p.key === key)!;
  return { ...titled(part.heading, part.description), type: "string", minLength: 1, defaultSnippets: [{ label: part.heading.zh, bodyText: "|\n  ${1}" }] };
}

const byTemplate = (id: TemplateId) => ({ properties: { template: { const: id } }, required: ["template"] });

/** The published schema: draft-07, one file for both templates, chosen by `template`. */
export function generateReportSchema(): Schema {
  const t2021 = templates["2021"];
  const t2019 = templates["2019"];
  const properties: Record<string, Schema> = {
    template: {
      title: "格式 / Template",
      description: "年度报告格式：\"2021\"（国办公开办函〔2021〕30号，2021 年度起）或 \"2019\"（〔2019〕60号，2019—2020 年度）。\nThe national template: \"2021\" (reports for 2021 on) or \"2019\" (2019–2020).",
      markdownDescription: "**格式 / Template**\n\n- `\"2021\"` — 国办公开办函〔2021〕30号，2021 年度及以后\n- `\"2019\"` — 国办公开办函〔2019〕60号（试行），2019、2020 年度",
      type: "string",
      enum: ["2021", "2019"],
    },
    agency: { title: "机关名称 / Agency", description: "发布报告的行政机关全称。\nThe publishing body's full name.", type: "string", minLength: 1 },
    year: { title: "报告年度 / Report year", description: "报告所涵盖的年度（如 2025）。\nThe year reported on.", type: "integer", minimum: 2008, maximum: 2100 },
    title: { title: "标题 / Title", type: "string" },
    level: {
      title: "机关类别 / Kind of agency",
      description:
        "government：人民政府（年度报告于次年 3 月 31 日前公布）；department：人民政府部门（次年 1 月 31 日前公布）。不写时按机关名称推断。\ngovernment: a people's government (report due by 31 March of the next year); department: a government department (due by 31 January). Inferred from the agency's name when absent.",
      type: "string",
      enum: ["government", "department"],
    },
    published: { title: "发布日期 / Publication date", description: "YYYY-MM-DD", type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    source: { title: "来源 / Source", description: "原文网址或文件。\nWhere the published report is.", type: "string" },
    preamble: { title: "引言 / Preamble", description: "「一、总体情况」之前的文字。\nText before part 1.", type: "string" },
    previous: { title: "上一年度报告 / Previous report", description: "上一年度报告 YAML 的路径，用于跨年度检查。\nPath of last year's report, for the cross-year checks.", type: "string" },
    units: {
      title: "下属单位报告 / Unit reports",
      description: "汇总报告所汇总的各单位报告（路径或通配符）。\nFor a summary report: its units' reports (paths or globs).",
      type: "array",
      items: { type: "string" },
    },
    overview: proseSchema("overview"),
    activeDisclosure: { title: parts[1]!.heading.zh + " / " + parts[1]!.heading.en, type: "object" },
    applications: { title: parts[2]!.heading.zh + " / " + parts[2]!.heading.en, type: "object" },
    reviewAndLitigation: reviewSchema(t2021),
    problems: proseSchema("problems"),
    otherMatters: proseSchema("otherMatters"),
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "政府信息公开工作年度报告 / Annual report on open government information",
    description: "OGI Report 年度报告格式（YAML）。\nThe OGI Report YAML format for China's annual open-government-information reports.",
    type: "object",
    required: ["template", "agency", "year", ...parts.map((p) => p.key)],
    properties,
    additionalProperties: false,
    allOf: [
      {
        if: byTemplate("2019"),
        then: { properties: { activeDisclosure: { $ref: "#/definitions/activeDisclosure2019" }, applications: { $ref: "#/definitions/applications2019" } } },
        else: { properties: { activeDisclosure: { $ref: "#/definitions/activeDisclosure2021" }, applications: { $ref: "#/definitions/applications2021" } } },
      },
    ],
    definitions: {
      count: kindDefinition("count"),
      signedCount: kindDefinition("signedCount"),
      wanYuan: kindDefinition("wanYuan"),
      amountText: kindDefinition("amountText"),
      applicantRow: rowDefinition(t2021.applicantColumns, "count"),
      reviewRow: rowDefinition(t2021.reviewColumns, "count"),
      activeDisclosure2021: activeDisclosureSchema(t2021),
      activeDisclosure2019: activeDisclosureSchema(t2019),
      applications2021: applicationsSchema(t2021),
      applications2019: applicationsSchema(t2019),
    },
    defaultSnippets: [
      {
        label: "政府信息公开工作年度报告（2021 格式）",
        body: { template: "2021", agency: "${1:机关名称}", year: 2025 },
      },
    ],
  };
}

export type { Column };

const CELL_KINDS = new Set(["count", "signedCount", "wanYuan", "amountText"].map((k) => `#/definitions/${k}`));

/**
 * The schema the `schema` rule runs: the published one without the cell types. Cells are `cell-value` and
 * `cell-blank`'s (the rule drops ajv's errors inside a cell), so checking them twice only costs time.
 */
export function structuralSchema(schema: Schema): Schema {
  const ANNOTATIONS = new Set(["title", "description", "markdownDescription", "defaultSnippets"]);
  // `names`: the node is a map of names to schemas (properties, definitions), whose keys are not keywords.
  const strip = (node: unknown, names = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => strip(n));
    if (!node || typeof node !== "object") return node;
    const allOf = (node as { allOf?: { $ref?: string }[] }).allOf;
    if (!names && allOf?.length === 1 && CELL_KINDS.has(allOf[0]!.$ref ?? "")) return {};
    const out: Schema = {};
    for (const [k, v] of Object.entries(node)) {
      if (!names && ANNOTATIONS.has(k)) continue;
      out[k] = strip(v, !names && (k === "properties" || k === "definitions"));
    }
    return out;
  };
  const out = strip(schema) as Schema & { definitions: Record<string, unknown> };
  for (const k of ["count", "signedCount", "wanYuan", "amountText"]) delete out.definitions[k];
  return out;
}
