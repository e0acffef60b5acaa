import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";
import { read, repoRoot } from "./helpers.js";

// The published schema, used by Red Hat's real yaml-language-server over stdio: what authors get with only the schema.
const require = createRequire(import.meta.url);
const serverBin = join(require.resolve("yaml-language-server/package.json"), "..", "bin", "yaml-language-server");
const schemaPath = join(repoRoot, "packages", "core", "schema", "ogi-report.schema.json");

interface Diagnostic {
  message: string;
  range: { start: { line: number } };
}

let server: ChildProcess;
let connection: MessageConnection;
let version = 0;
const waiting = new Map<string, (d: Diagnostic[]) => void>();
const workDir = mkdtempSync(join(tmpdir(), "ogi-yls-"));

const yamlSettings = {
  validate: true,
  hover: true,
  completion: true,
  schemaStore: { enable: false },
  schemas: { [pathToFileURL(schemaPath).href]: "*.ogi.yaml" },
};

function diagnosticsFor(path: string, text: string): Promise<Diagnostic[]> {
  const uri = pathToFileURL(path).href;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${path}`)), 20_000);
    waiting.set(uri, (d) => {
      clearTimeout(timer);
      waiting.delete(uri);
      resolve(d);
    });
    connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: ++version, text } });
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, [serverBin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === "yaml" ? yamlSettings : item.section === "[yaml]" ? {} : null)),
  );
  connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => waiting.get(p.uri)?.(p.diagnostics));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(repoRoot).href,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  connection.sendNotification("initialized", {});
  connection.sendNotification("workspace/didChangeConfiguration", { settings: { yaml: yamlSettings } });
}, 60_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  rmSync(workDir, { recursive: true, force: true });
});

const example = (name: string) => join(repoRoot, "examples", name);

describe("the schema in yaml-language-server", () => {
  it("by modeline: the seed (2021) and the county report (2019) draw no diagnostic", async () => {
    expect(await diagnosticsFor(example("seed-2025.yaml"), read(example("seed-2025.yaml")))).toEqual([]);
    expect(await diagnosticsFor(example("county-2020.yaml"), read(example("county-2020.yaml")))).toEqual([]);
  });

  it("by modeline: a misspelt key draws a schema diagnostic on its line", async () => {
    const path = example("broken/schema.yaml");
    const text = read(path);
    const diagnostics = await diagnosticsFor(path, text);
    const line = text.split("\n").findIndex((l) => l.startsWith("publishedOn"));
    expect(diagnostics.map((d) => d.range.start.line)).toContain(line);
    expect(diagnostics.some((d) => /publishedOn/.test(d.message))).toBe(true);
  });

  it("by settings (yaml.schemas glob): clean and broken, both templates", async () => {
    const strip = (t: string) => t.replace(/^# yaml-language-server:.*\n/, "");
    const seed = strip(read(example("seed-2025.yaml")));
    const county = strip(read(example("county-2020.yaml")));
    const cases: [string, string, boolean][] = [
      ["seed.ogi.yaml", seed, true],
      ["county.ogi.yaml", county, true],
      // A row one cell short, and a negative count.
      ["short-row.ogi.yaml", seed.replace("carriedOver:        [5, 0, 0, 0, 0, 0, 5]", "carriedOver:        [5, 0, 0, 0, 0, 5]"), false],
      ["negative.ogi.yaml", seed.replace("licensing: 0", "licensing: -3"), false],
      // The 2019 template's table 2 keys in a 2021 report: the template decides which table applies.
      ["mixed.ogi.yaml", seed.replace('template: "2021"', 'template: "2019"'), false],
      ["county-as-2021.ogi.yaml", county.replace('template: "2019"', 'template: "2021"'), false],
    ];
    for (const [name, text, clean] of cases) {
      const diagnostics = await diagnosticsFor(join(workDir, name), text);
      expect([name, diagnostics.length === 0]).toEqual([name, clean]);
    }
  });
});
