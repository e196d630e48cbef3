/**
 * The diff report in its three forms: the Markdown body of the PR comment (also the job summary,
 * with a larger budget), the JSON file of every change, and plain text for a terminal or a log.
 */
import { DEFAULT_ACCEPT_LABEL, DEFAULT_ACCEPTED_BREAKS_FILE } from '../../config.ts';
import { COMMENT_LIMIT } from '../../github/sticky-comment.ts';
import { clip, code, escapeMarkdown } from '../../text/markdown.ts';
import { terminalText } from '../../text/terminal.ts';
import type { SourceLocation } from '../../openapi/types.ts';
import { isBreaking, REASON_PLACEHOLDER, type Acceptance, type GatedChange, type GateVerdict } from './gate.ts';
import type { LocatedChange } from './locate.ts';
import type { Level } from '../../config.ts';
import { LEVELS } from './oasdiff.ts';
import { OASDIFF_VERSION } from './oasdiff-binary.ts';

export interface DiffReport {
  /** The spec as users name it: the revision's root file, relative to the workspace. */
  spec: string;
  base: BaseDescription;
  verdict: GateVerdict<LocatedChange>;
  /** Where breaks are accepted: the accepted-breaks file and the label (the defaults when absent). */
  accepting?: { file: string; label: string };
}

export type BaseDescription =
  | { kind: 'found'; /** Path in the repository, or as given on the command line. */ path: string; commit?: string }
  /** No base: a new API. */
  | { kind: 'none'; reason: string; commit?: string };

export interface MarkdownOptions {
  /** Characters the body may use; leave room for what the caller wraps around it (the marker). */
  maxLength?: number;
  /** Where the full report is when the body is cut, as Markdown, e.g. a link to the job summary. */
  fullReport?: string;
  /** A URL for a source location (a blob link at the revision), when there is one. */
  sourceLink?: (location: SourceLocation) => string | undefined;
}

const DEFAULT_MAX_LENGTH = COMMENT_LIMIT - 1_536;
/** Messages of one rule shown per endpoint before "and N more". */
const REPEATS_SHOWN = 3;
const MESSAGE_MAX = 400;
const LEVEL_MARK: Readonly<Record<Level, string>> = { ERR: '🔴 ERR', WARN: '🟠 WARN', INFO: '🔵 INFO' };

type Entry = GatedChange<LocatedChange>;

/** Changes of one endpoint (or of components, or of the whole API), most severe first. */
interface EndpointGroup {
  title: string;
  entries: Entry[];
}

export function renderMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const { verdict } = report;
  const head = [heading(report), '', escapeMarkdown(verdict.summary) + ' ' + baseLine(report.base), ''];
  if (report.base.kind === 'none') return head.join('\n');
  if (verdict.changes.length === 0) return [...head, 'No API changes.'].join('\n');
  head.push(countsTable(verdict), '');

  const notes = gateNotes(verdict);
  const breaking = groupByEndpoint(verdict.changes.filter((c) => isBreaking(c.change) || c.blocking));
  const others = groupByEndpoint(verdict.changes.filter((c) => !isBreaking(c.change) && !c.blocking));
  const breakingCount = breaking.reduce((n, g) => n + g.entries.length, 0);
  const othersCount = others.reduce((n, g) => n + g.entries.length, 0);

  // Sections are filled in order until the budget is spent; what does not fit is counted for the note.
  const reserve = 1_000;
  const out: string[] = [...head, ...notes];
  let used = out.join('\n').length;
  const fits = (length: number) => used + length + 1 <= maxLength - reserve;
  const add = (block: string) => {
    out.push(block);
    used += block.length + 1;
  };

  // How to get unblocked comes before the detail in importance: its budget is set aside first.
  const failing = verdict.changes.filter((c) => c.blocking && !c.accepted);
  const proceed = failing.length > 0 ? howToProceed(failing, report.accepting ?? defaultAccepting, Math.floor((maxLength - reserve - used) * 0.4)) : undefined;
  if (proceed) used += proceed.length + 1;

  let shownBreaking = 0;
  let shownBreakingGroups = 0;
  if (breaking.length > 0) {
    // At fail-on INFO, non-breaking changes can fail the gate too; they are listed with the breaks.
    const failingInfo = breaking.some((g) => g.entries.some((e) => !isBreaking(e.change)));
    add(`#### ${failingInfo ? 'Breaking and failing changes' : 'Breaking changes'} (${breakingCount})\n`);
    for (const group of breaking) {
      // Whole endpoints while they fit; then as many rows of the next one as fit, and stop.
      const tableHead = breakingTableHead(group);
      const rows = breakingRows(group, options);
      const kept: string[] = [];
      let size = tableHead.length + 1;
      for (const row of rows) {
        if (!fits(size + row.text.length + 1)) break;
        kept.push(row.text);
        size += row.text.length + 1;
        shownBreaking += row.count;
      }
      if (kept.length > 0) add([tableHead, ...kept, ''].join('\n'));
      if (kept.length < rows.length) break;
      shownBreakingGroups++;
    }
  }

  let shownOthers = 0;
  if (others.length > 0 && shownBreakingGroups === breaking.length) {
    const open = `<details><summary>Other changes (${othersCount})</summary>\n`;
    // A blank line before the closing tag, or Markdown may take it into the last list item.
    const close = '\n\n</details>\n';
    const lines: string[] = [];
    let size = open.length + close.length;
    for (const group of others) {
      const block = otherBlock(group);
      if (!fits(size + block.length)) break;
      lines.push(block);
      size += block.length + 1;
      shownOthers += group.entries.length;
    }
    if (lines.length > 0) add(open + '\n' + lines.join('\n') + close);
  }

  if (proceed) out.push(proceed);
  const cut = cutNote(breakingCount - shownBreaking, breaking.length - shownBreakingGroups, othersCount - shownOthers, options.fullReport);
  if (cut) out.push(cut);
  return out.join('\n');
}

