import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient } from "./helpers/lsp-client.js";

// Issue 17 item 1, in the editor: the server reads a report's references under the CLI's file-access policy
// (@ogi-report/node-shell). Before, `previous: /proc/self/pagemap` killed the server and `units: ["/usr/**/*.yaml"]`
// walked /usr on every keystroke. Each case: diagnostics arrive in time, with one finding naming the reference.

const seed = example("seed-2025.yaml").text;
const root = mkdtempSync(join(tmpdir(), "ogi-lsp-access-"));
const project = join(root, "project");
const fifo = join(project, "2025", "pipe.yaml");
let client: LspClient;

beforeAll(async () => {
  mkdirSync(join(project, ".git"), { recursive: true });
  mkdirSync(join(project, "2025"));
  spawnSync("mkfifo", [fifo]);
  // Sparse: larger than the checker's limit on disk's say-so, without writing 30 MB.
  writeFileSync(join(project, "2025", "big.yaml"), "");
  truncateSync(join(project, "2025", "big.yaml"), 30_000_000);
  client = await LspClient.start({ rootUri: fileUri(project), settings: { locale: "en" } });
});

afterAll(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
/** Opens a report with `lines` after its year and gives the diagnostics on its references, within `limitMs`. */
async function referencesOf(lines: string, limitMs = 10_000) {
  const uri = fileUri(join(project, "2025", `report-${++n}.yaml`));
  const started = Date.now();
  client.open(uri, seed.replace("year: 2025\n", `year: 2025\n${lines}\n`));
  const p = await client.waitForDiagnostics(uri, (x) => x.version === 1, limitMs);
  return { uri, ms: Date.now() - started, refs: p.diagnostics.filter((d) => d.data?.path === "/previous" || d.data?.path?.startsWith("/units")) };
}

describe("references the server does not follow", () => {
  test.each([
    ["previous: /proc/self/pagemap", "year-carry-over", "/proc/self/pagemap is outside the report's project"],
    ["previous: /dev/zero", "year-carry-over", "/dev/zero is outside the report's project"],
    ["previous: pipe.yaml", "year-carry-over", `${fifo} is not a regular file`],
    ['units: ["/proc/self/*"]', "sum-of-units", "/proc/self/* leads outside the report's project"],
    ['units: ["/**/*.conf"]', "sum-of-units", "/**/*.conf leads outside the report's project"],
    ['units: ["/etc/*"]', "sum-of-units", "/etc/* leads outside the report's project"],
  ])("%s", async (lines, rule, message) => {
    const { refs } = await referencesOf(lines);
    expect(refs.map((d) => d.code)).toEqual([rule]);
    expect(refs[0]!.message).toContain(message);
    expect(client.alive).toBe(true);
  });

  test('units: ["/usr/**/*.yaml"]: every keystroke answered at once, nothing listed', async () => {
    const { uri, refs } = await referencesOf('units: ["/usr/**/*.yaml"]');
    expect(refs.length).toBe(1);
    expect(refs[0]!.message).not.toMatch(/\/usr\/[^*]/);
    for (let v = 2; v <= 6; v++) {
      const since = client.publishes.length;
      const started = Date.now();
      client.replace(uri, seed.replace("year: 2025\n", `year: 2025\nunits: ["/usr/**/*.yaml"]\n# edit ${v}\n`), v);
      await client.waitForDiagnostics(uri, (x) => x.version === v, 5_000, since);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  test("the ogi.allowRead setting widens the project; the file type and size checks stay everywhere", async () => {
    const other = await LspClient.start({ rootUri: fileUri(project), settings: { locale: "en", allowRead: ["/dev", "/proc"] } });
    try {
      for (const [lines, message] of [
        ["previous: /dev/zero", "Previous year's report: /dev/zero is not a regular file, not read"],
        ["previous: big.yaml", `Previous year's report: ${join(project, "2025", "big.yaml")} is too large to be a report, not read`],
      ] as const) {
        const uri = fileUri(join(project, "2025", `wide-${++n}.yaml`));
        other.open(uri, seed.replace("year: 2025\n", `year: 2025\n${lines}\n`));
        const p = await other.waitForDiagnostics(uri, (x) => x.version === 1, 15_000);
        expect(p.diagnostics.filter((d) => d.data?.path === "/previous").map((d) => d.message)).toEqual([message]);
      }
    } finally {
      await other.stop();
    }
  });
});

// Issue 17 item 3, in the editor: the server's config lookup is the CLI's, so a config file anyone may write in a
// shared parent does not switch rules off.
test("a .ogi.yaml anyone may write, above the report, is passed over", async () => {
  const shared = join(root, "shared");
  mkdirSync(join(shared, "reports"), { recursive: true });
  writeFileSync(join(shared, ".ogi.yaml"), "rules:\n  t3-row-total: off\n");
  chmodSync(join(shared, ".ogi.yaml"), 0o666);
  const uri = fileUri(join(shared, "reports", "report.yaml"));
  client.open(uri, seed.replace("newReceived:        [293, 16, 0, 0, 0, 0, 309]", "newReceived:        [293, 16, 0, 0, 0, 0, 310]"));
  const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
  expect(p.diagnostics.map((d) => d.code)).toContain("t3-row-total");
});
