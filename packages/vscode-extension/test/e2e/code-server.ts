import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { extensionCoverage } from "./extension-coverage.js";

const run = promisify(execFile);
const installer = fileURLToPath(new URL("./install-code-server.sh", import.meta.url));

export const e2eCache = process.env.OGI_E2E_CACHE ?? join(homedir(), ".cache", "ogi-e2e");

/** Node 24 and code-server in the cache (installed on first use: minutes; afterwards: a few checks). */
export async function installCodeServer(): Promise<{ node: string; codeServer: string }> {
  const { stdout } = await run("bash", [installer, e2eCache], { maxBuffer: 1 << 20, timeout: 20 * 60_000 });
  const [node, codeServer] = stdout.trim().split("\n").slice(-2);
  if (!node || !codeServer) throw new Error(`install-code-server.sh printed no paths: ${stdout}`);
  return { node, codeServer };
}

export interface RunningCodeServer {
  url: string;
  folder: string;
  stop(): Promise<void>;
}

/** Waits until no process of the group is left, or the time is up. */
async function groupGone(pgid: number, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A fresh code-server (real VS Code in the browser) with only our .vsix installed, its own user-data and
 * extensions folders, bound to 127.0.0.1 without auth. It runs in a process group of its own (detached =
 * setsid), and `stop` ends the whole group: the server, its extension host and our language server.
 */
export async function startCodeServer(options: {
  node: string;
  codeServer: string;
  /** Installed in this order. */
  vsixes: string[];
  folder: string;
  locale: string;
  settings: Record<string, unknown>;
  /** Files to write into the user-data folder before the server starts (name → content). */
  userDataFiles?: Record<string, string>;
  log: (line: string) => void;
}): Promise<RunningCodeServer> {
  const home = mkdtempSync(join(tmpdir(), "ogi-e2e-vscode-"));
  const userData = join(home, "user-data");
  const extensions = join(home, "extensions");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(options.settings, null, 2));
  const common = ["--user-data-dir", userData, "--extensions-dir", extensions];
  for (const vsix of options.vsixes) await run(options.node, [options.codeServer, ...common, "--install-extension", vsix], { timeout: 120_000 });
  for (const [name, content] of Object.entries(options.userDataFiles ?? {})) writeFileSync(join(userData, name), content);

  const coverage = extensionCoverage(home);
  const port = await freePort();
  const child: ChildProcess = spawn(
    options.node,
    [
      options.codeServer,
      ...common,
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--locale",
      options.locale,
      options.folder,
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, "data"), ...coverage.env } },
  );
  child.stdout!.on("data", (d: Buffer) => options.log(d.toString()));
  child.stderr!.on("data", (d: Buffer) => options.log(d.toString()));

  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null) return cleanup();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      // Measuring, only code-server itself is asked to stop: a signal would end the extension host before it writes
      // its coverage, while on its own it exits (and writes it) once it sees its server gone.
      process.kill(coverage.env.NODE_V8_COVERAGE ? child.pid : -child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    // Measuring, the extension host gets time to see its server gone and exit by itself: a killed process writes no
    // coverage.
    if (coverage.env.NODE_V8_COVERAGE) await groupGone(child.pid, 10_000);
    // Children that outlived the server in its group (the extension host, our language server).
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // none left
    }
    coverage.harvest();
    cleanup();
  };
  const cleanup = () => rmSync(home, { recursive: true, force: true });

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("code-server did not answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, folder: options.folder, stop };
}
