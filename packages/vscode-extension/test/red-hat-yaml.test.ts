import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { checkText } from "@ogi-report/core";

// Red Hat's real yaml-language-server (what its VS Code extension runs) with the schema this extension
// contributes through `yamlValidation`: it must complete report keys and report no problem of a report, so
// no problem is shown twice. The full published schema, for contrast, does report them.
const require = createRequire(import.meta.url);
const serverBin = join(require.resolve("yaml-language-server/package.json"), "..", "bin", "yaml-language-server");
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(packageDir, "../../");
const completionSchema = join(packageDir, "schema/ogi-report.completion.schema.json");
const fullSchema = join(repoRoot, "packages/core/schema/ogi-report.schema.json");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

interface Diagnostic {
  message: string;
  range: { start: { line: number } };
}

let server: ChildProcess;
let connection: MessageConnection;
let version = 0;
const published = new Map<string, Diagnostic[]>();
const workDir = mkdtempSync(join(tmpdir(), "ogi-vscode-yls-"));

// As VS Code's YAML extension passes our yamlValidation contribution: schema URL → file globs.
const yamlSettings = {
  validate: true,
  hover: true,
  completion: true,
  schemaStore: { enable: false },
  schemas: {
    [pathToFileURL(completionSchema).href]: manifest.contributes.yamlValidation[0].fileMatch,
    [pathToFileURL(fullSchema).href]: "*.full.yaml",
  },
};

/** Without the modeline: the file is matched by name, as yamlValidation does. */
function report(name: string): string {
  return readFileSync(join(repoRoot, "examples", name), "utf8").replace(/^# yaml-language-server:.*\n/, "");
}

async function diagnosticsFor(fileName: string, text: string): Promise<Diagnostic[]> {
  const uri = pathToFileURL(join(workDir, fileName)).href;
  published.delete(uri);
  void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: ++version, text } });
  const started = Date.now();
  while (!published.has(uri)) {
    if (Date.now() - started > 20_000) throw new Error(`no diagnostics for ${fileName}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return published.get(uri)!;
}

beforeAll(async () => {
  server = spawn(process.execPath, [serverBin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === "yaml" ? yamlSettings : item.section === "[yaml]" ? {} : null)),
  );
  connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => void published.set(p.uri, p.diagnostics));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(workDir).href,
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
  });
  void connection.sendNotification("initialized", {});
  void connection.sendNotification("workspace/didChangeConfiguration", { settings: { yaml: yamlSettings } });
}, 60_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  rmSync(workDir, { recursive: true, force: true });
});

describe("Red Hat's yaml-language-server with the contributed schema", () => {
  test.each(["broken/schema.yaml", "broken/cell-value.yaml", "broken/section-missing.yaml"])("%s: ogi reports it, the YAML extension does not", async (name) => {
    const text = report(name);
    expect(checkText(text).findings.length).toBeGreaterThan(0);
    expect(await diagnosticsFor(name.replace(/\W/g, "-") + ".ogi.yaml", text)).toEqual([]);
    // With the full schema the same file draws its own problems: the ones that would have been shown twice.
    expect((await diagnosticsFor(name.replace(/\W/g, "-") + ".full.yaml", text)).length).toBeGreaterThan(0);
  });

  test("it still completes report keys", async () => {
    const text = 'template: "2021"\nagency: 某县人民政府\nyear: 2025\n\n';
    const uri = pathToFileURL(join(workDir, "completion.ogi.yaml")).href;
    await diagnosticsFor("completion.ogi.yaml", text);
    const result = await connection.sendRequest<{ items: { label: string }[] } | { label: string }[]>("textDocument/completion", { textDocument: { uri }, position: { line: 4, character: 0 } });
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["overview", "applications", "problems"]));
  });

  test("a YAML syntax error is reported by it whatever the schema (so ours steps aside while it validates)", async () => {
    const d = await diagnosticsFor("syntax.ogi.yaml", 'template: "2021"\napplications: [1, 2\n');
    expect(d.length).toBeGreaterThan(0);
  });
});
