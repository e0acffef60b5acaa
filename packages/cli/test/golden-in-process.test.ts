import { describe, it } from "vitest";
import { captureIo, main } from "../src/main.js";
import { runScenario, scenarios } from "./golden-scenarios.js";
import { version as sourceVersion } from "../src/version.js";
import { version, type RunOptions, type RunResult } from "./harness.js";

/**
 * The golden scenarios through `main(argv, io)`, in this process: the same transcripts as the built binary gives
 * (golden.test.ts), so the contract the bin wraps is the whole CLI, and what these runs execute is counted by
 * coverage (a subprocess is not).
 */
async function runInProcess(args: string[], options: RunOptions): Promise<RunResult> {
  // The binary's environment in the subprocess tests: PATH, HOME and English unless the scenario says otherwise.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LANG: "en_US.UTF-8", ...options.env };
  const io = captureIo({ cwd: options.cwd ?? ".", env, ...(options.stdin !== undefined ? { stdin: options.stdin } : {}) });
  const code = await main(args, io);
  // The bundler stamps package.json's version into the binary; the sources say 0.0.0-source.
  const stamped = (text: string) => text.replaceAll(sourceVersion, version);
  return { code, stdout: stamped(io.out), stderr: stamped(io.err) };
}

describe("golden scenarios (main in-process)", () => {
  for (const s of scenarios) it(s.name, () => runScenario(s, runInProcess));
});
