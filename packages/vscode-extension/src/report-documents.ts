import * as vscode from "vscode";
import { displayLocale, matchesFiles, parseLocale } from "@ogi-report/node-shell";
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
  const globs = vscode.workspace.getConfiguration("ogi", doc.uri).get<unknown>("files", []);
  if (!Array.isArray(globs)) return false;
  const valid = globs.filter((g): g is string => typeof g === "string" && g.trim() !== "");
  // The server's own matcher (@ogi-report/node-shell): the editor and the server agree on which files are reports.
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return doc.uri.scheme === "file" && matchesFiles(valid, doc.uri.fsPath, folder?.uri.scheme === "file" ? folder.uri.fsPath : undefined);
}

/** The UI's language: the `ogi.locale` setting, else VS Code's display language, negotiated as the server does. */
export function uiLocale(uri?: vscode.Uri): "zh-CN" | "en" {
  const setting = vscode.workspace.getConfiguration("ogi", uri).get<string>("locale", "auto");
  return parseLocale(setting) ?? displayLocale(vscode.env.language);
}
