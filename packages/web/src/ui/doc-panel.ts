import { allRules, ruleDocMarkdown, ruleMeta } from "@ogi-report/core";
import type { Locale } from "../i18n.js";
import { markdownToHtml } from "./markdown.js";

/**
 * The rule docs, in the page: docs/rules/*.md is generated from the rule metadata by `ruleDocMarkdown`, and
 * the page calls the same function on the same metadata it bundles, so what it shows is that file, word for
 * word, with no copy to go stale and no request to make.
 */
export function ruleDocHtml(rule: string): string | undefined {
  const meta = ruleMeta.get(rule as never);
  return meta ? markdownToHtml(ruleDocMarkdown(meta)) : undefined;
}

/** The index of every rule, as docs/rules/README.md lists them. */
export function ruleIndexHtml(locale: Locale): string {
  const lines = [
    locale === "en" ? "# Rules" : "# 规则",
    "",
    "| rule | 默认 / default | 说明 | description |",
    "|---|---|---|---|",
    ...allRules.map((m) => `| [${m.id}](${m.id}.md) | ${m.defaultSeverity} | ${m.title.zh} | ${m.title.en} |`),
  ];
  return markdownToHtml(lines.join("\n"));
}

export class DocPanel {
  constructor(
    private readonly panel: HTMLElement,
    private readonly body: HTMLElement,
    private readonly locale: () => Locale,
  ) {
    // Links between rule pages stay inside the panel.
    body.addEventListener("click", (event) => {
      const link = (event.target as Element).closest<HTMLElement>("button.doc-link");
      if (link?.dataset.rule) this.show(link.dataset.rule);
    });
  }

  show(rule?: string): void {
    this.body.innerHTML = (rule && ruleDocHtml(rule)) || ruleIndexHtml(this.locale());
    this.panel.dataset.rule = rule ?? "";
    this.panel.hidden = false;
    this.body.scrollTop = 0;
  }

  hide(): void {
    this.panel.hidden = true;
  }

  get open(): boolean {
    return !this.panel.hidden;
  }
}
