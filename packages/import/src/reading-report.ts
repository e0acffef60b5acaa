import type { ImportContext } from "./context.js";
import { cellTexts, type CellOutcome, type UnitReading } from "./resolve.js";
import { TABLE_NUMBER, type TableKey } from "./slots.js";

const MAX_CANDIDATES_SHOWN = 6;

/** The diagnostics and row comments of one reading: extra figures, open cells with their candidates, recovered cells. */
export function reportReading(ctx: ImportContext, r: UnitReading, key: TableKey, cells: Map<string, CellOutcome>, rowComments: Map<string, string[]>): void {
  const comment = (pointer: string, text: string) => rowComments.set(pointer, [...(rowComments.get(pointer) ?? []), text]);
  if (r.unit.truncated) return reportCut(ctx, r, key, cells);
  const where = ctx.at(r.unit.start);
  const rowNames = r.unit.slots.map((s) => s.label).join("」「");
  const pointer = r.unit.slots[0]!.pointer;
  for (const p of r.excess) {
    ctx.report("value-unplaced", "warning", `表${TABLE_NUMBER[key]}「${rowNames}」：多出的数值 ${p.digits} 未导入`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: extra figure ${p.digits} not imported`, ctx.at(p.start), { path: pointer });
  }
  const read = r.unit.pieces.filter((p) => !p.blank).map((p) => p.digits).join(" ");
  if (r.candidates.length === 0) {
    ctx.report("cell-uncertain", "error", `表${TABLE_NUMBER[key]}「${rowNames}」：「${read}」无法读成这一行的 ${r.unit.slots.reduce((n, s) => n + s.cells.length, 0)} 个单元格，单元格留空`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: 「${read}」 cannot be read as the row's cells; left empty`, where, { path: pointer, candidates: [], cells: r.unit.slots.flatMap((s) => s.cells) });
    for (const s of r.unit.slots) rowComments.set(s.pointer, [`导入：「${read}」无法拆分为本行各栏，请按原文填写 / import: cannot split 「${read}」 into this row; fill in from the published report`]);
    return;
  }
  if (r.candidates.length > 1) {
    const shown = r.candidates.slice(0, MAX_CANDIDATES_SHOWN).map(cellTexts);
    const list = shown.map((c) => c.join(", ")).join(" | ") + (r.candidates.length > MAX_CANDIDATES_SHOWN || r.overflow ? " | …" : "");
    ctx.report(
      "cell-uncertain",
      "warning",
      `表${TABLE_NUMBER[key]}「${rowNames}」：「${read}」有 ${r.overflow ? "很多" : r.candidates.length} 种读法${key === "activeDisclosure" ? "（表二没有勾稽关系可以取舍）" : "都符合勾稽关系"}（${list}），不同之处留空待核`,
      `Table ${TABLE_NUMBER[key]} 「${rowNames}」: 「${read}」 reads ${r.overflow ? "many" : r.candidates.length} ways ${key === "activeDisclosure" ? "(table 2 has no identity to choose between them)" : "that fit every identity"} (${list}); the cells they disagree on are left empty`,
      where,
      { path: pointer, candidates: r.candidates.slice(0, 50).map(cellTexts), cells: r.unit.slots.flatMap((s) => s.cells) },
    );
    let off = 0;
    for (const s of r.unit.slots) {
      const mine = shown.map((c) => c.slice(off, off + s.cells.length).join(", "));
      if (s.cells.some((p) => cells.get(p)?.state === "uncertain")) rowComments.set(s.pointer, [`导入：拆分不确定 / import: uncertain split — ${[...new Set(mine)].join(" | ")}${r.candidates.length > MAX_CANDIDATES_SHOWN ? " | …" : ""}`]);
      off += s.cells.length;
    }
  }
  // One reading, but short of the row: the cells it could not fill (lost by the source) are open, and said so.
  const open = r.candidates.length === 1 ? r.unit.slots.flatMap((s) => s.cells).filter((p) => cells.get(p)?.state === "uncertain") : [];
  if (open.length > 0) {
    ctx.report("cell-uncertain", "warning", `表${TABLE_NUMBER[key]}「${rowNames}」：原文只印出「${read}」，少了 ${open.length} 个单元格，无法确定，留空待核`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: the source prints only 「${read}」; ${open.length} cell${open.length === 1 ? "" : "s"} missing from it cannot be settled and are left empty`, where, {
      path: pointer,
      candidates: r.candidates.map(cellTexts),
      cells: r.unit.slots.flatMap((s) => s.cells),
    });
  }
  if (r.identitiesRelaxed && r.candidates.length >= 1) {
    ctx.report("identities-fail", "info", `表${TABLE_NUMBER[key]}「${rowNames}」：没有一种读法满足本行的合计关系（原表可能本身不平衡）`, `Table ${TABLE_NUMBER[key]} 「${rowNames}」: no reading satisfies the row's total (the published row may not balance)`, where, { path: pointer });
  }
  for (const s of r.unit.slots) {
    s.cells.forEach((p) => {
      const o = cells.get(p);
      if (o?.state === "value" && o.recovered) {
        ctx.report("cell-recovered", "info", `表${TABLE_NUMBER[key]}「${s.label}」：原文缺失的单元格由勾稽关系补出为 ${o.digits}`, `Table ${TABLE_NUMBER[key]} 「${s.label}」: a cell the source lost was recovered from the identities as ${o.digits}`, where, { path: p });
        comment(s.pointer, `导入：原文缺失的单元格由勾稽关系补出（${o.digits}） / import: a lost cell recovered from the identities (${o.digits})`);
      }
    });
  }
}

/** A row cut by the end of the input: a figure with nothing after it is open, the cells after it absent. */
export function reportCut(ctx: ImportContext, r: UnitReading, key: TableKey, cells: Map<string, CellOutcome>): void {
  const pointers = r.unit.slots.flatMap((s) => s.cells);
  const row = r.candidates[0];
  const texts = row ? row.map((c) => (c.digits !== undefined ? c.digits : c.lost || c.absent ? "?" : "")) : pointers.map(() => "?");
  const rowNames = r.unit.slots.map((s) => s.label).join("」「");
  const cut = r.unit.truncated?.figureCut ? r.unit.pieces.filter((p) => !p.blank).pop() : undefined;
  const absent = pointers.filter((p) => cells.get(p)?.state === "absent").length;
  const where = ctx.at(cut?.start ?? r.unit.end);
  const cutZh = cut ? `末尾的「${cut.digits}」后面没有任何内容，可能被截断，不予采信；` : "";
  const cutEn = cut ? `the last figure 「${cut.digits}」 has nothing after it and may be cut, so it is not trusted; ` : "";
  ctx.report(
    "cell-uncertain",
    "warning",
    `表${TABLE_NUMBER[key]}「${rowNames}」：输入在此行中结束，${cutZh}其后 ${absent} 个单元格不在原文中`,
    `Table ${TABLE_NUMBER[key]} 「${rowNames}」: the input ends in this row; ${cutEn}the ${absent} cell${absent === 1 ? "" : "s"} after it ${absent === 1 ? "is" : "are"} not in the source`,
    where,
    { path: r.unit.slots[0]!.pointer, candidates: [texts], cells: pointers },
  );
}
