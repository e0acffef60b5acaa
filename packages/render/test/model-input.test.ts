import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "@ogi-report/core";
import { describe, expect, it } from "vitest";
import { inputOfModel, readReport, renderHtml } from "../src/index.js";

const seed = readFileSync(join(import.meta.dirname, "..", "..", "..", "examples", "seed-2025.yaml"), "utf8");

describe("render input from the report model", () => {
  it("a check's model renders exactly as the text does", () => {
    const fromModel = inputOfModel(checkText(seed).model!);
    const fromText = readReport(seed);
    expect(fromModel).toEqual(fromText);
    expect(fromModel.ok && renderHtml(fromModel.input, { standalone: false })).toBe(fromText.ok && renderHtml(fromText.input, { standalone: false }));
  });

  it("keeps money as written, a rejected amount too, and refuses what readReport refuses", () => {
    const text = seed.replace(/fees: +[0-9.]+/, "fees: 4166.240000").replace("template: \"2021\"", "template: \"2021\"\nlevel: x");
    const read = inputOfModel(checkText(text).model!);
    expect(read.ok && (read.input.report as { activeDisclosure: { fees: unknown } }).activeDisclosure.fees).toBe("4166.240000");
    const negative = inputOfModel(checkText(seed.replace(/fees: +[0-9.]+/, "fees: -1.50")).model!);
    expect(negative.ok && (negative.input.report as { activeDisclosure: { fees: unknown } }).activeDisclosure.fees).toBe("-1.50");
    expect(inputOfModel(checkText(`template: "2021"\ntemplate: "2019"\n`).model!)).toMatchObject({ ok: false, problem: { code: "yaml-syntax" } });
    expect(inputOfModel(checkText(`template: "2030"\n`).model!)).toMatchObject({ ok: false, problem: { code: "template", written: "2030" } });
  });
});
