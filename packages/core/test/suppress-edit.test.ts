import { expect, test } from "vitest";
import { applyEdits, LineIndex, parseYaml, suppressEdit, type TMap } from "../src/index.js";

// The quick fix "silence this rule on this line", as both editors offer it.
const apply = (text: string, line: number, rule: string) => {
  const edit = suppressEdit(new LineIndex(text), line, rule, parseYaml(text).root as TMap | undefined);
  return edit ? applyEdits(text, [edit]).text : undefined;
};

test.each([
  ["on the first line", "year: 2025\n", 0, "template-year", "# ogi-disable-next-line template-year -- \nyear: 2025\n"],
  ["with CRLF line ends, keeping them", "t:\r\n  row: [1]\r\n", 1, "t4-total", "t:\r\n  # ogi-disable-next-line t4-total -- \r\n  row: [1]\r\n"],
  ["after a directive that names no rule yet", "t:\n  #ogi-disable-next-line\n  row: [1]\n", 2, "t4-total", "t:\n  #ogi-disable-next-line t4-total\n  row: [1]\n"],
  ["in a document that does not parse", "t: [\n  row: [1]\n", 1, "t4-total", "t: [\n  # ogi-disable-next-line t4-total -- \n  row: [1]\n"],
])("a directive %s", (_where, text, line, rule, out) => {
  expect(apply(text, line, rule)).toBe(out);
});
