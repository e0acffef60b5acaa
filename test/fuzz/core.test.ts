import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText, fixAll } from "../../packages/core/src/index.js";
import { BOUND_MS, fuzzParams, hostileYaml, timed } from "./hostile.js";

describe("core: hostile YAML and prose", () => {
  it("checkText answers every input with findings, in bounded time, never an exception", () => {
    fc.assert(
      fc.property(hostileYaml, ({ text }) => {
        const result = timed("checkText", text, BOUND_MS.core, () => checkText(text, { locale: "en" }));
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const f of result.findings) {
          expect(f.message, f.ruleId).not.toMatch(/\n\s+at /); // no stack trace in a message
          expect(f.range.start.line).toBeLessThanOrEqual(lines);
          expect(f.range.end.line).toBeLessThanOrEqual(lines);
        }
      }),
      fuzzParams(80),
    );
  });

  it("fixAll keeps the text a report and does not loop", () => {
    fc.assert(
      fc.property(hostileYaml, ({ text }) => {
        const fixed = timed("fixAll", text, BOUND_MS.core * 2, () => fixAll(text));
        expect(typeof fixed.text).toBe("string");
      }),
      fuzzParams(40),
    );
  });
});
