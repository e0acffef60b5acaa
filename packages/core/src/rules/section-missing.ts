import { PROSE_PLACEHOLDER, partSkeleton } from "../skeleton.js";
import { pairOf } from "../yaml/tree.js";
import type { Rule } from "./types.js";

/** What authors write in 「五」 when they mean "nothing": not acceptable there. */
const EMPTY_PROSE = /^[\s。.、；;：:]*(无|没有|暂无|无。|none|n\/?a|（待填写）)?[\s。.、；;]*$/i;

export const sectionMissing: Rule = {
  meta: {
    id: "section-missing",
    defaultSeverity: "error",
    title: { zh: "六个部分齐全且不为空", en: "All six parts present and not empty" },
    description: {
      zh: "年度报告必须包含一至六全部六个部分，且不得为空；「五、存在的主要问题及改进情况」不得只写「无」。",
      en: "The report must contain all six parts, none empty; part 5 (problems and improvements) must not be just 「无」 (none).",
    },
    basis: {
      zh: "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号 年度报告格式的六个部分。",
      en: "Art. 50 of the Regulations on Open Government Information; the six parts of the national format.",
    },
    fixable: true,
    scope: "document",
  },
  check(ctx) {
    const missing: string[] = [];
    for (const part of ctx.template.parts) {
      const pair = pairOf(ctx.root, part.key);
      const heading = part.heading;
      if (!pair) {
        missing.push(part.key);
        const insertAt = ctx.text.length;
        const lead = ctx.text.length === 0 || ctx.text.endsWith("\n") ? "" : "\n";
        ctx.report({
          path: "/" + part.key,
          message: { zh: `缺少「${heading.zh}」（${part.key}）`, en: `Missing part “${heading.en}” (${part.key})` },
          fixes: [
            {
              title: { zh: `插入「${heading.zh}」`, en: `Insert “${heading.en}”` },
              safe: false,
              edits: [{ start: insertAt, end: insertAt, newText: `${lead}${partSkeleton(ctx.template, part.key)}\n` }],
            },
          ],
        });
        continue;
      }
      const node = pair.value;
      let empty = false;
      if (node.kind === "scalar") {
        const v = node.value;
        if (v === null) empty = true;
        else if (typeof v === "string" && part.kind === "prose") {
          empty = part.key === "problems" ? EMPTY_PROSE.test(v) : v.trim() === "" || v.trim() === PROSE_PLACEHOLDER;
        }
      } else if (node.kind === "map" && node.pairs.length === 0) empty = true;
      if (!empty) continue;
      const onlyNone = part.key === "problems" && node.kind === "scalar" && typeof node.value === "string" && node.value.trim() !== "" && node.value.trim() !== PROSE_PLACEHOLDER;
      ctx.report({
        path: "/" + part.key,
        at: { start: pair.keyStart, end: pair.keyEnd },
        message: onlyNone
          ? { zh: `「${heading.zh}」不能只写「${String(node.kind === "scalar" ? node.value : "").trim()}」：请说明存在的问题和改进情况`, en: `“${heading.en}” cannot be just “${String(node.kind === "scalar" ? node.value : "").trim()}”: describe the problems and the improvements` }
          : { zh: `「${heading.zh}」为空`, en: `“${heading.en}” is empty` },
      });
    }
  },
};
