import { readFileSync } from "node:fs";
import { findConfig, type FileReader, type FoundConfig } from "@ogi-report/core";

/**
 * The same config file the CLI uses (`.ogi.yaml` and friends, nearest folder upwards), read through core's
 * `findConfig` so editor and CLI cannot disagree. Answers are remembered per folder until a watched config
 * file changes: the hot path (every keystroke) never touches the disk.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, FoundConfig>();
  private readonly texts = new Map<string, string | undefined>();

  forFolder(folder: string): FoundConfig {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = findConfig(folder, this.reader);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** A config file was created, changed or deleted somewhere: forget everything (there are few). */
  invalidate(): void {
    this.byFolder.clear();
    this.texts.clear();
  }

  private readonly reader: FileReader = {
    readFile: (path) => {
      if (this.texts.has(path)) return this.texts.get(path);
      let text: string | undefined;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        text = undefined;
      }
      this.texts.set(path, text);
      return text;
    },
  };
}
