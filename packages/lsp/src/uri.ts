import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname } from "node:path";

/** The folder of a `file:` document, where the config search starts; undefined for untitled and virtual files. */
export function folderOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return dirname(fileURLToPath(uri)).replace(/\\/g, "/");
  } catch {
    return undefined;
  }
}

export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, "/");
  } catch {
    return undefined;
  }
}

/** The URI of a file core named by path (a related location in last year's or a unit's report). */
export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}
