import type { Finding } from "@ogi-report/core";
import { actionsFor, type FindingAction } from "../actions.js";
import type { Analysis } from "../analysis.js";
import { messages, type Locale } from "../i18n.js";
import { h } from "./dom.js";

/** A long list costs DOM work on every check and helps nobody: the rest is counted, not listed. */
const MAX_LISTED = 300;

export interface FindingsHandlers {
  jump(finding: Finding): void;
  act(action: FindingAction, analysis: Analysis): void;
}

/** The findings beside the editor, in core's order (root causes first), each with its fixes and rule doc. */
export function renderFindings(list: HTMLElement, counts: HTMLElement, analysis: Analysis, locale: Locale, handlers: FindingsHandlers): void {
  const t = messages[locale];
  const tally = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) tally[f.severity]++;
  counts.textContent = t.counts(tally.error, tally.warning, tally.info);
  counts.dataset.errors = String(tally.error);

  const items = analysis.findings.slice(0, MAX_LISTED).map((finding) => {
    const actions = actionsFor(analysis, finding, locale);
    const main = h(
      "button",
      { type: "button", class: "finding-main", title: t.line(finding.range.start.line + 1) },
      h("span", { class: "severity" }, t.severity[finding.severity]),
      h("span", { class: "message" }, finding.message),
      h("span", { class: "where" }, t.line(finding.range.start.line + 1)),
    );
    main.addEventListener("click", () => handlers.jump(finding));
    const buttons = actions.map((action) => {
      const label = action.kind === "doc" ? action.rule : action.title;
      const button = h("button", { type: "button", class: `action action-${action.kind}${action.kind === "fix" && action.safe ? " safe" : ""}`, title: action.title }, label);
      button.addEventListener("click", () => handlers.act(action, analysis));
      return button;
    });
    return h("li", { class: `finding ${finding.severity}`, "data-rule": finding.ruleId, "data-path": finding.path }, main, h("div", { class: "actions" }, ...buttons));
  });
  if (analysis.findings.length === 0) items.push(h("li", { class: "none" }, t.noFindings));
  if (analysis.findings.length > MAX_LISTED) items.push(h("li", { class: "more" }, t.moreFindings(analysis.findings.length - MAX_LISTED)));
  list.replaceChildren(...items);
}
