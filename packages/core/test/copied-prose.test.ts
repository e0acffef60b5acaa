import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { checkText, copiedProseShare, COPIED_SHARE_THRESHOLD, type CheckOptions, type DocumentReader } from "../src/index.js";
import { read, repoRoot } from "./helpers.js";

const seed = read(join(repoRoot, "examples", "seed-2025.yaml"));
const corpus = (name: string) => read(join(repoRoot, "fixtures", "corpus", `${name}.yaml`));

interface Prose {
  overview: string;
  problems: string;
  otherMatters: string;
}

const block = (s: string) => s.split("\n").map((l) => `  ${l}`).join("\n");

/** The seed for a year, with its three narrative parts replaced. */
function report(year: number, prose: Prose, previous?: string): string {
  return seed
    .replace("year: 2025\n", `year: ${year}\n${previous ? `previous: ${previous}\n` : ""}`)
    .replace(/overview: \|\n(?: {2}.*\n)+/, `overview: |\n${block(prose.overview)}\n`)
    .replace(/problems: \|\n(?: {2}.*\n)+/, `problems: |\n${block(prose.problems)}\n`)
    .replace(/otherMatters: \|\n(?: {2}.*\n?)+/, `otherMatters: |\n${block(prose.otherMatters)}\n`);
}

// Invented prose: last year's, a rewrite that shares little, and a copy with only the figures changed.
const lastYear: Prose = {
  overview: [
    "2024年，本局把政务公开纳入全年重点任务清单，由分管负责同志牵头，每季度研究一次公开工作推进情况。",
    "主动公开方面，围绕就业创业、社会保险和人才服务三个领域，累计发布政策文件和解读材料126条。",
    "依申请公开方面，办理流程全部纳入网上平台，均在法定期限内答复，未发生因答复超期引发的复议。",
    "平台建设方面，完成门户网站适老化改造，新增政策问答库条目340条，搜索准确率明显提高。",
  ].join("\n"),
  problems: "一是部分科室对公开属性认定把握不准；二是政策解读形式较为单一。下一步将组织专题培训，并增加图解和短视频解读。",
  otherMatters: "本年度未收取信息处理费。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
};
const rewritten: Prose = {
  overview: [
    "这一年里，我们重新梳理了公开目录，把三百多项事项按照办事场景归类，方便群众按需查找。",
    "针对企业关心的稳岗返还和职业技能补贴，专门开设政策直通车栏目，逐项标明申请条件和办理时限。",
    "收到的公开申请比上年略有增加，大多数涉及社保缴费记录和工伤认定，已逐件核实答复。",
    "同时邀请人大代表和群众代表开展网站体验评议，根据反馈意见调整了栏目设置。",
  ].join("\n"),
  problems: "栏目更新还不够及时，个别基层单位信息发布滞后。今后将建立月度通报机制，压实发布责任。",
  otherMatters: "本年度未收取信息处理费。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
};
const copied: Prose = {
  overview: lastYear.overview.replace("2024年", "2025年").replace("126条", "131条").replace("340条", "362条"),
  problems: lastYear.problems,
  otherMatters: rewritten.otherMatters,
};

function memory(files: Record<string, string>): DocumentReader {
  return { readFile: (p) => files[p] };
}

function check(now: Prose, locale: "zh-CN" | "en" = "en", before: Prose = lastYear, beforeYear = 2024) {
  const files = { "/r/2024.yaml": report(beforeYear, before), "/r/2025.yaml": report(2025, now, "2024.yaml") };
  const { findings } = checkText(files["/r/2025.yaml"], { locale, documents: { path: "/r/2025.yaml", reader: memory(files) } });
  return { findings: findings.filter((f) => f.ruleId === "copied-prose"), files };
}

