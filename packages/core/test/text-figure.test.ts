import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { read, repoRoot } from "./helpers.js";
import { run, type Got, type ProseKey } from "./text-figure-run.js";

function applyEdit(text: string, edit: { start: number; end: number; newText: string }): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

// ---------------------------------------------------------------------------------------------------------------
// Documents: a corpus fixture's tables with prose of the test's choosing.


/** A YAML literal block of `prose`, one line per line, at two spaces. */
function block(key: string, prose: string): string {
  const lines = prose.split("\n").map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""));
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  while (lines.length && lines[0] === "") lines.shift();
  return `${key}: |-\n${lines.map((l) => (l ? "  " + l : "")).join("\n")}\n`;
}

/** The fixture with its prose parts replaced (a part not given keeps the fixture's); `raw` parts are written as is. */
function withProse(fixture: string, prose: Partial<Record<ProseKey, string>>, raw: Partial<Record<ProseKey, string>> = {}): string {
  const source = read(join(repoRoot, "fixtures", "corpus", fixture));
  const out: string[] = [];
  const lines = source.split("\n");
  const write = (key: ProseKey) => {
    if (raw[key] !== undefined) out.push(raw[key]!.endsWith("\n") ? raw[key]!.slice(0, -1) : raw[key]!);
    else if (prose[key] !== undefined) out.push(block(key, prose[key]!).slice(0, -1));
  };
  let i = 0;
  let preambleDone = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const key = /^(preamble|overview|problems|otherMatters):/.exec(line)?.[1] as ProseKey | undefined;
    if (key === "overview" && !preambleDone) {
      write("preamble");
      preambleDone = true;
    }
    if (key && (prose[key] !== undefined || raw[key] !== undefined)) {
      write(key);
      i++;
      while (i < lines.length && (lines[i] === "" || /^\s/.test(lines[i]!))) i++;
      continue;
    }
    out.push(line);
    i++;
  }
  return out.join("\n");
}

/** 2021 template, balanced: 新收 309, 上年结转 5, 办结 312, 结转 2, 予以公开 227, 部分公开 11, 复议 1, 诉讼 0 (011). */
const T2021 = "011_fujian_hrss_2025.yaml";
/** 2019 template, balanced: 新收 23, 上年结转 0, 办结 23, 规范性文件 新制作 89 / 对外公开总数 89 (007). */
const T2019 = "007_pingtan_2019.yaml";

function overview(prose: string, fixture = T2021): Got[] {
  return run(withProse(fixture, { overview: prose }));
}

// ---------------------------------------------------------------------------------------------------------------

describe("text-figure: phrasings that agree with the tables", () => {
  const agree: [string, string][] = [
    ["新收", "2025年本厅新收政府信息公开申请309件。"],
    ["上年结转", "2025年共受理政府信息公开申请314件，含上年结转政府信息公开申请5件。"],
    ["收到 as 新收", "本年度共收到政府信息公开申请309件。"],
    ["收到 as 新收 + 上年结转", "本年度共收到政府信息公开申请314件。"],
    ["受理…含上年结转", "2025年共受理政府信息公开申请314件,含上年结转政府信息公开申请5件。"],
    ["收到 with the figure first", "本年度全厅共收到309件申请，及时依法依规办结312件，2件结转下年度继续办理。"],
    ["接收 with words in between", "全年接收通过邮寄、网络提交的各类政府信息公开申请共计314件。"],
    ["办结", "全年共收到政府信息公开申请309件，共办结312件。"],
    ["办理完毕 after the figure", "全年受理政府信息公开申请314件。其中312件已经按要求办理完毕,2件结转2026年办理。"],
    ["结转至next year", "全年共收到政府信息公开申请309件，共办结312件，结转至2026年2件。"],
    ["转下一年度", "全年收到政府信息公开申请 309 件，转下一年度办理答复的有 2 件。"],
    ["行政复议 / 行政诉讼", "因政府信息公开引起的行政复议案件1件、行政诉讼案件0件。"],
    ["行政复议 with 起", "全年办理因政府信息公开申请引发的行政复议1起，行政诉讼0起。"],
    ["予以公开 / 部分公开", "办结的申请中，予以公开227件，部分公开11件。"],
    ["予以公开及部分公开", "办结依申请公开312件，其中：予以公开及部分公开238件，占76.3%。"],
    ["制发 / 现行有效", "本年度新制发行政规范性文件8件，截至年末,现行有效行政规范性文件84件。"],
    ["full-width digits", "本年度共收到政府信息公开申请３０９件，办结３１２件。"],
    ["spaces around figures (PDF text)", "全年收到政府信息公开申请 309 件，上年结转政府信息公开申请 5 件。"],
    ["a line break inside a word", "全年收到政府信息公开申请 309 件，上年结转政府信息公开\n申请 5 件，所有申请均已按要求办理完成。"],
    ["a line break between figure and unit", "全年收到政府信息公开申请\n309\n件。"],
    ["placeholders", "本年度共收到政府信息公开申请{{applications.newReceived.total}}件，办结{{applications.results.6}}件。"],
    ["an anaphor carries the subject to the next sentence", "因政府信息公开引起的行政复议1件。相关行政诉讼0件。"],
  ];
  for (const [name, prose] of agree) it(name, () => expect(overview(prose)).toEqual([]));

  it("a 2019 report: 新制作 / 对外公开 read from the 2019 columns", () => {
    expect(overview("2019年共受理政府信息公开申请23件。本年新制作规范性文件89件，现行有效规范性文件89件。", T2019)).toEqual([]);
  });
});

