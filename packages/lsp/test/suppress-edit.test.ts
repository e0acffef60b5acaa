import { expect, test } from "vitest";
import { applyEdits, LineIndex, parseYaml, type TMap } from "@ogi-report/core";
import { suppressEdit } from "@ogi-report/core";

const apply = (text: string, line: number, rule: string) => {
  const edit = suppressEdit(new LineIndex(text), line, rule, parseYaml(text).root as TMap | undefined);
  return edit ? applyEdits(text, [edit]).text : undefined;
};

test("a new directive above the line, indented like it", () => {
  expect(apply("t:\n    row: [1, 2]\n", 1, "t4-total")).toBe("t:\n    # ogi-disable-next-line t4-total -- \n    row: [1, 2]\n");
});

test("a rule joins the directive already above the line, keeping its reason", () => {
  expect(apply("t:\n  # ogi-disable-next-line t4-total -- 见表注\n  row: [1]\n", 2, "t3-balance")).toBe(
    "t:\n  # ogi-disable-next-line t4-total, t3-balance -- 见表注\n  row: [1]\n",
  );
  expect(apply("t:\n  # ogi-disable-next-line t4-total -- 见表注\n  row: [1]\n", 2, "t4-total")).toBeUndefined();
});

test("no directive inside prose, and none for syntax errors", () => {
  expect(apply("overview: |\n  第一行\n  第二行\n", 2, "text-figure")).toBeUndefined();
  expect(apply("a: 1\n", 0, "yaml-syntax")).toBeUndefined();
});
