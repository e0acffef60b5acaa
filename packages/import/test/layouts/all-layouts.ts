import { htmlLayouts } from "./html-layouts.js";
import type { Layout } from "./judge.js";
import { textLayouts } from "./text-layouts.js";

/** Every layout of the generator, text and HTML. */
export const allLayouts: Layout[] = [
  ...textLayouts.map((l) => ({ ...l, kind: "text" as const })),
  ...htmlLayouts.map((l) => ({ ...l, kind: "html" as const, exact: true })),
];