describe("text-figure: figures that belong to other things", () => {
  const other: [string, string][] = [
    ["dates", "本报告所列数据统计期限为2025年1月1日至2025年12月31日。2026年，我厅将继续推进。"],
    ["信息处理费 amounts", "按照国办函〔2020〕109号规定，本年度收取信息处理费共计400元，发出收费通知3件。"],
    ["行政事业性收费", "全年行政事业性收费2380.31万元。"],
    ["counts of other things", "全年主动公开政府信息7700余条，发布政策解读82篇，开展培训12次，关停政务新媒体2个。"],
    ["percentages", "办结率100%，予以公开占72.8%。"],
    ["other requests received", "全年收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。"],
    ["other requests in the gap", "全年受理群众来信和政府信息公开申请共500件。"],
    ["不予受理", "不予受理政府信息公开申请3件。"],
    ["approximate figures", "全年收到政府信息公开申请近300件，办结约290件，行政复议超过10件。"],
    ["件次", "全年收到政府信息公开申请500件次。"],
    ["reconsiderations that are not about disclosure", "全年办理行政复议案件356件，行政诉讼案件41件。"],
    ["reconsiderations corrected", "因政府信息公开被行政复议纠错1件。"],
    ["a clean-up count of normative documents", "清理并集中发布现行有效行政规范性文件393件。"],
    ["a mid-year count", "截至2025年6月，现行有效行政规范性文件80件。"],
    ["documents reviewed for others", "审核各部门制发的行政规范性文件40件。"],
    ["结转 into this year, not the next", "结转2025年办理的申请5件已全部办结。"],
    ["ordinals and 号", "闽公网安备35010202000072号，第3件申请。"],
    ["last year's figure", "全年收到政府信息公开申请309件，较上年度收到的申请200件增长54.5%。"],
    ["another year's figure", "2024年共收到政府信息公开申请200件。"],
    ["a part of the whole", "全厅共收到政府信息公开申请309件，其中厅本级新收120件，自然人申请293件，其中自然人予以公开212件。"],
    ["this body as the reconsideration organ", "全年受理政府信息公开类行政复议申请12件。"],
    ["a placeholder's digits", "本年度共收到政府信息公开申请{{applications.newReceived.6}}件。"],
    ["litigation in a sentence of its own, with no anaphor back to disclosure", "因政府信息公开引起的行政复议1件。全年行政诉讼3件。"],
    ["a run of digits too long to be a count", "本年度共收到政府信息公开申请123456789012345678件。"],
    ["a blank line between the words and the figure ends the sentence", "全年收到政府信息公开申请\n\n300件材料已归档"],
    ["a heading between the words and the figure ends the sentence", "全年收到政府信息公开申请\n（二）其他\n300件材料已归档"],
  ];
  for (const [name, prose] of other) it(name, () => expect(overview(prose)).toEqual([]));
});

