import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The published packages as a user gets them: `pnpm pack` of @ogi-report/core, /cli and /lsp (workspace
 * dependencies become versions), all three tarballs installed together with npm into an empty project outside the
 * monorepo (so @ogi-report/lsp's dependency on core resolves to the packed core, not to a registry that does not
 * have it; third-party dependencies come from npm's cache or the registry), then each one's first command.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = { core: "@ogi-report/core", cli: "@ogi-report/cli", lsp: "@ogi-report/lsp" } as const;
const fixtures = join(repo, "packages", "cli", "test", "fixtures");

let root: string;
let consumer: string;
const tarballs: Record<string, string> = {};

/** Our environment minus what pnpm/npx put in it for themselves (npm_config_*), which would steer the user's npm. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^npm_/i.test(k)) env[k] = v;
  return { ...env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
}

function run(cmd: string, args: string[], cwd: string, input?: string) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: "utf8", timeout: 180_000, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error: r.error };
}

beforeAll(() => {
  for (const dir of Object.keys(packages)) {
    if (!existsSync(join(repo, "packages", dir, "dist"))) throw new Error(`packages/${dir}/dist is missing: run \`pnpm build\` first`);
  }
  root = mkdtempSync(join(tmpdir(), "ogi-pack-"));
  const out = join(root, "tarballs");
  mkdirSync(out);
  for (const dir of Object.keys(packages)) {
    const r = run("pnpm", ["pack", "--pack-destination", out], join(repo, "packages", dir));
    if (r.code !== 0) throw new Error(`pnpm pack in packages/${dir}: ${r.stderr}${r.stdout}`);
  }
  for (const file of readdirSync(out)) tarballs[file.replace(/^ogi-report-(\w+)-.*$/, "$1")] = join(out, file);
  consumer = join(root, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const r = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...Object.values(tarballs)], consumer);
  if (r.code !== 0) throw new Error(`npm install of the tarballs failed: ${r.stderr}${r.stdout}`);
  copyFileSync(join(fixtures, "broken.yaml"), join(consumer, "broken.yaml"));
  copyFileSync(join(fixtures, "clean.yaml"), join(consumer, "clean.yaml"));
}, 240_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const tarList = (name: string) => run("tar", ["tzf", tarballs[name]!], root).stdout.split("\n").filter(Boolean);
const installed = (name: string) => join(consumer, "node_modules", "@ogi-report", name);

describe("packed tarballs", () => {
  for (const name of Object.keys(packages)) {
    it(`${packages[name as keyof typeof packages]} ships its build, README and licence, no sources or tests, and no workspace: ranges`, () => {
      const files = tarList(name);
      expect(files).toContain("package/README.md");
      expect(files).toContain("package/LICENSE");
      expect(files.some((f) => f.startsWith("package/dist/"))).toBe(true);
      expect(files.filter((f) => /^package\/(src|test|scripts)\//.test(f))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(installed(name), "package.json"), "utf8"));
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain("workspace:");
      expect(manifest.repository?.url).toBe("git+https://github.com/ogi-report/ogi-report.git");
      expect(manifest.repository?.directory).toBe(`packages/${name}`);
      expect(manifest.license).toBe("MIT");
      // The README is the registry page: how to install, a first command, and where the rules are.
      const readme = readFileSync(join(installed(name), "README.md"), "utf8");
      expect(readme).toContain(`npm install`);
      expect(readme).toContain(packages[name as keyof typeof packages]);
      expect(readme).toContain("https://github.com/ogi-report/ogi-report/blob/main/docs/rules/README.md");
    });
  }

  it("installs @ogi-report/lsp against the packed core, not a second copy", () => {
    expect(existsSync(join(installed("lsp"), "node_modules", "@ogi-report", "core"))).toBe(false);
    expect(JSON.parse(readFileSync(join(installed("core"), "package.json"), "utf8")).version).toBe(JSON.parse(readFileSync(join(repo, "packages", "core", "package.json"), "utf8")).version);
  });
});

describe("installed from the tarballs", () => {
  const bin = (name: string) => join(consumer, "node_modules", ".bin", name);

  it("ogi checks a report: findings and status 1 for a broken one, 0 for a clean one", () => {
    const broken = run(bin("ogi"), ["check", "broken.yaml"], consumer);
    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stdout).toContain("t3-row-total");
    const clean = run(bin("ogi"), ["check", "clean.yaml"], consumer);
    expect(clean.code, clean.stderr).toBe(0);
    const version = run(bin("ogi"), ["--version"], consumer);
    expect(version.stdout.trim()).toContain(JSON.parse(readFileSync(join(installed("cli"), "package.json"), "utf8")).version);
  });

  it("ogi renders (a command bundled apart) and writes the schemas", () => {
    const md = run(bin("ogi"), ["render", "clean.yaml", "--to", "md"], consumer);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("福建省人力资源和社会保障厅");
    const written = run(bin("ogi"), ["schema", "--write", "schemas"], consumer);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(join(consumer, "schemas", "ogi-report.schema.json"), "utf8")).toBe(readFileSync(join(installed("core"), "schema", "ogi-report.schema.json"), "utf8"));
  });

  it("ogi-language-server --stdio answers initialize and shuts down", async () => {
    const replies = await lspSession(bin("ogi-language-server"), consumer, [
      { jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } },
      { jsonrpc: "2.0", method: "initialized", params: {} },
      { jsonrpc: "2.0", id: 2, method: "shutdown" },
      { jsonrpc: "2.0", method: "exit" },
    ]);
    const init = replies.find((m) => m.id === 1) as { result: { capabilities: Record<string, unknown> } };
    expect(init.result.capabilities.codeActionProvider).toBeTruthy();
    expect(init.result.capabilities.hoverProvider).toBe(true);
    expect(init.result.capabilities.textDocumentSync).toBeTruthy();
    expect(replies.find((m) => m.id === 2)).toMatchObject({ result: null });
  });

  it("@ogi-report/core imports as a library and resolves its schema files", () => {
    const script = [
      'import { checkText } from "@ogi-report/core";',
      'import { createRequire } from "node:module";',
      'import { readFileSync } from "node:fs";',
      "const require = createRequire(import.meta.url);",
      'const schema = JSON.parse(readFileSync(require.resolve("@ogi-report/core/schema/ogi-report.schema.json"), "utf8"));',
      'const config = JSON.parse(readFileSync(require.resolve("@ogi-report/core/schema/ogi-config.schema.json"), "utf8"));',
      'const findings = checkText(readFileSync("broken.yaml", "utf8"), { locale: "en" }).findings;',
      "console.log(JSON.stringify({ ids: [schema.$id, config.$id], rules: [...new Set(findings.map((f) => f.ruleId))] }));",
    ].join("\n");
    writeFileSync(join(consumer, "use-core.mjs"), script);
    const r = run(process.execPath, ["use-core.mjs"], consumer);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ids: string[]; rules: string[] };
    expect(out.ids).toEqual(["https://ogi-report.github.io/schema/ogi-report.schema.json", "https://ogi-report.github.io/schema/ogi-config.schema.json"]);
    expect(out.rules).toContain("t3-row-total");
  });
});

/** Sends LSP messages (Content-Length framing) in order and collects every message the server writes until it exits. */
function lspSession(command: string, cwd: string, messages: object[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ["--stdio"], { cwd, env: cleanEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("the language server did not exit within 20 s"));
    }, 20_000);
    let buffer = Buffer.alloc(0);
    const received: Record<string, unknown>[] = [];
    let sent = 0;
    const send = () => {
      // Each request waits for its answer, as a client would; notifications go at once.
      while (sent < messages.length) {
        const message = messages[sent] as { id?: number };
        const body = Buffer.from(JSON.stringify(message), "utf8");
        child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        child.stdin.write(body);
        sent++;
        if (message.id !== undefined) return;
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
        if (buffer.length < headerEnd + 4 + length) break;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as Record<string, unknown>;
        buffer = buffer.subarray(headerEnd + 4 + length);
        received.push(message);
        if ("id" in message && ("result" in message || "error" in message)) send();
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(received);
      else reject(new Error(`the language server exited with ${code}`));
    });
    send();
  });
}
