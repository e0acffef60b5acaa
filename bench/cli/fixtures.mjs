// Reports for the CLI benchmark, made from examples/seed-2025.yaml. Deterministic: the same files on every run.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = new URL("../../", import.meta.url).pathname;
const seed = readFileSync(join(repoRoot, "examples", "seed-2025.yaml"), "utf8");

const places = ["福建省", "浙江省", "江苏省", "广东省", "四川省", "湖南省", "山东省", "河南省", "云南省", "甘肃省"];
const bodies = ["人力资源和社会保障厅", "交通运输厅", "生态环境厅", "自然资源厅", "卫生健康委员会"];

/**
 * Report number i: another agency, and every figure of tables 3 and 4 (and the prose figures that restate them)
 * multiplied by 1–5, so every identity still holds and the prose still agrees. One report in ten has one cell off
 * by one (自然人 予以公开), which breaks two identities (findings with a likely cause), as real batches have a few.
 */
export function report(i, slipEvery = 10) {
  const k = 1 + (i % 5);
  const agency = `${places[i % places.length]}${bodies[Math.floor(i / places.length) % bodies.length]}（样本 ${i}）`;
  let text = seed.replace("agency: 福建省人力资源和社会保障厅", `agency: ${agency}`);
  const tables = text.indexOf("\napplications:");
  const head = text.slice(0, tables);
  const rest = text.slice(tables).replace(/\[([0-9, ]+)\]/g, (_, row) => `[${row.split(",").map((n) => Number(n) * k).join(", ")}]`);
  text = head.replace(/(新收申请|上年结转|办结|结转下年度)(\d+)件/g, (_, word, n) => `${word}${Number(n) * k}件`) + rest;
  if (Number.isFinite(slipEvery) && i % slipEvery === slipEvery - 1) text = text.replace(/granted: {10}\[(\d+),/, (_, n) => `granted:          [${Number(n) + 1},`);
  return text;
}

/** A report whose prose grows to about `bytes` (UTF-8): numbered paragraphs whose figures agree with the tables. */
export function largeReport(bytes) {
  const head = seed.slice(0, seed.indexOf("\nactiveDisclosure:"));
  const tail = seed.slice(seed.indexOf("\nactiveDisclosure:"));
  const paragraphs = [];
  let size = Buffer.byteLength(seed);
  for (let n = 1; size < bytes; n++) {
    const p =
      `\n  （${n}）本年度继续推进政务公开标准化规范化建设，围绕重点领域开展信息公开自查，梳理更新主动公开事项目录。\n` +
      `  依申请公开方面，本年新收申请309件，上年结转5件，办结312件，结转下年度2件，答复均在法定期限内完成。\n`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  return head + paragraphs.join("") + tail;
}

/**
 * Writes `count` reports into `dir` and returns it; one in `slipEvery` has the slip (Infinity: none). Kept from an
 * earlier run when the folder says it holds the same set (100,000 files take a while to write).
 */
export function writeReports(dir, count, slipEvery = 10) {
  const stamp = join(dir, ".made");
  const made = `${count} ${slipEvery} ${seed.length}\n`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === made) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const digits = Math.max(5, String(count - 1).length);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `report-${String(i).padStart(digits, "0")}.yaml`), report(i, slipEvery));
  writeFileSync(stamp, made);
  return dir;
}

/** Writes `count` byte-for-byte copies of the seed into `dir` (emptied first): the batch the issue describes. */
export function writeCopies(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `copy-${String(i).padStart(5, "0")}.yaml`), seed);
  return dir;
}
