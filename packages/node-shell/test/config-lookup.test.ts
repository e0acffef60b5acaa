import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ConfigLookup, configDistrust } from "../src/index.js";
import { temporaryFolders } from "./temp-folders.js";

// Real config files in a temporary folder; `home` is the folder itself so the upward search never reaches the
// machine's own home or /tmp.
const { root, folder } = temporaryFolders("ogi-config-lookup-");

const uid = process.getuid!();
const OTHER_UID = 4242;

describe("the upward search", () => {
  test("the nearest config wins, found from a folder below it, and the first name of the list before the others", () => {
    const dir = folder("nearest", {
      ".ogi.yaml": "rules:\n  t4-total: off\n",
      "ogi.config.yaml": "rules:\n  t4-total: warning\n",
      "a/b/.ogi.yml": "rules:\n  t3-balance: info\n",
      "a/b/c/report.yaml": "",
    });
    const lookup = new ConfigLookup({ kind: "search" }, { home: root });
    expect(lookup.forFolder(join(dir, "a/b/c"))).toEqual({ config: { rules: { "t3-balance": "info" } }, errors: [], file: join(dir, "a/b/.ogi.yml"), ignored: [] });
    expect(lookup.forFolder(join(dir, "a"))).toMatchObject({ config: { rules: { "t4-total": "off" } }, file: join(dir, ".ogi.yaml") });
  });

  test("the search stops at the repository root and at the home folder: a config above either is not reached", () => {
    const dir = folder("bounded", { ".ogi.yaml": "rules:\n  t4-total: off\n", "repo/x/r.yaml": "", "home/x/r.yaml": "" });
    mkdirSync(join(dir, "repo", ".git"));
    expect(new ConfigLookup({ kind: "search" }, { home: root }).forFolder(join(dir, "repo/x"))).toEqual({ config: { rules: {} }, errors: [], ignored: [] });
    expect(new ConfigLookup({ kind: "search" }, { home: join(dir, "home") }).forFolder(join(dir, "home/x"))).toEqual({ config: { rules: {} }, errors: [], ignored: [] });
    expect(new ConfigLookup({ kind: "search" }, { home: root }).forFolder(join(dir, "home/x")).file).toBe(join(dir, ".ogi.yaml"));
  });

  test("a folder that cannot be listed (it does not exist) is passed over, and the search goes on above it", () => {
    const dir = folder("unlisted", { ".ogi.yaml": "rules:\n  t4-total: off\n" });
    expect(new ConfigLookup({ kind: "search" }, { home: root }).forFolder(join(dir, "gone/deeper")).file).toBe(join(dir, ".ogi.yaml"));
  });

  test("an answer is remembered until invalidate(): a config created meanwhile is seen only after it", () => {
    const dir = folder("remembered", { "x/r.yaml": "" });
    mkdirSync(join(dir, ".git"));
    const lookup = new ConfigLookup({ kind: "search" }, { home: root });
    expect(lookup.forFolder(join(dir, "x")).file).toBeUndefined();
    writeFileSync(join(dir, ".ogi.yaml"), "locale: en\n");
    expect(lookup.forFolder(join(dir, "x")).file).toBeUndefined();
    lookup.invalidate();
    expect(lookup.forFolder(join(dir, "x"))).toMatchObject({ config: { locale: "en", rules: {} }, file: join(dir, ".ogi.yaml") });
  });

  test("a config with mistakes keeps what is valid and says where each mistake is", () => {
    const dir = folder("mistakes", { ".ogi.yaml": "locale: en\nrules:\n  t4-totl: off\n" });
    const found = new ConfigLookup({ kind: "search" }, { home: root }).forFolder(dir);
    expect(found.config).toEqual({ locale: "en", rules: {} });
    expect(found.errors).toEqual([expect.objectContaining({ code: "config-key", message: 'unknown rule "t4-totl"', file: join(dir, ".ogi.yaml"), range: { start: { line: 2, character: 2 }, end: { line: 2, character: 9 } } })]);
  });

  test("a config found that is not a regular file (a folder by that name) is an unreadable config, located at its start", () => {
    const dir = folder("not-a-file");
    mkdirSync(join(dir, ".ogi.yaml"));
    const found = new ConfigLookup({ kind: "search" }, { home: root }).forFolder(dir);
    expect(found.errors).toEqual([
      { code: "config-unreadable", message: "not a regular file (FIFOs, devices and folders are not read)", file: join(dir, ".ogi.yaml"), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    ]);
    expect(found.config).toEqual({ rules: {} });
  });
});

describe("configs nobody vouches for are skipped, and said", () => {
  test("a world-writable config is skipped and the search goes on to the next one up", () => {
    const dir = folder("world-writable", { ".ogi.yaml": "rules:\n  t4-total: off\n", "sub/.ogi.yaml": "rules:\n  t4-total: info\n" });
    mkdirSync(join(dir, ".git"));
    chmodSync(join(dir, "sub/.ogi.yaml"), 0o666);
    const found = new ConfigLookup({ kind: "search" }, { home: root }).forFolder(join(dir, "sub"));
    expect(found.file).toBe(join(dir, ".ogi.yaml"));
    expect(found.config.rules).toEqual({ "t4-total": "off" });
    expect(found.ignored).toEqual([{ file: join(dir, "sub/.ogi.yaml"), reason: { zh: "任何人都可以修改这个文件", en: "anyone can write to it" } }]);
  });

  test("a world-writable config with nothing above it: no config, and the skipped one named", () => {
    const dir = folder("world-writable-alone", { ".ogi.yaml": "rules:\n  t4-total: off\n" });
    mkdirSync(join(dir, ".git"));
    chmodSync(join(dir, ".ogi.yaml"), 0o646);
    const found = new ConfigLookup({ kind: "search" }, { home: root }).forFolder(dir);
    expect(found).toEqual({ config: { rules: {} }, errors: [], ignored: [{ file: join(dir, ".ogi.yaml"), reason: expect.objectContaining({ en: "anyone can write to it" }) }] });
  });

  // Giving a file to another user needs root (chown): as root the whole lookup is shown; as any other user the same
  // rule is shown by judging a file of one's own for another uid (configDistrust takes the uid to judge for).
  test("a config another user owns is skipped and said; root's files are trusted (as root: the whole lookup; as a user: the judgement for another uid)", () => {
    const dir = folder("other-user", { ".ogi.yaml": "rules:\n  t4-total: off\n" });
    const file = join(dir, ".ogi.yaml");
    mkdirSync(join(dir, ".git"));
    if (uid !== 0) {
      expect(configDistrust(file, uid + 1)).toMatchObject({ reason: { en: `owned by another user (uid ${uid})` } });
      return;
    }
    chownSync(file, OTHER_UID, OTHER_UID);
    const found = new ConfigLookup({ kind: "search" }, { home: root }).forFolder(dir);
    expect(found.file).toBeUndefined();
    expect(found.ignored).toEqual([{ file, reason: { zh: `文件属于其他用户（uid ${OTHER_UID}）`, en: `owned by another user (uid ${OTHER_UID})` } }]);
    // A non-root user trusts root's files (installed by a package or an image), not another user's.
    expect(configDistrust(file, 1000)).toMatchObject({ reason: { en: `owned by another user (uid ${OTHER_UID})` } });
    chownSync(file, 0, 0);
    expect(configDistrust(file, 1000)).toBeUndefined();
  });

  test("a file of one's own is trusted", () => {
    const dir = folder("own", { ".ogi.yaml": "locale: en\n" });
    expect(configDistrust(join(dir, ".ogi.yaml"))).toBeUndefined();
  });

  test("where the system has no user ids every file is trusted, and a file gone meanwhile is not judged", () => {
    const dir = folder("no-uids", { ".ogi.yaml": "locale: en\n" });
    chmodSync(join(dir, ".ogi.yaml"), 0o666);
    // Windows: Node has no process.getuid there; this machine is made to look like one for the call.
    const getuid = process.getuid;
    try {
      Object.assign(process, { getuid: undefined });
      expect(configDistrust(join(dir, ".ogi.yaml"))).toBeUndefined();
    } finally {
      Object.assign(process, { getuid });
    }
    expect(configDistrust(join(dir, ".ogi.yaml"))).toMatchObject({ reason: { en: "anyone can write to it" } });
    unlinkSync(join(dir, ".ogi.yaml"));
    expect(configDistrust(join(dir, ".ogi.yaml"))).toBeUndefined();
  });
});

describe("--config and --no-config", () => {
  test("--no-config: no rules from any file, however near", () => {
    const dir = folder("no-config", { ".ogi.yaml": "rules:\n  t4-total: off\n" });
    expect(new ConfigLookup({ kind: "none" }).forFolder(dir)).toEqual({ config: { rules: {} }, errors: [], ignored: [] });
  });

  test("--config names one file, used for every folder, and not subject to the ownership rule", () => {
    const dir = folder("named", { "settings/mine.yaml": "rules:\n  t4-total: warning\n", "a/r.yaml": "", "b/.ogi.yaml": "rules:\n  t4-total: off\n" });
    chmodSync(join(dir, "settings/mine.yaml"), 0o666);
    const lookup = new ConfigLookup({ kind: "file", path: join(dir, "settings/mine.yaml") }, { cwd: dir, home: root });
    expect(lookup.forFolder(join(dir, "a"))).toEqual({ config: { rules: { "t4-total": "warning" } }, errors: [], file: join(dir, "settings/mine.yaml"), ignored: [] });
    expect(lookup.forFolder(join(dir, "b")).file).toBe(join(dir, "settings/mine.yaml"));
  });

  test("--config outside the project is refused unless --allow-read allows its folder", () => {
    const project = folder("named-project", { ".git/HEAD": "" });
    const elsewhere = folder("named-elsewhere", { "ogi.yaml": "locale: en\n" });
    const refused = new ConfigLookup({ kind: "file", path: join(elsewhere, "ogi.yaml") }, { cwd: project, home: root }).forFolder(project);
    expect(refused.errors).toEqual([expect.objectContaining({ code: "config-unreadable", message: "the config file is outside the project (allow it with --allow-read)", file: join(elsewhere, "ogi.yaml") })]);
    const allowed = new ConfigLookup({ kind: "file", path: join(elsewhere, "ogi.yaml") }, { cwd: project, home: root, allowRead: [elsewhere] }).forFolder(project);
    expect(allowed).toMatchObject({ config: { locale: "en" }, errors: [], file: join(elsewhere, "ogi.yaml") });
  });

  test("--config naming a missing file, or a FIFO, is an error with the reason, not a hang", () => {
    const dir = folder("named-missing", { ".git/HEAD": "" });
    const missing = new ConfigLookup({ kind: "file", path: join(dir, "nope.yaml") }, { cwd: dir, home: root }).forFolder(dir);
    expect(missing.errors.map((e) => e.message)).toEqual(["config file not found"]);
    const fifo = join(dir, "fifo.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(new ConfigLookup({ kind: "file", path: fifo }, { cwd: dir, home: root }).forFolder(dir).errors.map((e) => e.message)).toEqual([
      "not a regular file (FIFOs, devices and folders are not read)",
    ]);
  });

  // Root reads any file: as root the refusal is shown by the built module in a child process running as `nobody`.
  test("--config naming a file the user may not read: the system's reason, EACCES (as root, in a child process running as nobody)", () => {
    const dir = folder("named-unreadable", { ".git/HEAD": "", "secret.yaml": "locale: en\n" });
    const file = join(dir, "secret.yaml");
    if (uid !== 0) {
      chmodSync(file, 0o000);
      expect(new ConfigLookup({ kind: "file", path: file }, { cwd: dir, home: root }).forFolder(dir).errors.map((e) => e.message)).toEqual(["cannot read config file (EACCES)"]);
      return;
    }
    chmodSync(root, 0o755);
    chmodSync(file, 0o600);
    const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));
    // The module is loaded as root and only then does the process become nobody: the repository may sit in a folder
    // nobody cannot enter (the fresh-clone run's is mode 700), while the file under test is what must be refused.
    const script = `const { ConfigLookup } = await import(${JSON.stringify(built)}); const d = ${JSON.stringify(dir)};
      process.setgid(65534); process.setuid(65534);
      console.log(JSON.stringify(new ConfigLookup({ kind: "file", path: ${JSON.stringify(file)} }, { cwd: d, home: ${JSON.stringify(root)} }).forFolder(d).errors.map((e) => e.message)));`;
    // A coverage run's folder is not nobody's to write in, and Node passes NODE_V8_COVERAGE on to every child unless
    // the child's environment names one itself: name a folder nobody may write (this child's coverage is not kept).
    const coverageDir = join(root, "nobody-coverage");
    mkdirSync(coverageDir, { recursive: true, mode: 0o777 });
    chmodSync(coverageDir, 0o777);
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, NODE_V8_COVERAGE: coverageDir } });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(["cannot read config file (EACCES)"]);
  });

  test("--config naming a path through a file says the system's reason (ENOTDIR), not \"not found\"", () => {
    const dir = folder("named-notdir", { ".git/HEAD": "", "file.yaml": "locale: en\n" });
    // A path through a file: ENOTDIR, a reason other than "not found".
    const found = new ConfigLookup({ kind: "file", path: join(dir, "file.yaml", "x.yaml") }, { cwd: dir, home: root }).forFolder(dir);
    expect(found.errors.map((e) => e.message)).toEqual(["cannot read config file (ENOTDIR)"]);
  });
});