describe("copied-prose: parts 一, 五 and 六 against last year's", () => {
  it("a rewrite shares little and draws nothing", () => {
    const share = copiedProseShare(report(2025, rewritten), report(2024, lastYear))!;
    expect(share.share).toBeLessThan(0.1);
    expect(check(rewritten).findings).toEqual([]);
  });

  it("a copy with only the figures changed: the share, the longest passage, and where it is in last year's file", () => {
    const { findings, files } = check(copied);
    expect(findings.length).toBe(1);
    const f = findings[0]!;
    expect(f.severity).toBe("warning");
    expect(f.path).toBe("/overview");
    expect(f.actual).toBe("95%");
    expect(f.message).toMatch(/^95% of the wording of parts 1, 5 and 6 is the same as last year's report; the longest shared passage \(\d+ characters\): “2025年，本局把政务公开纳入全年重点任务清单/);
    // The passage starts with the overview's first line, here and in last year's file.
    const here = files["/r/2025.yaml"].split("\n");
    const there = files["/r/2024.yaml"].split("\n");
    expect(here[f.range.start.line]!.slice(f.range.start.character)).toMatch(/^2025年，本局/);
    expect(f.related.filter((r) => r.role === "previous-year")).toHaveLength(1);
    const r = f.related.find((r) => r.role === "previous-year")!;
    expect(r).toMatchObject({ file: "/r/2024.yaml", path: "/overview", role: "previous-year", message: "The same passage in 2024" });
    expect(there[r.range.start.line]!.slice(r.range.start.character)).toMatch(/^2024年，本局/);
    expect(r.range.end.line).toBeGreaterThan(r.range.start.line); // the figures changed inside do not cut it: they count as one mark
    const zh = check(copied, "zh-CN").findings[0]!;
    expect(zh.message).toMatch(/^一、五、六部分的文字有 95% 与上一年度报告相同；最长的相同段落 \d+ 字：「2025年，本局/);
  });

  it("every copied passage of this year's text is a related location, exact to the character", () => {
    // Two sentences of last year's overview kept word for word between new ones, and part 五 kept whole.
    const [first, , third] = lastYear.overview.split("\n");
    const [, second, , fourth] = rewritten.overview.split("\n");
    const now: Prose = { overview: [first, second, third, fourth].join("\n"), problems: lastYear.problems, otherMatters: rewritten.otherMatters };
    const { findings, files } = check(now);
    expect(findings.length).toBe(1);
    const lines = files["/r/2025.yaml"].split("\n");
    const textOf = (r: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }) => {
      expect(r.range.end.line).toBe(r.range.start.line);
      return lines[r.range.start.line]!.slice(r.range.start.character, r.range.end.character);
    };
    const copied = findings[0]!.related.filter((r) => r.role === "copied");
    // Each passage runs from its first character to its last word (the closing full stop is punctuation, not wording).
    expect(copied.map((r) => [r.path, textOf(r)])).toEqual([
      ["/overview", first!.slice(0, -1)],
      ["/overview", third!.slice(0, -1)],
      ["/problems", lastYear.problems.slice(0, -1)],
    ]);
    for (const r of copied) {
      expect(r.file).toBeUndefined();
      expect(r.message).toBe("Also in last year's report");
    }
    expect(findings[0]!.related.filter((r) => r.role === "previous-year")).toHaveLength(1);
  });

  it("the threshold decides: just under it nothing, just over it a finding", () => {
    // Half of last year's overview kept, the rest rewritten: about 40% of the compared text.
    const half = (n: number): Prose => ({
      overview: [...lastYear.overview.split("\n").slice(0, n), ...rewritten.overview.split("\n").slice(n)].join("\n"),
      problems: rewritten.problems,
      otherMatters: rewritten.otherMatters,
    });
    const shares = [1, 2, 3].map((n) => copiedProseShare(report(2025, half(n)), report(2024, lastYear))!.share);
    expect(shares[0]).toBeLessThan(COPIED_SHARE_THRESHOLD);
    expect(shares[2]).toBeGreaterThan(COPIED_SHARE_THRESHOLD);
    expect(check(half(1)).findings).toEqual([]);
    expect(check(half(3)).findings.length).toBe(1);
  });

  it("sentences the format fixes do not count as copied", () => {
    const fixed = "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。本报告中所列数据可能因四舍五入存在尾差。如对本报告有疑问，请与本局办公室联系，联系电话0591-12345678。";
    const before: Prose = { ...rewritten, otherMatters: fixed };
    const now: Prose = { overview: lastYear.overview.replace(/本局/g, "本委"), problems: "今年暂无需要说明的问题，各项工作按计划推进，群众反映的意见均已办结回复。", otherMatters: fixed };
    expect(copiedProseShare(report(2025, now), report(2024, before))!.share).toBe(0);
  });

  it("needs last year's report for the year before; otherwise silent (year-carry-over says why)", () => {
    expect(checkText(report(2025, copied, "2024.yaml")).findings.filter((f) => f.ruleId === "copied-prose")).toEqual([]);
    expect(check(copied, "en", lastYear, 2023).findings).toEqual([]);
    const files = { "/r/2025.yaml": report(2025, copied, "2024.yaml") };
    const { findings } = checkText(files["/r/2025.yaml"], { documents: { path: "/r/2025.yaml", reader: memory(files) } });
    expect(findings.map((f) => f.ruleId)).toEqual(["year-carry-over"]);
  });

  it("can be switched off and raised", () => {
    const files = { "/r/2024.yaml": report(2024, lastYear), "/r/2025.yaml": report(2025, copied, "2024.yaml") };
    const documents = { path: "/r/2025.yaml", reader: memory(files) };
    const copiedOf = (rules: CheckOptions["rules"]) => checkText(files["/r/2025.yaml"], { documents, rules }).findings.filter((f) => f.ruleId === "copied-prose");
    expect(copiedOf({ "copied-prose": "off" })).toEqual([]);
    expect(copiedOf({ "copied-prose": "error" }).map((f) => f.severity)).toEqual(["error"]);
  });

  it("the Pingtan series as transcribed (seven years, summaries in our words): no pair above the threshold", () => {
    const names = ["007_pingtan_2019", "006_pingtan_2020", "005_pingtan_2021", "004_pingtan_2022", "003_pingtan_2023", "002_pingtan_2024", "001_pingtan_2025"];
    const shares = names.slice(1).map((name, i) => Math.round(copiedProseShare(corpus(name), corpus(names[i]!))!.share * 100));
    expect(shares).toEqual([16, 0, 26, 14, 16, 22]);
    for (const s of shares) expect(s / 100).toBeLessThan(COPIED_SHARE_THRESHOLD);
    const files = Object.fromEntries(names.map((n, i) => [`/pt/${n}.yaml`, i === 0 ? corpus(n) : corpus(n).replace("\nsource:", `\nprevious: ${names[i - 1]}.yaml\nsource:`)]));
    for (const name of names.slice(1)) {
      const { findings } = checkText(files[`/pt/${name}.yaml`]!, { documents: { path: `/pt/${name}.yaml`, reader: memory(files) } });
      expect(findings.filter((f) => f.ruleId === "copied-prose")).toEqual([]);
    }
  });

  it("runs in linear time on long prose (no pairwise scan)", () => {
    // The worst case for a scan of every pair of positions: one sentence repeated, about 300,000 characters a
    // year, every shingle matching everywhere. Linear, it takes a fraction of a second; pairwise, hours.
    const repeated = Array.from({ length: 10_000 }, () => "本局持续推进政务公开工作。").join("\n");
    const now = report(2025, { overview: repeated, problems: repeated.slice(0, 30_000), otherMatters: "无。" });
    const before = report(2024, { overview: repeated, problems: "无。", otherMatters: "无。" });
    const t0 = performance.now();
    const share = copiedProseShare(now, before)!;
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(share.share).toBeGreaterThan(0.99);
    expect(share.compared).toBeGreaterThan(100_000);
  });
});
