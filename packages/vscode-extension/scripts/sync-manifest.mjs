// Keeps the per-rule severity settings (package.json `ogi.rules`) and their texts (package.nls*.json) in step
// with core's rule metadata, so a new rule appears in the Settings UI without anyone retyping it.
// Run by the build; writes only when something changed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const severityWords = { zh: { error: "错误", warning: "警告", info: "提示" }, en: { error: "error", warning: "warning", info: "info" } };

export async function syncManifest(root) {
  // `internal` is the tool failing on a file, not a rule about the report: no setting switches it off.
  const { reportRules } = await import("@ogi-report/core");
  const update = (file, change) => {
    const path = join(root, file);
    const before = readFileSync(path, "utf8");
    const json = JSON.parse(before);
    change(json);
    const after = JSON.stringify(json, null, 2) + "\n";
    if (after !== before) writeFileSync(path, after);
  };
  update("package.json", (p) => {
    const props = {};
    for (const m of reportRules) props[m.id] = { type: "string", enum: ["error", "warning", "info", "off"], markdownDescription: `%rule.${m.id}%` };
    p.contributes.configuration.properties["ogi.rules"].properties = props;
  });
  for (const [file, lang] of [["package.nls.json", "en"], ["package.nls.zh-cn.json", "zh"]]) {
    update(file, (nls) => {
      for (const key of Object.keys(nls)) if (key.startsWith("rule.")) delete nls[key];
      for (const m of reportRules) {
        const sev = severityWords[lang][m.defaultSeverity];
        nls[`rule.${m.id}`] = lang === "zh" ? `**${m.id}** — ${m.title.zh}（默认：${sev}）` : `**${m.id}** — ${m.title.en} (default: ${sev})`;
      }
    });
  }
}
