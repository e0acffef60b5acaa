/**
 * The little Markdown the rule docs use (headings, paragraphs, tables, fenced code, lists, **bold**,
 * `code`, links), as HTML. Everything is escaped first; links become plain text, since the page opens
 * nothing (a link to another rule's page becomes a button the doc panel handles).
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, "").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
    } else if (line.startsWith("```")) {
      const lang = line.slice(3).trim();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) code.push(lines[i]!);
      i++;
      out.push(`<pre${lang ? ` data-lang="${escape(lang)}"` : ""}><code>${escape(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = /^#+/.exec(line)![0].length;
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith("|"); i++) rows.push(cells(lines[i]!));
      const separator = rows.findIndex((r) => r.every((c) => /^:?-+:?$/.test(c)));
      const head = separator > 0 ? rows.slice(0, separator) : [];
      const body = separator >= 0 ? rows.slice(separator + 1) : rows;
      const row = (r: string[], tag: "th" | "td") => `<tr>${r.map((c) => `<${tag}>${inline(c)}</${tag}>`).join("")}</tr>`;
      const thead = head.some((r) => r.some((c) => c !== "")) ? `<thead>${head.map((r) => row(r, "th")).join("")}</thead>` : "";
      out.push(`<table>${thead}<tbody>${body.map((r) => row(r, "td")).join("")}</tbody></table>`);
    } else if (/^[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^[-*] /.test(lines[i]!); i++) items.push(`<li>${inline(lines[i]!.slice(2))}</li>`);
      out.push(`<ul>${items.join("")}</ul>`);
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== "" && !/^(#{1,6} |```|\||[-*] )/.test(lines[i]!); i++) paragraph.push(lines[i]!);
      out.push(`<p>${inline(paragraph.join("\n"))}</p>`);
    }
  }
  return out.join("\n");
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

function inline(text: string): string {
  // Code spans first, so their content is not read as emphasis or links.
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length >= 2) return `<code>${escape(part.slice(1, -1))}</code>`;
      return escape(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
          const rule = /^([a-z0-9-]+)\.md$/.exec(href);
          return rule ? `<button type="button" class="doc-link" data-rule="${rule[1]}">${label}</button>` : label;
        });
    })
    .join("");
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
