/**
 * ANSI colours in a few lines rather than a dependency. Colour is for people at a terminal: on only when the
 * stream is a TTY (or FORCE_COLOR asks), off when NO_COLOR is set (https://no-color.org).
 */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

const on: Colors = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const identity = (s: string) => s;
const off: Colors = { red: identity, yellow: identity, cyan: identity, green: identity, dim: identity, bold: identity, underline: identity };

export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return isTTY && env.TERM !== "dumb";
}

export function colors(enabled: boolean): Colors {
  return enabled ? on : off;
}
