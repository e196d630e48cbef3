import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  clip,
  escapeMarkdown
} from "./chunk-KFKZGTTH.js";

// src/stages/contract/report.ts
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
  contractText,
  contractMarkdown
};
