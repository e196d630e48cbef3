import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/report/markdown.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;",
  "!": "&#33;",
  "$": "&#36;",
  // A zero-width space after `@` and `#` keeps `@user`, `#123` and `org/repo#1` from notifying.
  "@": "@&#8203;",
  "#": "#&#8203;",
  // `::` at the start of a log line is a workflow command; break every pair.
  "::": ":&#58;"
};
function escapeMarkdown(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\r\n\u2028\u2029\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/::|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|[&<>|\\`*[\]~!$@#]/g, (c) => ENTITIES[c]);
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}

// src/contract/report-text.ts
var SUMMARY_ROWS = 300;
function contractText(report) {
  const lines = ordered(report).map((o) => {
    const head = `${o.outcome === "passed" ? "pass" : "FAIL"}  ${o.operation} (${o.label})`;
    const why = o.failures.map((f) => `
      ${f.rule}: ${f.message}`).join("");
    const answer = o.outcome === "failed" && o.response ? `
      answered ${o.response.status}: ${clip(o.response.excerpt.replace(/\s+/g, " "), 200)}` : "";
    return `${head}${why}${answer}`;
  });
  lines.push(verdict(report));
  return lines.join("\n");
}
function contractMarkdown(report) {
  const rows = ordered(report).slice(0, SUMMARY_ROWS).map((o) => {
    const failing = o.failures.map((f) => `<b>${escapeMarkdown(f.rule)}</b>: ${escapeMarkdown(clip(f.message, 300))}`).join("<br>");
    const response = o.response ? `${o.response.status}${o.outcome === "failed" && o.response.excerpt ? ` <code>${escapeMarkdown(clip(o.response.excerpt, 200))}</code>` : ""}` : "\u2014";
    return `| ${icon(o)} | ${escapeMarkdown(o.operation)} | ${escapeMarkdown(o.label)} | ${failing || "\u2014"} | ${response} |`;
  });
  const cut = report.operations.length > SUMMARY_ROWS ? `

${report.operations.length - SUMMARY_ROWS} more operations are in the JSON result file.` : "";
  return [`## Contract tests`, verdict(report), `| | operation | request | failing rules | response |
|---|---|---|---|---|
${rows.join("\n")}${cut}`].join("\n\n") + "\n";
}
function verdict(report) {
  const { exercised, documented } = report.coverage;
  return `${report.failed === 0 ? "All" : `${report.failed} of`} ${documented} operations ${report.failed === 0 ? "honour" : "break"} the contract; coverage ${exercised}/${documented} operations exercised, in ${(report.durationMs / 1e3).toFixed(1)} s.`;
}
function ordered(report) {
  return [...report.operations].sort((a, b) => Number(a.outcome === "passed") - Number(b.outcome === "passed"));
}
function icon(o) {
  return o.outcome === "passed" ? "\u2705" : o.outcome === "failed" ? "\u274C" : "\u23ED\uFE0F";
}

export {
  escapeMarkdown,
  code,
  clip,
  contractText,
  contractMarkdown
};
