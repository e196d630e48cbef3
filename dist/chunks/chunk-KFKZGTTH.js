import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/text/markdown.ts
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

export {
  escapeMarkdown,
  code,
  clip
};
