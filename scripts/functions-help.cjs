// Renders the README's "Function reference" section as dist/help.html: the page each function's @helpurl points
// at (Excel's "Help on this function"). Anchors follow GitHub's heading slugs ("### RATING.GRADE" → #ratinggrade),
// so the same anchors work on the README itself. Text is escaped; nothing of the README is trusted as HTML.
"use strict";

const escape = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const inline = (s) =>
  escape(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*\s][^*]*)\*/g, "<em>$1</em>");

/** The lines of the `## Function reference` section. */
function section(readme) {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((l) => /^## Function reference\s*$/.test(l));
  if (start < 0) throw new Error('README.md has no "## Function reference" section');
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start, end < 0 ? lines.length : end);
}

/** @returns the help page's HTML for the README text. */
function renderFunctionHelp(readme) {
  const out = [];
  let code = null;
  let para = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.map(inline).join("<br>")}</p>`);
    para = [];
  };
  for (const line of section(readme)) {
    if (code) {
      if (line.startsWith("```")) {
        out.push(`<pre>${escape(code.join("\n"))}</pre>`);
        code = null;
      } else code.push(line);
      continue;
    }
    const h = /^(#{2,4})\s+(.*)$/.exec(line);
    if (line.startsWith("```")) {
      flush();
      code = [];
    } else if (h) {
      flush();
      const n = h[1].length;
      out.push(`<h${n} id="${slug(h[2].replace(/`/g, ""))}">${inline(h[2])}</h${n}>`);
    } else if (line.trim() === "") flush();
    else para.push(line);
  }
  flush();
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>RATING 函数说明 · Function reference</title>
<style>body{font-family:"Noto Sans CJK SC",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
pre{background:#f4f6f8;padding:.6rem;overflow-x:auto}code{background:#f4f6f8}</style></head>
<body>
${out.join("\n")}
</body></html>
`;
}

module.exports = { renderFunctionHelp, slug };
