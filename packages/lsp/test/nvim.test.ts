import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkText } from "@ogi-report/core";
import { requireTool } from "../../../test/tools.js";
import { example } from "./helpers/examples.js";
import { repoRoot, serverPath } from "./helpers/lsp-client.js";
import { positionOf } from "./helpers/text.js";

/** Neovim (Debian's 0.7.2) as a second real client: the server must not be a VS Code-only server. */
const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });

test("neovim receives the diagnostics of a broken example and a hover", async () => {
  requireTool(nvim.status === 0 ? nvim.stdout.split("\n")[0] : undefined, "neovim (nvim)", "neovim");
  const ex = example("broken/t3-row-total.yaml");
  const dir = mkdtempSync(join(tmpdir(), "ogi-nvim-"));
  const out = join(dir, "out.json");
  const hoverAt = positionOf(ex.text, "[293,", 1);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${join(repoRoot, "packages/lsp/test/nvim/drive.lua")}`, ex.path], {
        cwd: repoRoot,
        // Neovim 0.7 pushes its settings (didChangeConfiguration) possibly after didOpen; with a Chinese
        // environment the first publish is already in Chinese, whichever comes first.
        env: { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "", OGI_SERVER: serverPath, OGI_OUT: out, OGI_HOVER_LINE: String(hoverAt.line), OGI_HOVER_COL: String(hoverAt.character), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
        stdio: ["ignore", "ignore", "pipe"],
      });
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error("nvim did not finish within 50 s"));
      }, 50_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
    const got = JSON.parse(readFileSync(out, "utf8")) as {
      error: string | null;
      diagnostics: { code: string; lnum: number; col: number; severity: number; message: string; source: string }[];
      hover: string | null;
    };
    expect(got.error).toBeNull();
    const core = checkText(ex.text, { locale: "zh-CN" }).findings;
    const seen = got.diagnostics.map((d) => [d.code, d.lnum, d.col, d.message]).sort();
    expect(seen).toEqual(core.map((f) => [f.ruleId, f.range.start.line, f.range.start.character, f.message]).sort());
    expect(got.diagnostics.every((d) => d.source === "ogi")).toBe(true);
    expect(got.hover).toContain("一、本年新收政府信息公开申请数量");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