const defaultAccepting = { file: DEFAULT_ACCEPTED_BREAKS_FILE, label: DEFAULT_ACCEPT_LABEL };

/**
 * The two ways to get a failing gate through on purpose: entries for the accepted-breaks file, one
 * per failing change, ready to paste (each with the placeholder reason the gate refuses until it is
 * replaced), and the accept label with the trigger it needs. The entries are YAML in a <pre> block:
 * fingerprints are hexadecimal and the comments hold only a safe character set (no `<`, `&` or
 * line break), so no spec text can close the block, add markup or change the YAML.
 */
function howToProceed(failing: readonly Entry[], accepting: { file: string; label: string }, budget: number): string {
  const intro = [
    '#### How to proceed',
    '',
    `Fix the spec where a break is a mistake. To make a break on purpose, add its entry to ${code(accepting.file)} in this pull request, with the reason no client breaks (an entry may also say <code>expires: YYYY-MM-DD</code>):`,
    '',
  ].join('\n');
  const label = `Or add the label ${code(accepting.label)} to accept every break of this pull request; the workflow must then run on it: <code>on: pull_request: types: [opened, synchronize, reopened, labeled, unlabeled]</code>.`;
  const entries = failing.map(
    ({ change }) =>
      `  - fingerprint: ${change.fingerprint}  # ${change.level} ${change.id}: ${yamlCommentText(endpointOf(change))}\n    reason: '${REASON_PLACEHOLDER}'`,
  );
  // A <pre> block, not a fence: no backtick in the comment, and nothing inside is read as Markdown.
  const open = `<details><summary>Entries for the ${plural(failing.length, 'failing change')}</summary>\n\n<pre lang="yaml">\naccepted:`;
  const close = '</pre>\n\n</details>\n';
  let size = intro.length + label.length + open.length + close.length + 200;
  const kept: string[] = [];
  for (const entry of entries) {
    if (size + entry.length + 1 > budget && kept.length > 0) break;
    kept.push(entry);
    size += entry.length + 1;
  }
  const rest = entries.length - kept.length;
  const more =
    rest > 0
      ? `\n> [!NOTE]\n> ${rest} more ${rest === 1 ? 'entry' : 'entries'} did not fit here; every change's fingerprint is in the job summary and the JSON report of this run.\n`
      : '';
  return [intro, open, ...kept, close + more, label, ''].join('\n');
}

/** Text inside a YAML comment in a code block: letters, digits and the path characters alone. */
function yamlCommentText(text: string): string {
  return clip(text.replace(/[^A-Za-z0-9/{}._~ -]/g, '?'), 120);
}

