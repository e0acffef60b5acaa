import type { Io } from "../io.js";
import type { Locale } from "../locale.js";
import { terminalText } from "../terminal-text.js";

/** Below this many files a run is over before a progress line would help. */
const PROGRESS_THRESHOLD = 20;
const INTERVAL_MS = 100;

/**
 * One self-overwriting line on stderr while many files are checked, only when stderr is a terminal (in CI
 * logs and pipes it would be noise). Erased when done, so the report starts on a clean line.
 */
export function progressReporter(io: Io, total: number, locale: Locale) {
  const active = io.stderrIsTTY && total > PROGRESS_THRESHOLD;
  let last = 0;
  let shown = false;
  return {
    update(done: number, _total: number, display: string) {
      if (!active) return;
      const now = Date.now();
      if (shown && now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      const label = locale === "zh-CN" ? "正在检查" : "checking";
      io.stderr(`\r\x1b[K${label} ${done + 1}/${total} ${terminalText(display)}`);
    },
    done() {
      if (shown) io.stderr("\r\x1b[K");
    },
  };
}
