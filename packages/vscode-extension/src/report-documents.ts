import * as vscode from "vscode";
import { looksLikeReport } from "./report-detect.js";

/**
 * Which open documents are reports: YAML that looks like one (the server's test), or a file matched by the
 * `ogi.files` globs (relative globs are taken from the document's workspace folder).
 */
export function isReportDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== "yaml") return false;
  return looksLikeReport(doc.getText()) || matchesFilesSetting(doc);
}

export function matchesFilesSetting(doc: vscode.TextDocument): boolean {
  const globs = vscode.workspace.getConfiguration("ogi", doc.uri).get<string[]>("files", []);
  if (!Array.isArray(globs) || globs.length === 0) return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) => {
    if (typeof glob !== "string" || glob.trim() === "") return false;
    const pattern = folder && !glob.startsWith("/") ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, doc) > 0;
  });
}

/** The UI's language: the `ogi.locale` setting, else VS Code's display language. */
export function uiLocale(uri?: vscode.Uri): "zh-CN" | "en" {
  const setting = vscode.workspace.getConfiguration("ogi", uri).get<string>("locale", "auto");
  if (setting === "zh-CN" || setting === "en") return setting;
  return vscode.env.language.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