function heading(report: DiffReport): string {
  const { verdict } = report;
  if (report.base.kind === 'none') return `### 🆕 New API: ${code(report.spec)}`;
  const mark = verdict.passed ? '✅' : '❌';
  const state = verdict.passed ? 'passed' : 'failed';
  return `### ${mark} API changes in ${code(report.spec)}: gate ${state}`;
}

function baseLine(base: BaseDescription): string {
  if (base.kind === 'none') return `No base to compare with: ${escapeMarkdown(base.reason)}.`;
  return `Compared with ${code(base.path)}${base.commit ? ` at ${code(base.commit.slice(0, 7))}` : ''} by oasdiff ${OASDIFF_VERSION}.`;
}

function countsTable(verdict: GateVerdict<LocatedChange>): string {
  const rows = LEVELS.map((level) => {
    const of = verdict.changes.filter((c) => c.change.level === level);
    const blocking = of.filter((c) => c.blocking && !c.accepted).length;
    const accepted = of.filter((c) => c.accepted).length;
    return `| ${LEVEL_MARK[level]} | ${of.length} | ${blocking} | ${accepted} |`;
  });
  return [`| Level | Changes | Failing (fail-on ${verdict.failOn}) | Accepted |`, '|---|---:|---:|---:|', ...rows].join('\n');
}

/** Why the gate decided as it did beyond the counts: accepted breaks, expired and unused entries. */
function gateNotes(verdict: GateVerdict<LocatedChange>): string[] {
  const notes: string[] = [];
  const byReason = new Map<string, { acceptance: Acceptance; count: number }>();
  for (const { accepted } of verdict.accepted) {
    if (!accepted) continue;
    const key =
      accepted.by === 'file'
        ? `file:${accepted.entry.fingerprint}`
        : accepted.by === 'label'
          ? `label:${accepted.label}`
          : `ignore:${accepted.rule.rule} ${accepted.rule.path ?? ''}`;
    byReason.set(key, { acceptance: accepted, count: (byReason.get(key)?.count ?? 0) + 1 });
  }
  if (byReason.size > 0) {
    notes.push(`**Accepted breaking changes (${verdict.accepted.length})**\n`);
    const shown = [...byReason.values()].slice(0, 50);
    for (const { acceptance, count } of shown) notes.push(`- ${describeAcceptance(acceptance)}${count > 1 ? ` (${count} changes)` : ''}`);
    if (byReason.size > shown.length) notes.push(`- … and ${byReason.size - shown.length} more acceptances`);
    notes.push('');
  }
  for (const { entry, changes } of verdict.expired.slice(0, 20)) {
    notes.push(
      `> [!WARNING]\n> The acceptance of ${code(entry.fingerprint)} expired on ${escapeMarkdown(entry.expires ?? '')} and no longer accepts ${changes.length === 1 ? 'its change' : `its ${changes.length} changes`} (${escapeMarkdown(clip(entry.reason, 200))}).\n`,
    );
  }
  if (verdict.expired.length > 20) notes.push(`… and ${verdict.expired.length - 20} more expired acceptances.\n`);
  if (verdict.unused.length > 0) {
    const list = verdict.unused
      .slice(0, 20)
      .map((e) => code(e.fingerprint))
      .join(', ');
    notes.push(`Accepted-breaks entries matching no change (safe to remove): ${list}${verdict.unused.length > 20 ? ', …' : ''}\n`);
  }
  return notes;
}

function describeAcceptance(acceptance: Acceptance): string {
  if (acceptance.by === 'label') return `by the PR label ${code(acceptance.label)}`;
  if (acceptance.by === 'ignore') {
    const { rule, method, path, reason } = acceptance.rule;
    return `${code(rule)}${path ? ` on ${code(`${method} ${path}`)}` : ''} ignored by the ignore-changes setting: ${escapeMarkdown(clip(reason, 300))}`;
  }
  const { entry } = acceptance;
  const expiry = entry.expires ? `, until ${escapeMarkdown(entry.expires)}` : '';
  const author = entry.author ? ` (entry by ${escapeMarkdown(clip(entry.author, 80))})` : '';
  return `${code(entry.fingerprint)} by ${code(acceptance.file)}${author}${expiry}: ${escapeMarkdown(clip(entry.reason, 300))}`;
}