describe("text-figure: robustness", () => {
  it("收到 is not compared when one of its readings cannot be read from the table", () => {
    const text = withProse(T2021, { overview: "本年度共收到政府信息公开申请320件。" }).replace(/carriedOver:\s*\[[^\]]*\]/, 'carriedOver: [5, 0, 0, 0, 0, 0, "五"]');
    expect(run(text)).toEqual([]);
  });

  it.each([
    ["a row whose 总计 is blank and one of whose cells is not a number", "办结的申请中，予以公开226件。", "granted:          [212, 15, 0, 0, 0, 0, 227]", 'granted:          [212, "十五", 0, 0, 0, 0, ""]'],
    ["a group one of whose rows is not a number", "办结的申请中，不予公开1000件。", "stateSecret:            [0, 0, 0, 0, 0, 0, 0]", 'stateSecret:            [0, 0, 0, 0, 0, 0, "七"]'],
    ["a table-2 figure that is not a number", "本年度新制发行政规范性文件9件。", "normativeDocuments: { issued: 8,", "normativeDocuments: { issued: 八,"],
  ])("not compared where the table cannot say: %s", (_what, prose, row, broken) => {
    const text = withProse(T2021, { overview: prose });
    expect(run(text)).toHaveLength(1);
    expect(text).toContain(row);
    expect(run(text.replace(row, broken))).toEqual([]);
  });

  it("a result row whose 总计 is blank is read as the sum of its cells", () => {
    const text = withProse(T2021, { overview: "办结的申请中，予以公开226件。" });
    const got = run(text.replace("granted:          [212, 15, 0, 0, 0, 0, 227]", 'granted:          [212, 15, 0, 0, 0, 0, ""]'));
    expect(got.map((f) => f.expected)).toEqual([227]);
  });

  it("a table figure that does not add up is left to the table rules", () => {
    // 新收 总计 typed as 310: t3-row-total and t3-balance name the cell; the text is compared once it is right.
    const text = withProse(T2021, { overview: "2025年共受理政府信息公开申请314件,含上年结转政府信息公开申请5件。本年度新收政府信息公开申请309件。" });
    const broken = text.replace(/newReceived:(\s*)\[293, 16, 0, 0, 0, 0, 309\]/, "newReceived:$1[293, 16, 0, 0, 0, 0, 310]");
    expect(broken).not.toBe(text);
    expect(run(broken)).toEqual([]);
  });

  it("long runs of filler words do not make the patterns backtrack", () => {
    const prose = ["收到申请", "共计".repeat(20000), "。", "12件均已".repeat(5000), "。", "行政复议", "数量".repeat(20000)].join("");
    const t0 = process.cpuUsage();
    run(withProse(T2021, { overview: prose }));
    // CPU time: waiting for a core on a busy machine is not the patterns' work.
    const used = process.cpuUsage(t0);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});

describe("text-figure: contradictions", () => {
  it("新收: range is the figure, related is the cell, fix is a placeholder", () => {
    const text = withProse(T2021, { overview: "2025年本厅新收政府信息公开申请300件。" });
    const got = run(text);
    expect(got).toHaveLength(1);
    const f = got[0]!;
    expect(f).toMatchObject({ path: "/overview", at: "300", expected: 309, actual: 300, severity: "warning" });
    expect(f.message).toBe("正文“新收政府信息公开申请300件”与表三不符：本年新收 309 件");
    expect(f.related.map((r) => r.path)).toEqual(["/applications/newReceived/6"]);
    expect(f.related[0]!.message).toContain("309");
    expect(f.fixes).toHaveLength(1);
    expect(f.fixes[0]!.safe).toBe(false);
    const fixed = applyEdit(text, f.fixes[0]!.edits[0]!);
    expect(fixed).toContain("新收政府信息公开申请{{applications.newReceived.total}}件");
    expect(run(fixed)).toEqual([]);
  });

  it("English message states both figures", () => {
    const got = run(withProse(T2021, { overview: "2025年本厅新收政府信息公开申请300件。" }), "en");
    expect(got[0]!.message).toBe("The text says “新收政府信息公开申请300件” (300), but table 3 gives new this year 309");
  });

  it("收到 fitting neither reading: the message names both", () => {
    const got = overview("本年度共收到政府信息公开申请320件。");
    expect(got).toHaveLength(1);
    expect(got[0]!.message).toBe("正文“收到政府信息公开申请320件”与表三不符：本年新收 309 件；新收加上年结转 314 件（本年新收 309 + 上年结转 5）");
    expect(got[0]).toMatchObject({ at: "320", expected: 314, actual: 320 });
    expect(got[0]!.related.map((r) => r.path)).toEqual(["/applications/newReceived/6", "/applications/carriedOver/6"]);
    // The closest reading first: a number (no placeholder names a sum), then the placeholder of 新收.
    expect(got[0]!.fixes.map((x) => x.edits[0]!.newText)).toEqual(["314", "{{applications.newReceived.total}}"]);
  });

  it("each phrasing", () => {
    const cases: [string, string, number][] = [
      ["上年结转政府信息公开申请6件", "上年结转 5 件", 5],
      ["共办结310件", "办理结果总计 312 件", 312],
      ["其中311件已经按要求办理完毕", "办理结果总计 312 件", 312],
      ["结转至2026年3件", "结转下年度继续办理 2 件", 2],
      ["4件结转下年度继续办理", "结转下年度继续办理 2 件", 2],
      ["行政复议案件2件", "行政复议总计 1 件", 1],
      ["行政诉讼3件", "行政诉讼 0 件（未经复议直接起诉 0 + 复议后起诉 0）", 0],
      ["行政复议1件。相关行政诉讼3件", "行政诉讼 0 件（未经复议直接起诉 0 + 复议后起诉 0）", 0],
      ["予以公开226件", "予以公开 227 件", 227],
      ["部分公开10件", "部分公开 11 件", 11],
      ["予以公开及部分公开230件", "予以公开及部分公开 238 件（予以公开 227 + 部分公开 11）", 238],
      ["制发行政规范性文件9件", "行政规范性文件本年制发件数 8 件", 8],
      ["现行有效行政规范性文件85件", "行政规范性文件现行有效件数 84 件", 84],
    ];
    for (const [phrase, table, expected] of cases) {
      const sentence = `因政府信息公开申请，${phrase}。`;
      const got = overview(sentence);
      expect(got, phrase).toHaveLength(1);
      expect(got[0]!.message, phrase).toContain(`与表${/规范性文件/.test(phrase) ? "二" : /复议|诉讼/.test(phrase) ? "四" : "三"}不符：${table}`);
      expect(got[0]!.expected, phrase).toBe(expected);
    }
  });

  it("不予公开 / 无法提供 / 不予处理 / 其他处理 are the sums of their items", () => {
    // 011: 不予公开 7+0+2+0+0+0+0+0 … read the sums from the table itself.
    const got = overview("办结的申请中，不予公开1000件，无法提供1000件，不予处理1000件，其他处理1000件。");
    expect(got.map((f) => f.message.replace(/：.*/, ""))).toEqual([
      "正文“不予公开1000件”与表三不符",
      "正文“无法提供1000件”与表三不符",
      "正文“不予处理1000件”与表三不符",
      "正文“其他处理1000件”与表三不符",
    ]);
    expect(got.map((f) => f.related.length)).toEqual([8, 3, 5, 3]);
  });

  it("full-width figure: the range covers the full-width digits", () => {
    const got = overview("本年度新收政府信息公开申请３００件。");
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ at: "３００", actual: 300, expected: 309 });
  });

  it("a figure after a line break in a literal block maps back to its line", () => {
    const text = withProse(T2021, { problems: "无关的句子。\n本年度新收政府信息公开\n申请\n  300 件，其他。" });
    const got = run(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ path: "/problems", at: "300" });
    const line = text.slice(text.lastIndexOf("\n", got[0]!.start) + 1, text.indexOf("\n", got[0]!.start));
    expect(line).toBe("  300 件，其他。");
  });

  it("a plain and a double-quoted scalar map back too", () => {
    const plain = withProse(T2021, {}, { otherMatters: "otherMatters: 本年度新收政府信息公开申请300件。\n" });
    expect(run(plain)[0]).toMatchObject({ path: "/otherMatters", at: "300" });
    const quoted = withProse(T2021, {}, { otherMatters: 'otherMatters: "本年度\\t新收政府信息公开申请300件。"\n' });
    expect(run(quoted)[0]).toMatchObject({ path: "/otherMatters", at: "300" });
  });

  it("an escape that hides digits: the whole part is underlined and no fix is offered", () => {
    const text = withProse(T2021, {}, { otherMatters: 'otherMatters: "\\x31本年度新收政府信息公开申请300件。"\n' });
    const got = run(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.at.startsWith('"')).toBe(true);
    expect(got[0]!.fixes).toEqual([]);
  });

  it("the preamble and the other prose parts are read, each with its own path", () => {
    const text = withProse(T2021, {
      preamble: "本年度新收政府信息公开申请301件。",
      problems: "本年度新收政府信息公开申请302件。",
      otherMatters: "本年度新收政府信息公开申请303件。",
    });
    expect(run(text).map((f) => [f.path, f.at])).toEqual([
      ["/preamble", "301"],
      ["/problems", "302"],
      ["/otherMatters", "303"],
    ]);
  });

  it("a blank 总计 is recovered from its row, and the message says so", () => {
    // 010's tables leave the 总计 of every result row blank.
    const got = overview("答复政府信息公开申请中，予以公开及部分公开258件。", "010_shanghai_office_2019.yaml");
    expect(got).toHaveLength(1);
    expect(got[0]!.message).toBe(
      "正文“予以公开及部分公开258件”与表三不符：予以公开及部分公开 275 件（予以公开 272 + 部分公开 3）（「予以公开」、「部分公开」总计栏空白，按该行各栏之和计）",
    );
    // No placeholder for a sum, nor for a blank cell: the figure itself.
    expect(got[0]!.fixes.map((x) => x.edits[0]!.newText)).toEqual(["275"]);
  });
});

