/**
 * Text from a spec (or anything else we do not control) put into Markdown that GitHub renders: a PR
 * comment, a job summary, a check run. Everything goes through escapeMarkdown, the one escaping
 * function, so that no spec can break out of a table cell, forge our hidden comment marker, inject
 * HTML or links (autolinked URLs too), mention users or cross-reference issues, or start a workflow command (`::`) when
 * the Markdown is echoed to the log.
 */

/** Characters replaced by an entity: each would start Markdown or HTML syntax. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '!': '&#33;',
  $: '&#36;',
  // A zero-width space after `@` and `#` keeps `@user`, `#123` and `org/repo#1` from notifying.
  '@': '@&#8203;',
  '#': '#&#8203;',
  // `::` at the start of a log line is a workflow command; break every pair.
  '::': ':&#58;',
};

/**
 * GitHub turns `https://…`, `www.…` and `GH-123` in plain text into links and cross-references; a
 * zero-width space inside each keeps it text that reads the same.
 */
const AUTOLINKS = (match: string): string => (match === '://' ? ':&#8203;//' : `${match.slice(0, -1)}&#8203;${match.slice(-1)}`);

/**
 * One line of inert Markdown text, safe in a table cell, a list item, a heading or inline HTML.
 * Line breaks become spaces; control and bidirectional-override characters are dropped.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Bidi controls can make a line read differently from what it is (CVE-2021-42574).
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      // One pass, so the entities written here are never escaped again.
      // An underscore inside a word cannot start emphasis, so `project_id` stays readable (and short).
      .replace(/::|:\/\/|www\.|gh-(?=\d)|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|[&<>|\\`*[\]~!$@#]/gi, (c) => ENTITIES[c] ?? AUTOLINKS(c))
  );
}

/** Inline code that stays inert: `<code>` rather than backticks, so the content can be escaped. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** Shortens text before escaping (never inside an entity), marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