function groupByEndpoint(entries: Entry[]): EndpointGroup[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = endpointOf(entry.change);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const severity = (e: Entry) => (e.blocking && !e.accepted ? 0 : 1) * 10 + LEVELS.indexOf(e.change.level);
  // Failing endpoints first; then by path, so the methods of one path stay together.
  const order = (e: Entry) => `${e.change.path ?? '~'} ${e.change.operation ?? ''}`;
  return [...groups]
    .map(([title, list]) => ({ title, entries: list.sort((a, b) => severity(a) - severity(b) || a.change.id.localeCompare(b.change.id)) }))
    .sort((a, b) => severity(a.entries[0]!) - severity(b.entries[0]!) || order(a.entries[0]!).localeCompare(order(b.entries[0]!)));
}

function endpointOf(change: LocatedChange): string {
  if (change.path) return change.operation ? `${change.operation} ${change.path}` : change.path;
  return change.section === 'components' ? 'components' : 'API';
}

function breakingTableHead(group: EndpointGroup): string {
  return [`**${code(group.title)}**\n`, '| Level | Rule | Change | Where |', '|---|---|---|---|'].join('\n');
}

/** One table row per rule of an endpoint; a rule that repeats is one row listing its first messages. */
function breakingRows(group: EndpointGroup, options: MarkdownOptions): { text: string; count: number }[] {
  return byRule(group.entries).map((entries) => {
    const first = entries[0]!;
    const level = first.accepted ? `${LEVEL_MARK[first.change.level]} (accepted)` : LEVEL_MARK[first.change.level];
    const rule = code(first.change.id) + (entries.length > 1 ? ` ×${entries.length}` : '');
    const messages = entries.slice(0, REPEATS_SHOWN).map((e) => changeText(e.change.text));
    if (entries.length > REPEATS_SHOWN) messages.push(`… and ${entries.length - REPEATS_SHOWN} more`);
    return { text: `| ${level} | ${rule} | ${messages.join('<br>')} | ${where(first, options)} |`, count: entries.length };
  });
}

function otherBlock(group: EndpointGroup): string {
  const lines = byRule(group.entries).map((entries) => {
    const first = entries[0]!;
    const more = entries.length > REPEATS_SHOWN ? ` … and ${entries.length - REPEATS_SHOWN} more` : '';
    const texts = entries
      .slice(0, REPEATS_SHOWN)
      .map((e) => changeText(e.change.text))
      .join('; ');
    return `  - ${first.change.level} ${code(first.change.id)}${entries.length > 1 ? ` ×${entries.length}` : ''}: ${texts}${more}`;
  });
  return [`- ${code(group.title)}`, ...lines].join('\n');
}

function byRule(entries: Entry[]): Entry[][] {
  const rules = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = `${entry.change.level} ${entry.change.id} ${entry.accepted ? 'accepted' : ''}`;
    const rule = rules.get(key);
    if (rule) rule.push(entry);
    else rules.set(key, [entry]);
  }
  return [...rules.values()];
}

/** oasdiff quotes names with backticks; they become inert `<code>` so every part can be escaped. */
function changeText(text: string): string {
  return clip(text, MESSAGE_MAX)
    .split('`')
    .map((part, i, parts) => (i % 2 === 1 && i < parts.length - 1 ? code(part) : escapeMarkdown(part)))
    .join('');
}

