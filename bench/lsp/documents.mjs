// The documents both servers are measured on, built from the seed report: a ~10 KB report (the seed with a
// realistic amount of prose) and a ~1 MB report (the same with very long prose). No modeline: both servers
// find the schema the same way (ours by the `template:` key, yaml-language-server by `yaml.schemas`).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seed = readFileSync(`${root}examples/seed-2025.yaml`, "utf8")
  .split("\n")
  .filter((line) => !line.startsWith("# yaml-language-server:"))
  .join("\n");

const prose = "  本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，持续提升政务公开的质量和实效。\n";

/** The seed with its overview grown to about `bytes` (UTF-8). */
function withProse(bytes) {
  let extra = "";
  while (Buffer.byteLength(seed) + Buffer.byteLength(extra) < bytes) extra += prose;
  return seed.replace("overview: |\n", `overview: |\n${extra}`);
}

/** The cell each edit changes: 自然人 of 一、本年新收 (toggling it between 293 and 294 breaks and mends identities). */
export function editSite(text) {
  const at = text.indexOf("[293,") + 1;
  const before = text.slice(0, at);
  const line = before.split("\n").length - 1;
  const character = at - before.lastIndexOf("\n") - 1;
  return { line, character, length: 3, values: ["294", "293"] };
}

export const documents = [
  { name: "report ~10 KB", file: "report-10k.yaml", text: withProse(10_000) },
  { name: "report ~1 MB", file: "report-1m.yaml", text: withProse(1_000_000) },
];

export const repoRoot = root;
