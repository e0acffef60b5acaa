import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { assertBuilt, binPath, repoDir, tempDir } from "./harness.js";

// Issue 17 items 2 and 13, issue 14's audit part: `ogi audit` walks folders as `ogi check` does (a symlink loop
// counts a report once, a FIFO does not hang), accounts for every file it is given, decides "is this a report?"
// from the first kilobytes, survives a file that breaks the checker, and prints names with control characters
// escaped.

const seed = readFileSync(join(repoDir, "examples", "seed-2025.yaml"), "utf8");
const root = tempDir("ogi-audit-");
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Entry {
  file: string;
  status: string;
  reason?: string;
}

function audit(args: string[], cwd = root, limitMs = 30_000) {
  assertBuilt();
  const started = Date.now();
  const r = spawnSync(process.execPath, [binPath, "audit", ...args], { cwd, encoding: "utf8", timeout: limitMs, killSignal: "SIGKILL", env: { PATH: process.env.PATH ?? "", HOME: root, LANG: "en_US.UTF-8" } });
  expect(r.signal, `killed after ${Date.now() - started} ms`).toBeNull();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe("the folder walk of ogi check", () => {
  test("self -> . and up -> .. end, a FIFO named *.html does not hang, a symlinked copy counts once", () => {
    const dir = folder("loops", { "report.yaml": seed });
    symlinkSync(".", join(dir, "self"));
    symlinkSync("..", join(dir, "up"));
    symlinkSync("report.yaml", join(dir, "again.yaml"));
    spawnSync("mkfifo", [join(dir, "page.html")]);
    const r = audit(["loops", "--format", "json"]);
    const out = JSON.parse(r.stdout) as { files: Entry[]; totals: { reports: number } };
    expect(out.totals.reports).toBe(1);
    // One file under two names is one report (the first name met); the FIFO is listed, never opened.
    expect(out.files.map((f) => [f.file, f.status])).toEqual([
      ["loops/again.yaml", "checked"],
      ["loops/page.html", "not-a-report"],
    ]);
    expect(out.files[1]!.reason).toContain("not a regular file");
    expect(r.code).toBe(0);
  });
});

describe("every file given is accounted for", () => {
  test("checked, no table found, not a report: each with its reason, in the JSON and the text", () => {
    const unrelated = "This is a novel chapter about the sea, not a report.\n".repeat(30_000); // ~1.5 MB
    folder("mixed", { "report.yaml": seed, "notes.txt": unrelated, "ci.yaml": "on: push\n", "draft.html": "<html><body><h1>2025年政府信息公开工作年度报告</h1><p>正文待补。</p></body></html>" });
    const r = audit(["mixed", "--format", "json"]);
    expect(r.ms).toBeLessThan(10_000);
    const out = JSON.parse(r.stdout) as { files: Entry[]; reports: { file: string }[] };
    expect(out.files.map((f) => [f.file, f.status])).toEqual([
      ["mixed/ci.yaml", "not-a-report"],
      ["mixed/draft.html", "no-table"],
      ["mixed/notes.txt", "not-a-report"],
      ["mixed/report.yaml", "checked"],
    ]);
    for (const f of out.files) if (f.status !== "checked") expect(f.reason, f.file).toBeTruthy();
    expect(out.reports.map((x) => x.file)).toEqual(["mixed/report.yaml"]);
    const text = audit(["mixed"]).stdout;
    for (const name of ["ci.yaml", "draft.html", "notes.txt", "report.yaml"]) expect(text).toContain(`mixed/${name}`);
    expect(text).toMatch(/mixed\/notes\.txt {2}not a report: /);
    expect(text).toMatch(/mixed\/draft\.html {2}no table found: /);
  });


  test("a long unrelated text named on the command line is a glance, not an import", () => {
    folder("named", { "notes.txt": "This is a novel chapter about the sea, not a report.\n".repeat(30_000), "report.yaml": seed });
    const r = audit(["named/notes.txt", "named/report.yaml", "--format", "json"]);
    expect(r.ms).toBeLessThan(10_000);
    const out = JSON.parse(r.stdout) as { files: Entry[] };
    expect(out.files.map((f) => [f.file, f.status])).toEqual([
      ["named/notes.txt", "not-a-report"],
      ["named/report.yaml", "checked"],
    ]);
  });

  test("a folder with no report in it is not `0 reports, exit 0`", () => {
    folder("empty-handed", { "notes.txt": "shopping list\n", "ci.yaml": "on: push\n" });
    const r = audit(["empty-handed"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ogi: no report found among the 2 files given");
  });

  test("a file that breaks the checker is one entry; the other files are still audited", () => {
    const deep = seed.replace("year: 2025\n", `year: 2025\nnote: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`);
    folder("breaking", { "a-deep.yaml": deep, "b-report.yaml": seed });
    const r = audit(["breaking", "--format", "json"]);
    const out = JSON.parse(r.stdout) as { files: Entry[]; totals: { reports: number } };
    expect(out.files.map((f) => f.file)).toEqual(["breaking/a-deep.yaml", "breaking/b-report.yaml"]);
    expect(out.files[1]!.status).toBe("checked");
    expect(["checked", "internal"]).toContain(out.files[0]!.status);
  });
});

describe("names in the text output cannot drive the terminal", () => {
  test("ESC and a bare CR in an agency name and a file name are shown escaped", () => {
    const dir = folder("controls", {});
    writeFileSync(join(dir, "evil\x1b[2Jname.yaml"), seed.replace("agency: 福建省人力资源和社会保障厅", 'agency: "\\e]0;pwned\\a\\r✔ no problems"'));
    const r = audit(["controls"]);
    expect(r.stdout).not.toMatch(/[\x1b\r\x07]/);
    expect(r.stdout).toContain("evil\\u001b[2Jname.yaml");
    expect(r.stdout).toContain("\\u001b]0;pwned\\u0007\\u000d✔ no problems");
  });
});