function where(entry: Entry, options: MarkdownOptions): string {
  const location = entry.change.location;
  if (!location) return '';
  const label = escapeMarkdown(`${location.file}:${location.line}`);
  const url = options.sourceLink?.(location);
  // Characters that would end the link destination early are percent-encoded.
  return url ? `[${label}](${url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : label;
}

function cutNote(breaking: number, breakingGroups: number, others: number, fullReport: string | undefined): string | undefined {
  if (breaking === 0 && others === 0) return undefined;
  const parts: string[] = [];
  if (breaking > 0) parts.push(`${plural(breaking, 'breaking change')} (of ${plural(breakingGroups, 'endpoint')})`);
  if (others > 0) parts.push(plural(others, 'other change'));
  const rest = fullReport ?? 'the job summary and the JSON report of this run';
  return `> [!NOTE]\n> Cut to fit GitHub's comment size: ${parts.join(' and ')} are not shown here. Every change is in ${rest}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Every change with oasdiff's fields, how the gate judged it and where it is in the revision. */
export function toJson(report: DiffReport): object {
  const { verdict } = report;
  return {
    spec: report.spec,
    oasdiff: OASDIFF_VERSION,
    base: report.base,
    passed: verdict.passed,
    failOn: verdict.failOn,
    summary: verdict.summary,
    counts: verdict.counts,
    breakingCount: verdict.changes.filter((c) => isBreaking(c.change)).length,
    changes: verdict.changes.map(({ change, blocking, accepted }) => ({
      id: change.id,
      level: change.level,
      operation: change.operation,
      operationId: change.operationId,
      path: change.path,
      section: change.section,
      text: change.text,
      comment: change.comment,
      fingerprint: change.fingerprint,
      breaking: isBreaking(change),
      blocking,
      accepted:
        accepted &&
        (accepted.by === 'label'
          ? { by: 'label', label: accepted.label }
          : accepted.by === 'ignore'
            ? { by: 'ignore-changes', reason: accepted.rule.reason }
            : { by: 'file', file: accepted.file, reason: accepted.entry.reason, expires: accepted.entry.expires }),
      source: change.location && { file: change.location.file, line: change.location.line, column: change.location.column },
      baseSource: change.baseSource,
    })),
    expired: verdict.expired.map(({ entry, changes }) => ({ ...entry, changes: changes.map((c) => c.fingerprint) })),
    unused: verdict.unused,
  };
}

export function renderJson(report: DiffReport): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}

/**
 * One line per change. Spec text is flattened to one line and every line starts with our own
 * words, so nothing from a spec can begin a workflow command in the log.
 */
export function renderText(report: DiffReport): string {
  const { verdict } = report;
  const base =
    report.base.kind === 'none' ? `new API (${report.base.reason})` : `${report.base.path}${report.base.commit ? `@${report.base.commit.slice(0, 7)}` : ''}`;
  const lines = [`API diff of ${plain(report.spec)} against ${plain(base)}: ${plain(verdict.summary)}`];
  if (report.base.kind === 'none') return lines.join('\n') + '\n';
  lines.push(`Changes: ${LEVELS.map((l) => `${l} ${verdict.counts[l]}`).join(', ')} (oasdiff ${OASDIFF_VERSION})`);
  for (const { change, blocking, accepted } of verdict.changes) {
    const where = change.location ? ` (${plain(`${change.location.file}:${change.location.line}:${change.location.column}`)})` : '';
    const endpoint = plain(endpointOf(change));
    const state = accepted
      ? accepted.by === 'ignore'
        ? ` [ignored: ${plain(accepted.rule.reason)}]`
        : ` [accepted by ${accepted.by === 'label' ? `label ${plain(accepted.label)}` : plain(accepted.file)}]`
      : blocking
        ? ' [failing]'
        : '';
    lines.push(`${change.level.padEnd(4)} ${endpoint}: ${plain(change.id)}: ${plain(change.text)}${where} fingerprint ${plain(change.fingerprint)}${state}`);
  }
  if (!verdict.passed) {
    const { file, label } = report.accepting ?? defaultAccepting;
    lines.push(
      `To make a failing change on purpose: add its fingerprint, with the reason no client breaks, to ${plain(file)}; or label the pull request ${plain(label)}.`,
    );
  }
  return lines.join('\n') + '\n';
}

