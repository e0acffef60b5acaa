import { allRules, isRuleId, pick, ruleDocMarkdown, ruleMeta, type RuleId } from "@ogi-report/core";
import { usageError } from "../args.js";
import { EXIT_OK } from "../exit.js";
import { t } from "../locale.js";
import { reportUsage } from "../report-error.js";
import { closest } from "../suggest.js";
import { localeOption, prepare } from "./common.js";
import type { Command } from "./types.js";

const help = {
  en: `Usage: ogi rules [rule-id]

Without an argument: every rule with its default severity and title.
With a rule id: that rule's documentation (what it checks, its legal basis, how to configure it).

Options:
      --locale <locale>   zh-CN or en, for the titles
  -h, --help              show this help
`,
  zh: `用法：ogi rules [规则]

不带参数：列出所有规则、默认严重程度和名称。
带规则名：显示该规则的说明（检查什么、依据、如何配置）。

选项：
      --locale <语言>     规则名称的语言：zh-CN 或 en
  -h, --help              显示本帮助
`,
};

export const rules: Command = {
  name: "rules",
  summary: { zh: "列出规则，或显示某条规则的说明", en: "list the rules, or show one rule's documentation" },
  async run(args, io) {
    const ready = prepare(io, "ogi rules", args, localeOption, true, help);
    if ("exit" in ready) return ready.exit;
    const { parsed, locale } = ready;
    const [id, ...extra] = parsed.positionals;
    if (extra.length > 0) {
      return reportUsage(io, locale, usageError({ zh: `ogi rules：多余的参数 '${extra[0]}'`, en: `ogi rules: unexpected argument '${extra[0]}'` }, { zh: "一次只能查看一条规则", en: "name one rule at a time" }));
    }
    if (id === undefined) {
      io.stdout(table(locale));
      return EXIT_OK;
    }
    if (!isRuleId(id)) {
      const guess = closest(id, allRules.map((m) => m.id));
      return reportUsage(
        io,
        locale,
        usageError(
          { zh: `ogi rules：没有规则 '${id}'`, en: `ogi rules: no rule '${id}'` },
          guess
            ? { zh: `是不是 '${guess}'？运行 \`ogi rules\` 查看全部规则`, en: `did you mean '${guess}'? Run \`ogi rules\` for the list` }
            : { zh: "运行 `ogi rules` 查看全部规则", en: "run `ogi rules` for the list" },
        ),
      );
    }
    io.stdout(ruleDocMarkdown(ruleMeta.get(id as RuleId)!));
    return EXIT_OK;
  },
};

function table(locale: "zh-CN" | "en"): string {
  const head = locale === "zh-CN" ? ["规则", "默认", "名称"] : ["rule", "default", "title"];
  const rows = allRules.map((m) => [m.id, m.defaultSeverity, pick(m.title, locale)]);
  const w0 = Math.max(head[0]!.length, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(head[1]!.length, ...rows.map((r) => r[1]!.length));
  // Chinese headers are two columns wide each; pad them by display width so the table lines up.
  const padDisplay = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));
  const lines = [head, ...rows].map((r) => `${padDisplay(r[0]!, w0)}  ${padDisplay(r[1]!, w1)}  ${r[2]}`.trimEnd());
  lines.push("", t(locale, { zh: "运行 `ogi rules <规则>` 查看某条规则的说明。", en: "Run `ogi rules <rule>` for a rule's documentation." }));
  return lines.join("\n") + "\n";
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}
