/**
 * Everything the commands need from the outside world except the file system, so that tests and other
 * front ends can run `main` in-process and see exactly what a terminal would.
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input, as UTF-8 text. */
  readStdin(): Promise<string>;
  /** Relative paths on the command line resolve against this folder, not `process.cwd()`. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /**
   * The check worker script (dist/check-worker.js), so that `ogi check` can spread many files over threads;
   * without it every file is checked on the calling thread.
   */
  checkWorker?: URL | string;
}

/** An Io that collects output in strings: for tests and for front ends that embed the CLI. */
export interface CapturedIo extends Io {
  out: string;
  err: string;
}

export function captureIo(options: Partial<Omit<Io, "stdout" | "stderr">> & { stdin?: string } = {}): CapturedIo {
  const io: CapturedIo = {
    out: "",
    err: "",
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: options.readStdin ?? (async () => options.stdin ?? ""),
    cwd: options.cwd ?? ".",
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  };
  return io;
}
