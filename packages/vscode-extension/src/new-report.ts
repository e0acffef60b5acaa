import * as vscode from "vscode";
import { reportSkeleton, templates, type TemplateId } from "@ogi-report/core";

/**
 * `ogi init` in the editor: asks the three things a blank report needs (template, agency, year) and opens the
 * skeleton — every part and row, zeros in every cell — as a new YAML document to fill in and save.
 */
export async function newReport(): Promise<void> {
  const lastYear = new Date().getFullYear() - 1;
  const pick = await vscode.window.showQuickPick(
    (["2021", "2019"] as TemplateId[]).map((id) => ({
      id,
      label: id === "2021" ? vscode.l10n.t("Template 2021 (report years 2021 and later)") : vscode.l10n.t("Template 2019 (report years 2019 and 2020)"),
      detail: templates[id].source.zh,
    })),
    { title: vscode.l10n.t("New annual report (1/3)"), placeHolder: vscode.l10n.t("Which national template is the report on?"), ignoreFocusOut: true },
  );
  if (!pick) return;
  const agency = await vscode.window.showInputBox({
    title: vscode.l10n.t("New annual report (2/3)"),
    prompt: vscode.l10n.t("The reporting body's full name, as on the published report"),
    placeHolder: vscode.l10n.t("e.g. 福建省人力资源和社会保障厅"),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === "" ? vscode.l10n.t("Please enter the agency's name") : undefined),
  });
  if (agency === undefined) return;
  const defaultYear = pick.id === "2019" ? 2020 : lastYear;
  const yearText = await vscode.window.showInputBox({
    title: vscode.l10n.t("New annual report (3/3)"),
    prompt: vscode.l10n.t("The year the report covers"),
    value: String(defaultYear),
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (!/^\d{4}$/.test(v.trim())) return vscode.l10n.t("A year of four digits, e.g. {0}", lastYear);
      const year = Number(v.trim());
      // Not refused: the `template-year` rule will say so too, but better to know before typing 200 figures.
      const { from, to } = templates[pick.id].years;
      if (year < from || (to !== undefined && year > to)) {
        return { message: vscode.l10n.t("Template {0} is not the one for {1}", pick.id, year), severity: vscode.InputBoxValidationSeverity.Warning };
      }
      return undefined;
    },
  });
  if (yearText === undefined) return;
  const content = reportSkeleton({ template: pick.id, agency: agency.trim(), year: Number(yearText.trim()) });
  const doc = await vscode.workspace.openTextDocument({ language: "yaml", content });
  await vscode.window.showTextDocument(doc);
}
