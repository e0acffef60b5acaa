import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkText, ruleDocUrl, type Finding } from "@ogi-report/core";
import { example } from "./helpers/examples.js";
import { fileUri, LspClient, type Diagnostic } from "./helpers/lsp-client.js";
import { applyTextEdits, positionOf, type Edit } from "./helpers/text.js";

// One server for the read-only features; tests that need their own settings start their own.
let client: LspClient;
const seed = example("seed-2025.yaml");
const rowTotal = example("broken/t3-row-total.yaml");
let docCounter = 0;

/** A fresh URI beside the real file (same folder: same config file), so tests do not share document state. */
function uriFor(path: string): string {
  return fileUri(path.replace(/\.yaml$/, `.t${++docCounter}.yaml`));
}

async function openAndWait(c: LspClient, path: string, text: string) {
  const uri = uriFor(path);
  c.open(uri, text);
  const published = await c.waitForDiagnostics(uri, (p) => p.version === 1);
  return { uri, published };
}

beforeAll(async () => {
  client = await LspClient.start({ settings: { locale: "zh-CN", inlayHints: "short" } });
});

afterAll(async () => {
  await client.stop();
});

describe("diagnostics", () => {
  test("every core finding, with rule id, doc link, related cells and the likely cause", async () => {
    const { published } = await openAndWait(client, rowTotal.path, rowTotal.text);
    const core = checkText(rowTotal.text, { locale: "zh-CN" }).findings;
    expect(published.diagnostics.map((d) => [d.code, d.message])).toEqual(core.map((f) => [f.ruleId, f.message]));
    const d = published.diagnostics.find((x) => x.code === "t3-row-total")!;
    expect(d.severity).toBe(1);
    expect(d.source).toBe("ogi");
    expect(d.codeDescription?.href).toBe(ruleDocUrl("t3-row-total"));
    expect(d.data?.path).toBe("/applications/results/partiallyGranted/6");
    const related = d.relatedInformation!;
    // The likely cause first, then the six addends of the failed sum, each naming its value.
    expect(related[0]!.message).toMatch(/可能的原因/);
    expect(related.length).toBeGreaterThanOrEqual(7);
    expect(related.filter((r) => /自然人栏 = 11/.test(r.message))).toHaveLength(1);
    const natural = positionOf(rowTotal.text, "[11,", 1);
    expect(related.some((r) => r.location.range.start.line === natural.line && r.location.range.start.character === natural.character)).toBe(true);
  });

  test("warnings stay warnings; info is Information", async () => {
    const ex = example("broken/template-year.yaml");
    const { published } = await openAndWait(client, ex.path, ex.text);
    expect(published.diagnostics.find((d) => d.code === "template-year")?.severity).toBe(2);
    const c = await LspClient.start({ settings: { rules: { "t3-row-total": "info" } } });
    try {
      const { published: p } = await openAndWait(c, rowTotal.path, rowTotal.text);
      expect(p.diagnostics.find((d) => d.code === "t3-row-total")?.severity).toBe(3);
    } finally {
      await c.stop();
    }
  });

  test("a publish is never stale: each carries its version and that version's findings", async () => {
    const uri = uriFor(seed.path);
    const broken = rowTotal.text;
    const texts = [seed.text, broken, seed.text, broken, broken.replace("[11, 0, 0, 0, 0, 0, 12]", "[11, 0, 0, 0, 0, 0, 13]")];
    const since = client.publishes.length;
    client.open(uri, texts[0]!);
    for (let v = 2; v <= texts.length; v++) client.replace(uri, texts[v - 1]!, v);
    const last = await client.waitForDiagnostics(uri, (p) => p.version === texts.length, 10_000, since);
    const mine = client.publishes.slice(since).filter((p) => p.uri === uri);
    const versions = mine.map((p) => p.version!);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    for (const p of mine) {
      const expected = checkText(texts[p.version! - 1]!, { locale: "zh-CN" }).findings.map((f) => f.message);
      expect(p.diagnostics.map((d) => d.message)).toEqual(expected);
    }
    expect(last.diagnostics.some((d) => /为 13/.test(d.message))).toBe(true);
  });

  test("YAML that is not a report gets an empty list and no features", async () => {
    const uri = fileUri("/tmp/not-a-report.yaml");
    client.open(uri, "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
    const p = await client.waitForDiagnostics(uri);
    expect(p.diagnostics).toEqual([]);
    expect(await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 1 } })).toBeNull();
    expect(await client.request("textDocument/completion", { textDocument: { uri }, position: { line: 3, character: 2 } })).toBeNull();
    expect(await client.request("textDocument/documentSymbol", { textDocument: { uri } })).toEqual([]);
    expect(await client.request("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });

  test("a report named only by its $schema modeline is checked", async () => {
    const uri = fileUri("/tmp/modeline-only.yaml");
    client.open(uri, "# yaml-language-server: $schema=https://example.org/ogi-report.schema.json\nagency: x\n");
    const p = await client.waitForDiagnostics(uri);
    expect(p.diagnostics.length).toBeGreaterThan(0);
  });
});

describe("hover", () => {
  let uri: string;
  beforeAll(async () => {
    ({ uri } = await openAndWait(client, seed.path, seed.text));
  });
  const hoverAt = async (needle: string, delta = 0, nth = 0) =>
    client.request<{ contents: { kind: string; value: string }; range: unknown } | null>("textDocument/hover", {
      textDocument: { uri },
      position: positionOf(seed.text, needle, delta, nth),
    });

  test("on a cell: row and column labels in Chinese and English, and the value", async () => {
    const h = await hoverAt("[293,", 1);
    expect(h!.contents.kind).toBe("markdown");
    expect(h!.contents.value).toContain("一、本年新收政府信息公开申请数量");
    expect(h!.contents.value).toContain("自然人");
    expect(h!.contents.value).toContain("New applications received this year");
    expect(h!.contents.value).toContain("Natural persons");
    expect(h!.contents.value).toContain("`293`");
  });

  test("on a total: the formula with the computed value", async () => {
    const h = await hoverAt("309]", 0);
    expect(h!.contents.value).toContain("六类申请人之和");
    expect(h!.contents.value).toContain("= 293 + 16 + 0 + 0 + 0 + 0 = **309** ✓");
    const grand = await hoverAt("312]", 0);
    // 「（七）总计」 in the 总计 column is both a row and a column total.
    expect(grand!.contents.value).toContain("本栏 21 项办理结果之和");
    expect(grand!.contents.value).toContain("六类申请人之和");
  });

  test("a total that does not add up shows both sides", async () => {
    const { uri: broken } = await openAndWait(client, rowTotal.path, rowTotal.text);
    const h = await client.request<{ contents: { value: string } }>("textDocument/hover", {
      textDocument: { uri: broken },
      position: positionOf(rowTotal.text, "0, 12]", 3),
    });
    expect(h.contents.value).toContain("= 11 + 0 + 0 + 0 + 0 + 0 = **11** ≠ 12");
  });

  test("on keys: the template item and the description", async () => {
    const regulations = await hoverAt("regulations:", 1);
    expect(regulations!.contents.value).toContain("「第二十条第（一）项」");
    expect(regulations!.contents.value).toContain("「规章」");
    expect(regulations!.contents.value).toContain("本年制发件数");
    const part = await hoverAt("applications:", 1);
    expect(part!.contents.value).toContain("三、收到和处理政府信息公开申请情况");
    expect(part!.contents.value).toContain("表三");
    const denied = await hoverAt("denied:", 1);
    expect(denied!.contents.value).toContain("（三）不予公开");
    const template = await hoverAt("template:", 1);
    expect(template!.contents.value).toContain("格式");
  });

  test("plain text for clients without markdown", async () => {
    const caps = { textDocument: { hover: { contentFormat: ["plaintext"] } } };
    const c = await LspClient.start({ capabilities: caps });
    try {
      const u = uriFor(seed.path);
      c.open(u, seed.text);
      await c.waitForDiagnostics(u);
      const h = await c.request<{ contents: { kind: string; value: string } }>("textDocument/hover", { textDocument: { uri: u }, position: positionOf(seed.text, "[293,", 1) });
      expect(h.contents.kind).toBe("plaintext");
      expect(h.contents.value).not.toContain("**");
    } finally {
      await c.stop();
    }
  });
});

describe("completion", () => {
  interface Item {
    label: string;
    detail?: string;
    textEdit?: { newText: string };
    insertTextFormat?: number;
  }
  async function completeAt(text: string, line: number, character: number): Promise<Item[]> {
    const uri = uriFor(seed.path);
    client.open(uri, text);
    const list = await client.request<{ items: Item[] } | null>("textDocument/completion", { textDocument: { uri }, position: { line, character } });
    client.close(uri);
    return list?.items ?? [];
  }
  const head = 'template: "2021"\nagency: 测试局\nyear: 2025\n';

  test("top level: the missing parts with their headings, and whole-part skeletons", async () => {
    const items = await completeAt(`${head}overview: |\n  文字\n\n`, 6, 0);
    const labels = items.map((i) => i.label);
    expect(labels).toContain("applications");
    expect(labels).not.toContain("overview"); // already there
    expect(labels).not.toContain("template");
    expect(items.find((i) => i.label === "applications")!.detail).toBe("三、收到和处理政府信息公开申请情况");
    const skeleton = items.find((i) => i.label.startsWith("applications（"))!;
    expect(skeleton.textEdit!.newText).toContain("newReceived:");
    expect(skeleton.textEdit!.newText).toContain("[0, 0, 0, 0, 0, 0, 0]");
    expect(labels).toContain("published");
  });

  test("table-3 rows at each nesting level, groups with their rows, a zero row of the right length", async () => {
    const text = `${head}applications:\n  newReceived: [1, 0, 0, 0, 0, 0, 1]\n  \n  results:\n    \n    denied:\n      \n`;
    const level1 = await completeAt(text, 5, 2);
    expect(level1.map((i) => i.label)).toEqual(["carriedOver", "carriedForward"]);
    expect(level1[0]!.detail).toBe("二、上年结转政府信息公开申请数量");
    expect(level1[0]!.textEdit!.newText).toBe("carriedOver: [${1:0}, ${2:0}, ${3:0}, ${4:0}, ${5:0}, ${6:0}, ${7:0}]");
    const level2 = await completeAt(text, 7, 4);
    expect(level2.map((i) => i.label)).toContain("granted");
    expect(level2.map((i) => i.label)).not.toContain("denied");
    const group = level2.find((i) => i.label === "unableToProvide")!;
    expect(group.detail).toBe("（四）无法提供");
    expect(group.textEdit!.newText).toBe(
      "unableToProvide:\n      notHeld: [0, 0, 0, 0, 0, 0, 0]\n      requiresCreation: [0, 0, 0, 0, 0, 0, 0]\n      unclearAfterCorrection: [0, 0, 0, 0, 0, 0, 0]",
    );
    const level3 = await completeAt(text, 9, 6);
    expect(level3.map((i) => i.label)).toContain("stateSecret");
    expect(level3.find((i) => i.label === "stateSecret")!.detail).toBe("1.属于国家秘密");
  });

  test("values: the zero row after a row key, template ids after template:", async () => {
    const row = await completeAt(`${head}applications:\n  carriedOver: \n`, 4, 15);
    expect(row[0]!.textEdit!.newText).toBe("[${1:0}, ${2:0}, ${3:0}, ${4:0}, ${5:0}, ${6:0}, ${7:0}]");
    const review = await completeAt(`${head}reviewAndLitigation:\n  review:`, 4, 9);
    expect(review[0]!.textEdit!.newText).toBe(" [${1:0}, ${2:0}, ${3:0}, ${4:0}, ${5:0}]");
    const tpl = await completeAt(`template: \n`, 0, 10);
    expect(tpl.map((i) => i.label)).toEqual(['"2021"', '"2019"']);
  });

  test("table-2 rows and table-4 groups", async () => {
    const t2 = await completeAt(`${head}activeDisclosure:\n  licensing: 0\n  \n`, 5, 2);
    expect(t2.map((i) => i.label)).toEqual(["regulations", "normativeDocuments", "penalty", "coercion", "fees"]);
    expect(t2[0]!.textEdit!.newText).toBe("regulations: { issued: 0, repealed: 0, inForce: 0 }");
    expect(t2[0]!.detail).toBe("第二十条第（一）项「规章」");
    const t4 = await completeAt(`${head}reviewAndLitigation:\n  \n`, 4, 2);
    expect(t4.map((i) => i.label)).toEqual(["review", "litigationDirect", "litigationAfterReview"]);
    expect(t4[1]!.detail).toBe("行政诉讼·未经复议直接起诉");
    const t2019 = await completeAt(`template: "2019"\nactiveDisclosure:\n  \n`, 2, 2);
    expect(t2019.map((i) => i.label)).toContain("procurement");
  });
});

describe("code actions", () => {
  interface Action {
    title: string;
    kind?: string;
    isPreferred?: boolean;
    diagnostics?: Diagnostic[];
    edit?: { documentChanges?: { textDocument: { version: number }; edits: Edit[] }[] };
    command?: { command: string; arguments: unknown[] };
  }
  const actionsAt = (uri: string, range: unknown, only?: string[]) =>
    client.request<Action[]>("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });
  const editsOf = (a: Action) => a.edit!.documentChanges![0]!.edits;

  test("every fix as a quick fix, the suppression and the rule's doc", async () => {
    const { uri, published } = await openAndWait(client, rowTotal.path, rowTotal.text);
    const d = published.diagnostics.find((x) => x.code === "t3-row-total")!;
    const actions = await actionsAt(uri, d.range);
    const fix = actions.find((a) => /改为 11/.test(a.title))!;
    expect(fix.kind).toBe("quickfix");
    expect(fix.isPreferred).toBeUndefined(); // setting a total is offered, never preferred
    expect(fix.edit!.documentChanges![0]!.textDocument.version).toBe(1);
    const fixed = applyTextEdits(rowTotal.text, editsOf(fix));
    expect(checkText(fixed).findings).toEqual([]);

    const suppress = actions.find((a) => a.title.includes("禁用 t3-row-total"))!;
    const suppressed = applyTextEdits(rowTotal.text, editsOf(suppress));
    expect(suppressed).toContain("    # ogi-disable-next-line t3-row-total -- \n    partiallyGranted: [11, 0, 0, 0, 0, 0, 12]");
    // Finished with a reason, the finding is gone.
    const withReason = suppressed.replace("t3-row-total -- \n", "t3-row-total -- 原表如此\n");
    expect(checkText(withReason).findings.map((f) => f.ruleId)).not.toContain("t3-row-total");

    const doc = actions.find((a) => a.command?.command === "ogi.openRuleDoc")!;
    expect(doc.command!.arguments).toEqual(["t3-row-total"]);
    await client.request("workspace/executeCommand", doc.command);
    expect(client.shownDocuments).toContainEqual({ uri: ruleDocUrl("t3-row-total"), external: true });
  });

  test("insert a missing part; normalise a digit", async () => {
    const missing = example("broken/section-missing.yaml");
    const { uri, published } = await openAndWait(client, missing.path, missing.text);
    const d = published.diagnostics.find((x) => x.data?.path === "/otherMatters")!;
    const insert = (await actionsAt(uri, d.range)).find((a) => a.title.includes("插入"))!;
    expect(applyTextEdits(missing.text, editsOf(insert))).toMatch(/otherMatters: \|\n {2}（待填写）\n$/);

    const value = example("broken/cell-value.yaml");
    const v = await openAndWait(client, value.path, value.text);
    const digit = v.published.diagnostics.find((x) => x.data?.path === "/activeDisclosure/normativeDocuments/inForce")!;
    const normalise = (await actionsAt(v.uri, digit.range)).find((a) => a.kind === "quickfix" && a.isPreferred)!;
    expect(normalise.title).toMatch(/改为 \d+/);
  });

  test("source.fixAll.ogi applies the safe fixes only", async () => {
    const value = example("broken/cell-value.yaml");
    const { uri } = await openAndWait(client, value.path, value.text);
    const actions = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ["source.fixAll"]);
    expect(actions.map((a) => a.kind)).toEqual(["source.fixAll.ogi"]);
    const fixed = applyTextEdits(value.text, editsOf(actions[0]!));
    const after = checkText(fixed).findings;
    expect(after.some((f) => f.fixes.some((x) => x.safe))).toBe(false);
    // The unsafe case (a fraction in a count) is still reported: nothing is imposed.
    expect(after.map((f) => f.path)).toContain("/reviewAndLitigation/litigationDirect/0");
    // Nothing to fix, no action.
    const clean = await openAndWait(client, seed.path, seed.text);
    expect(await actionsAt(clean.uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ["source.fixAll"])).toEqual([]);
  });
});

test("clients without code-action literals get commands the server carries out", async () => {
  const c = await LspClient.start({ capabilities: { workspace: { applyEdit: true } } });
  try {
    const { uri, published } = await openAndWait(c, rowTotal.path, rowTotal.text);
    const d = published.diagnostics.find((x) => x.code === "t3-row-total")!;
    const commands = await c.request<{ title: string; command: string; arguments: unknown[] }[]>("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = commands.find((x) => x.command === "ogi.applyEdit" && /11/.test(x.title))!;
    await c.request("workspace/executeCommand", fix);
    const edit = c.appliedEdits[0] as { changes: Record<string, Edit[]> };
    expect(checkText(applyTextEdits(rowTotal.text, edit.changes[uri]!)).findings).toEqual([]);
    // Without window/showDocument, the rule's address is shown as a message.
    const doc = commands.find((x) => x.command === "ogi.openRuleDoc")!;
    await c.request("workspace/executeCommand", doc);
    expect(JSON.stringify(c.messages)).toContain(ruleDocUrl("t3-row-total"));
  } finally {
    await c.stop();
  }
});

describe("inlay hints", () => {
  type Hint = { position: { line: number; character: number }; label: string; tooltip?: string };
  const whole = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };

  test("column labels before each value of a row, and the computed sum after a wrong total", async () => {
    const { uri } = await openAndWait(client, rowTotal.path, rowTotal.text);
    const hints = await client.request<Hint[]>("textDocument/inlayHint", { textDocument: { uri }, range: whole });
    const first = positionOf(rowTotal.text, "[293,", 1);
    expect(hints.find((h) => h.position.line === first.line && h.position.character === first.character)!.label).toBe("自然人:");
    expect(hints.filter((h) => h.position.line === first.line).map((h) => h.label)).toEqual(["自然人:", "企业:", "科研:", "公益:", "法律:", "其他:", "总计:"]);
    const wrong = positionOf(rowTotal.text, "12]", 2, 0);
    const sum = hints.find((h) => h.label.startsWith("≠"))!;
    expect(sum.label).toBe("≠ 11");
    expect(sum.position).toEqual(wrong);
    const review = positionOf(rowTotal.text, "review:", 0);
    expect(hints.filter((h) => h.position.line === review.line).map((h) => h.label)).toEqual(["维持:", "纠正:", "其他:", "未结:", "总计:"]);
  });

  test("setting full shows the printed labels; off shows none", async () => {
    for (const [mode, expected] of [
      ["full", ["自然人:", "商业企业:", "科研机构:", "社会公益组织:", "法律服务机构:", "其他:", "总计:"]],
      ["off", []],
    ] as const) {
      const c = await LspClient.start({ settings: { inlayHints: mode, locale: "zh-CN" } });
      try {
        const { uri } = await openAndWait(c, seed.path, seed.text);
        const hints = await c.request<Hint[]>("textDocument/inlayHint", { textDocument: { uri }, range: whole });
        const line = positionOf(seed.text, "[293,").line;
        expect(hints.filter((h) => h.position.line === line).map((h) => h.label)).toEqual(expected);
      } finally {
        await c.stop();
      }
    }
  });
});

describe("outline, folding, formatting", () => {
  test("document symbols: the six parts, groups and rows", async () => {
    const { uri } = await openAndWait(client, seed.path, seed.text);
    type Sym = { name: string; detail?: string; children?: Sym[] };
    const symbols = await client.request<Sym[]>("textDocument/documentSymbol", { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      expect(names).toContain(heading);
    }
    const t3 = symbols.find((s) => s.detail === "applications")!;
    expect(t3.children!.map((c) => c.name)).toEqual(["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "四、结转下年度继续办理"]);
    const results = t3.children![2]!;
    expect(results.children!.find((c) => c.detail === "denied")!.children!).toHaveLength(8);
    const t2 = symbols.find((s) => s.detail === "activeDisclosure")!;
    expect(t2.children![0]!.name).toBe("规章");
  });

  test("folding ranges follow the blocks", async () => {
    const { uri } = await openAndWait(client, seed.path, seed.text);
    const ranges = await client.request<{ startLine: number; endLine: number; kind?: string }[]>("textDocument/foldingRange", { textDocument: { uri } });
    const lineOf = (needle: string) => positionOf(seed.text, needle).line;
    expect(ranges).toContainEqual({ startLine: lineOf("applications:"), endLine: lineOf("carriedForward:") });
    expect(ranges).toContainEqual({ startLine: lineOf("  results:"), endLine: lineOf("    total:") });
    expect(ranges.some((r) => r.startLine === lineOf("overview:"))).toBe(true);
    expect(ranges.some((r) => r.kind === "comment")).toBe(true);
  });

  test("formatting aligns rows into columns and keeps every comment and value", async () => {
    const messy = seed.text
      .replace(/newReceived: +\[293, 16, 0, 0, 0, 0, 309\]/, "newReceived: [293,16,0,  0,0,0,309]  # 本年新收")
      .replace(/review: +\[1, 0, 0, 0, 1\]/, "review: [ 1, 0, 0, 0, 1 ]");
    expect(messy).toContain("# 本年新收");
    const { uri } = await openAndWait(client, seed.path, messy);
    const edits = await client.request<Edit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyTextEdits(messy, edits);
    const comments = (t: string) => t.split("\n").map((l) => (l.includes("#") ? l.slice(l.indexOf("#")) : "")).filter(Boolean);
    expect(comments(formatted)).toEqual(comments(messy));
    expect(checkText(formatted).findings).toEqual(checkText(messy).findings.map((f: Finding) => ({ ...f, range: expect.anything(), related: expect.anything(), fixes: expect.anything() })));
    // Values start where their siblings (and the header comment above them) already do; figures right-aligned.
    expect(formatted).toContain("  newReceived:        [293, 16, 0, 0, 0, 0, 309]  # 本年新收\n  carriedOver:        [  5,  0, 0, 0, 0, 0,   5]");
    expect(formatted).toContain("    total:            [296, 16, 0, 0, 0, 0, 312]");
    expect(formatted).toContain("review:                [1, 0, 0, 0, 1]");
    // Idempotent: formatting the result changes nothing.
    const again = uriFor(seed.path);
    client.open(again, formatted);
    await client.waitForDiagnostics(again);
    expect(await client.request("textDocument/formatting", { textDocument: { uri: again }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });

  test("a document that does not parse is not formatted", async () => {
    const broken = example("broken/yaml-syntax.yaml");
    const { uri } = await openAndWait(client, broken.path, broken.text);
    expect(await client.request("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });
});

describe("configuration", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ogi-lsp-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("rule severities from workspace/configuration", async () => {
    const c = await LspClient.start({ settings: { rules: { "t3-row-total": "warning", "t3-results-total": "off" } } });
    try {
      const { published } = await openAndWait(c, rowTotal.path, rowTotal.text);
      expect(c.configurationRequests).toBeGreaterThan(0);
      expect(published.diagnostics.find((d) => d.code === "t3-row-total")!.severity).toBe(2);
      expect(published.diagnostics.some((d) => d.code === "t3-results-total")).toBe(false);
    } finally {
      await c.stop();
    }
  });

  test("the CLI's .ogi.yaml found from the document's folder wins over editor settings, and is watched", async () => {
    const reports = join(dir, "reports", "2025");
    mkdirSync(reports, { recursive: true });
    const config = join(dir, ".ogi.yaml");
    writeFileSync(config, "locale: en\nrules:\n  t3-row-total: warning\n");
    const file = join(reports, "report.yaml");
    writeFileSync(file, rowTotal.text);
    const c = await LspClient.start({ settings: { rules: { "t3-row-total": "error" } } });
    try {
      const uri = fileUri(file);
      c.open(uri, rowTotal.text);
      const first = await c.waitForDiagnostics(uri, (p) => p.version === 1);
      const d = first.diagnostics.find((x) => x.code === "t3-row-total")!;
      expect(d.severity).toBe(2);
      expect(d.message).toMatch(/Total column is 12/); // locale from the config file
      expect(JSON.stringify(c.registrations)).toContain(".ogi.yaml");

      const since = c.publishes.length;
      writeFileSync(config, "rules:\n  t3-row-total: off\n");
      void c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(config), type: 2 }] });
      const second = await c.waitForDiagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === "t3-row-total"), 10_000, since);
      expect(second.diagnostics.some((x) => x.code === "t3-results-total")).toBe(true);
    } finally {
      await c.stop();
    }
  });

  test("didChangeConfiguration re-asks and re-checks", async () => {
    const c = await LspClient.start({ settings: {} });
    try {
      const { uri, published } = await openAndWait(c, rowTotal.path, rowTotal.text);
      expect(published.diagnostics.find((d) => d.code === "t3-row-total")!.severity).toBe(1);
      c.setSettings({ rules: { "t3-row-total": "info" } });
      const since = c.publishes.length;
      void c.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      const after = await c.waitForDiagnostics(uri, (p) => p.diagnostics.find((d) => d.code === "t3-row-total")?.severity === 3, 10_000, since);
      expect(after).toBeDefined();
    } finally {
      await c.stop();
    }
  });

  test("pushed settings for clients without workspace/configuration", async () => {
    const caps = { textDocument: { publishDiagnostics: { relatedInformation: false } } };
    const c = await LspClient.start({ capabilities: caps });
    try {
      void c.connection.sendNotification("workspace/didChangeConfiguration", { settings: { ogi: { rules: { "t3-row-total": "warning" }, locale: "en" } } });
      const { published } = await openAndWait(c, rowTotal.path, rowTotal.text);
      const d = published.diagnostics.find((x) => x.code === "t3-row-total")!;
      expect(d.severity).toBe(2);
      expect(d.relatedInformation).toBeUndefined();
      expect(c.configurationRequests).toBe(0);
    } finally {
      await c.stop();
    }
  });

  test("problems in .ogi.yaml itself are shown on it", async () => {
    const uri = fileUri(join(dir, "bad", ".ogi.yaml"));
    client.open(uri, "rules:\n  t3-row-totl: warning\n");
    const p = await client.waitForDiagnostics(uri);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["config-key"]);
  });
});

describe("robustness", () => {
  test("a handler given nonsense answers and the server lives on", async () => {
    const { uri } = await openAndWait(client, seed.path, seed.text);
    await expect(client.request("textDocument/hover", { textDocument: { uri }, position: null })).resolves.toBeNull();
    await expect(client.request("textDocument/inlayHint", { textDocument: { uri }, range: null })).resolves.toEqual([]);
    await expect(client.request("textDocument/hover", { textDocument: { uri: "file:///nowhere.yaml" }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    expect(client.logs.some((l) => /hover failed/.test(l.message))).toBe(true);
    expect(client.alive).toBe(true);
    const h = await client.request("textDocument/hover", { textDocument: { uri }, position: positionOf(seed.text, "[293,", 1) });
    expect(h).not.toBeNull();
  });

  test("a client that never answers workspace/configuration still gets diagnostics", async () => {
    const c = await LspClient.start({ settings: "never" });
    try {
      const started = Date.now();
      const { published } = await openAndWait(c, rowTotal.path, rowTotal.text);
      expect(published.diagnostics.some((d) => d.code === "t3-row-total")).toBe(true);
      expect(Date.now() - started).toBeLessThan(8000);
      expect(c.logs.some((l) => /no answer to workspace\/configuration/.test(l.message))).toBe(true);
    } finally {
      await c.stop();
    }
  });

  test("hostile documents are findings, not crashes", async () => {
    const bomb = 'template: "2021"\na: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const deep = `template: "2021"\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    for (const text of [bomb, deep, "template: [\n", "\u0000\uFFFF", 'template: "2021"\n' + "\t".repeat(10) + "?"]) {
      const uri = uriFor(seed.path);
      client.open(uri, text);
      await client.waitForDiagnostics(uri);
      await client.request("textDocument/documentSymbol", { textDocument: { uri } });
      await client.request("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } });
    }
    expect(client.alive).toBe(true);
  });
});
