import { fileURLToPath } from "node:url";
import { requireCompiled } from "./compile-cache.js";
import type { Io } from "./io.js";
import type * as Cli from "./main.js";

// dist/main.js, beside this file, compiled through V8's code cache: most of a cold start is compiling it.
const { main } = requireCompiled(fileURLToPath(new URL("./main.js", import.meta.url)), process.env) as typeof Cli;

// Piped into `head` and the like: a closed stdout is the reader saying "enough", not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  // Built beside this file (scripts/build.mjs).
  checkWorker: new URL("./check-worker.js", import.meta.url),
};

// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
void main(process.argv.slice(2), io).then((code) => {
  // Exit once everything written has been handed to the OS, so piped output is never cut short.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
});
