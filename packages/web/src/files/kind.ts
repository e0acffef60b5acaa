/** What a file holds: report YAML to edit, or a published report to import (an HTML page, or text; Word and PDF are told apart by name in open-file.ts). */
export type FileKind = "yaml" | "html" | "text";

/** The kind a file's name says, when it says one. */
export function namedKind(name: string): FileKind | undefined {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === "yaml" || extension === "yml") return "yaml";
  if (extension === "html" || extension === "htm" || extension === "xhtml" || extension === "mhtml") return "html";
  if (extension === "txt" || extension === "md" || extension === "text") return "text";
  return undefined;
}

export function fileKind(name: string, text: string): FileKind {
  const named = namedKind(name);
  if (named) return named;
  // No telling extension: look at the content.
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || /<(table|body|div|p)[\s>]/.test(start)) return "html";
  if (/^template\s*:/m.test(text.slice(0, 4000))) return "yaml";
  return "text";
}

/** The name without its folder and extension, for the names of downloads. */
export function baseName(name: string): string {
  const file = name.replace(/^.*[\\/]/, "");
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(0, dot) : file;
}
