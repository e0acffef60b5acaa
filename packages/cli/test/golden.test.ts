import { beforeAll, describe, it } from "vitest";
import { runScenario, scenarios } from "./golden-scenarios.js";
import { assertBuilt, runOgi } from "./harness.js";

/**
 * Golden scenarios (golden-scenarios.ts) against the built binary. Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run packages/cli` and review the diff.
 */
describe("golden scenarios (built binary)", () => {
  beforeAll(assertBuilt);
  for (const s of scenarios) it(s.name, () => runScenario(s, runOgi));
});