/** One line without control characters (no ANSI escapes, no carriage returns rewriting the line). */
function plain(text: string): string {
  return terminalText(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

/** GitHub's job summary limit (1 MiB, in bytes; Markdown here is mostly ASCII thanks to the entities). */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * The job summary for every spec of a run: a section per changed spec (sharing the budget), then
 * the specs that did not change, listed.
 */
export function renderSummary(reports: readonly DiffReport[], options: MarkdownOptions = {}): string {
  const changed = reports.filter((r) => r.base.kind === 'none' || r.verdict.changes.length > 0);
  const unchanged = reports.filter((r) => !changed.includes(r));
  const list = unchanged.length ? `**Unchanged (${unchanged.length}):** ${unchanged.map((r) => code(r.spec)).join(', ')}\n` : '';
  const share = Math.floor(((options.maxLength ?? SUMMARY_LIMIT - 64 * 1024) - list.length) / Math.max(1, changed.length));
  const sections = changed.map((r) => renderMarkdown(r, { ...options, maxLength: share }));
  return [...sections, list].filter(Boolean).join('\n\n');
}

/**
 * One comment for a run of several specs (a monorepo): an index of every spec with its verdict and
 * counts, then the specs that fail the gate in full, then the others folded, sharing the budget in
 * that order of importance.
 */
export function renderIndex(reports: readonly DiffReport[], options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const failing = reports.filter((r) => !r.verdict.passed);
  const changed = reports.filter((r) => r.verdict.passed && (r.base.kind === 'none' || r.verdict.changes.length > 0));
  const head = `### ${failing.length ? '❌' : '✅'} API changes in ${reports.length} specs: gate ${failing.length ? `failed in ${failing.length}` : 'passed'}`;
  const rows = reports.map((r) => {
    const state = r.base.kind === 'none' ? '🆕 new API' : !r.verdict.passed ? '❌ failed' : r.verdict.changes.length ? '✅ passed' : 'no changes';
    return `| ${code(r.spec)} | ${state} | ${LEVELS.map((l) => r.verdict.counts[l]).join(' | ')} |`;
  });
  const index = [head, '', `| spec | gate | ERR | WARN | INFO |`, '|---|---|---:|---:|---:|', ...rows, ''].join('\n');
  const open = `<details><summary>Specs that pass the gate, with changes (${changed.length})</summary>\n\n`;
  const close = '\n\n</details>\n';
  let room = maxLength - index.length - (changed.length ? open.length + close.length : 0) - 200;
  // Failing specs first, each given an equal share of what is left; the passing ones share the rest.
  const full = failing.map((r, i) => {
    const text = renderMarkdown(r, { ...options, maxLength: Math.floor(room / (failing.length - i + (changed.length ? 1 : 0))) });
    room -= text.length + 2;
    return text;
  });
  const folded = changed.map((r, i) => {
    const text = renderMarkdown(r, { ...options, maxLength: Math.max(500, Math.floor(room / (changed.length - i))) });
    room -= text.length + 2;
    return text;
  });
  return [index, ...full, ...(folded.length ? [open + folded.join('\n\n') + close] : [])].join('\n\n');
}

export type DiffFormat = 'markdown' | 'json' | 'text';

/** What `diff --format` prints; `markdown` is exactly the comment body. */
export function renderReport(report: DiffReport, format: DiffFormat, options: MarkdownOptions = {}): string {
  if (format === 'json') return renderJson(report);
  if (format === 'text') return renderText(report);
  return renderMarkdown(report, options) + '\n';
}

/** The action's outputs for one spec (the caller sums them over several specs). */
export function diffOutputs(report: DiffReport, changelog: string): Record<'breaking' | 'breaking-count' | 'changes' | 'changelog', string> {
  const breaking = report.verdict.changes.filter((c) => isBreaking(c.change)).length;
  return {
    breaking: String(breaking > 0),
    'breaking-count': String(breaking),
    changes: JSON.stringify(report.verdict.counts),
    changelog,
  };
}

export interface ChangeAnnotation {
  path: string;
  line: number;
  column: number;
  level: 'failure' | 'warning';
  title: string;
  /** Plain text: check-run annotations do not render Markdown. */
  message: string;
}

/** Every breaking change as an annotation on the revision (for a check run: all of them, not the first 10). */
export function breakingAnnotations(report: DiffReport): ChangeAnnotation[] {
  return report.verdict.changes.flatMap(({ change, blocking, accepted }) => {
    if (!isBreaking(change) || !change.location) return [];
    const state = accepted ? ' (accepted)' : blocking ? '' : ' (below fail-on)';
    return [
      {
        path: change.location.file,
        line: change.location.line,
        column: change.location.column,
        level: blocking && !accepted ? 'failure' : 'warning',
        title: `${change.level} ${change.id}${state}`,
        message: `${plain(change.text)} [fingerprint ${change.fingerprint}]`,
      },
    ];
  });
}
