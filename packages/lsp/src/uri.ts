import { fileURLToPath } from "node:url";
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
