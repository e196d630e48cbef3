/**
 * The breaking-change gate: which changes fail the job at the chosen level, which breaks were
 * accepted on purpose (by fingerprint in a file in the repo, or by a PR label) and why the gate
 * passed or failed. Pure: the caller reads the file and the labels and passes today's date.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '../../errors.ts';
import type { FailOn, IgnoreRule, Level } from '../../config.ts';
import { LEVELS, type OasdiffChange } from './oasdiff.ts';

/** What an accepted break's reason is until someone writes one (the comment's paste-ready entries); refused. */
export const REASON_PLACEHOLDER = 'TODO: say why no client breaks';

/** `NONE` reports without ever failing. */

export interface AcceptedBreak {
  fingerprint: string;
  reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) the acceptance holds. */
  expires?: string;
  /** Where the entry is written, for messages. */
  line?: number;
  /** Who wrote the entry, as git records it. */
  author?: string;
}

export interface AcceptedBreaks {
  file: string;
  entries: AcceptedBreak[];
}

export type Acceptance = { by: 'file'; file: string; entry: AcceptedBreak } | { by: 'label'; label: string } | { by: 'ignore'; rule: IgnoreRule };

export interface GateInput<C extends OasdiffChange = OasdiffChange> {
  changes: readonly C[];
  failOn: FailOn;
  accepted?: AcceptedBreaks;
  /** The label that accepts every break (every failing change) of the PR, and the PR's labels. */
  acceptLabel?: string;
  labels?: readonly string[];
  /** Changes that never count (the ignore-changes setting). */
  ignore?: readonly IgnoreRule[];
  /** Today, as `YYYY-MM-DD` in UTC. */
  today: string;
}

export interface GatedChange<C extends OasdiffChange = OasdiffChange> {
  change: C;
  /** At or above the fail-on level. */
  blocking: boolean;
  accepted?: Acceptance;
}

export interface GateVerdict<C extends OasdiffChange = OasdiffChange> {
  passed: boolean;
  failOn: FailOn;
  /** One sentence: why the gate passed or failed. */
  summary: string;
  counts: Record<Level, number>;
  /** Every change, in oasdiff's order, with how the gate judged it. */
  changes: GatedChange<C>[];
  /** Blocking and not accepted: these fail the gate. */
  failing: GatedChange<C>[];
  accepted: GatedChange<C>[];
  /** File entries past their expiry that match a change: they no longer accept it. */
  expired: { entry: AcceptedBreak; changes: C[] }[];
  /** File entries matching no change (the break is gone, or the fingerprint is mistyped). */
  unused: AcceptedBreak[];
}

const rank = (level: Level) => LEVELS.length - LEVELS.indexOf(level);

export function isAtLeast(level: Level, failOn: FailOn): boolean {
  return failOn !== 'NONE' && rank(level) >= rank(failOn);
}

/** A change is breaking when oasdiff rates it WARN or ERR (what `oasdiff breaking` lists). */
export function isBreaking(change: OasdiffChange): boolean {
  return change.level !== 'INFO';
}

export function judge<C extends OasdiffChange>(input: GateInput<C>): GateVerdict<C> {
  const counts: Record<Level, number> = { ERR: 0, WARN: 0, INFO: 0 };
  const entries = input.accepted?.entries ?? [];
  const byFingerprint = new Map<string, AcceptedBreak>();
  for (const entry of entries) byFingerprint.set(entry.fingerprint, entry);
  const label = input.acceptLabel && input.labels?.includes(input.acceptLabel) ? input.acceptLabel : undefined;
  const used = new Set<AcceptedBreak>();
  const expired = new Map<AcceptedBreak, C[]>();

  const changes = input.changes.map((change): GatedChange<C> => {
    counts[change.level]++;
    const blocking = isAtLeast(change.level, input.failOn);
    const entry = byFingerprint.get(change.fingerprint);
    if (entry) used.add(entry);
    // Acceptance only means something for a change the gate would hold against the PR.
    const acceptable = blocking || isBreaking(change);
    const ignored = acceptable ? input.ignore?.find((rule) => ignores(rule, change)) : undefined;
    if (ignored) return { change, blocking, accepted: { by: 'ignore', rule: ignored } };
    if (entry && entry.expires && entry.expires < input.today) {
      expired.set(entry, [...(expired.get(entry) ?? []), change]);
    } else if (entry && acceptable) {
      return { change, blocking, accepted: { by: 'file', file: input.accepted!.file, entry } };
    }
    if (label && acceptable) return { change, blocking, accepted: { by: 'label', label } };
    return { change, blocking };
  });

  const failing = changes.filter((c) => c.blocking && !c.accepted);
  const accepted = changes.filter((c) => c.accepted);
  const verdict: GateVerdict<C> = {
    passed: failing.length === 0,
    failOn: input.failOn,
    summary: '',
    counts,
    changes,
    failing,
    accepted,
    expired: [...expired].map(([entry, matched]) => ({ entry, changes: matched })),
    unused: entries.filter((e) => !used.has(e)),
  };
  verdict.summary = explain(verdict);
  return verdict;
}

function ignores(rule: IgnoreRule, change: OasdiffChange): boolean {
  return rule.rule === change.id && (rule.path === undefined || (rule.path === change.path && rule.method === change.operation));
}

function explain(v: GateVerdict<OasdiffChange>): string {
  const threshold = v.failOn === 'NONE' ? '' : ` at ${v.failOn}${v.failOn === 'INFO' ? '' : ' or above'}`;
  const expiredNote = v.expired.length ? ` (${plural(v.expired.length, 'acceptance')} expired)` : '';
  if (!v.passed) {
    return `Failed: ${plural(v.failing.length, 'change')}${threshold} not accepted${expiredNote}.`;
  }
  if (v.failOn === 'NONE') return 'Passed: fail-on is NONE, so changes are reported without failing.';
  const blockingAccepted = v.accepted.filter((c) => c.blocking).length;
  if (blockingAccepted > 0) {
    const byFile = v.accepted.some((c) => c.blocking && c.accepted?.by === 'file');
    const byLabel = v.accepted.find((c) => c.blocking && c.accepted?.by === 'label')?.accepted;
    const byIgnore = v.accepted.some((c) => c.blocking && c.accepted?.by === 'ignore');
    const how = [byFile && 'the accepted-breaks file', byLabel?.by === 'label' && `the label \`${byLabel.label}\``, byIgnore && 'the ignore-changes setting']
      .filter(Boolean)
      .join(' and ');
    return `Passed: ${plural(blockingAccepted, 'change')}${threshold} accepted by ${how}.`;
  }
  return `Passed: no changes${threshold}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Today's date in UTC as the gate compares it. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reads the accepted-breaks file:
 *
 *   accepted:
 *     - fingerprint: 795edeabf00b
 *       reason: /owners was deprecated in March and announced to every client
 *       expires: 2026-12-31
 *
 * Mistakes are UserErrors pointing at the line.
 */
export function parseAcceptedBreaks(text: string, file: string): AcceptedBreaks {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const fail = (message: string, node?: Node | null): never => {
    throw new UserError(message, at(node), 'Each entry needs `fingerprint` (from the diff report) and `reason`; `expires` is optional (YYYY-MM-DD).');
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new UserError(`the accepted-breaks file is not valid YAML: ${syntax.message.split('\n')[0]}`, { file, line, column: col });
  }
  if (doc.contents === null) return { file, entries: [] };
  if (!isMap(doc.contents)) return fail('the accepted-breaks file must be a mapping with an `accepted` list', doc.contents);
  const list = doc.contents.get('accepted', true) as Node | undefined;
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return { file, entries: [] };
  if (!isSeq(list)) return fail('`accepted` must be a list', list);

  const entries = list.items.map((item): AcceptedBreak => {
    if (!isMap(item)) return fail('each accepted break must be a mapping', item as Node);
    const field = (key: string) => {
      const node = item.get(key, true) as Node | undefined;
      const scalar = node as { value?: unknown; source?: string } | undefined;
      // A fingerprint of digits alone parses as a number; its source text is what was meant.
      const value = typeof scalar?.value === 'number' && scalar.source !== undefined ? scalar.source : scalar?.value;
      return { node, value };
    };
    const fingerprint = field('fingerprint');
    const reason = field('reason');
    const expires = field('expires');
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value);
      if (!['fingerprint', 'reason', 'expires'].includes(key)) fail(`unknown field \`${key}\` in an accepted break`, pair.key as Node);
    }
    if (typeof fingerprint.value !== 'string' || !/^[0-9a-f]{6,64}$/i.test(fingerprint.value)) {
      fail('`fingerprint` must be the hexadecimal fingerprint of a change', fingerprint.node ?? item);
    }
    if (typeof reason.value !== 'string' || reason.value.trim() === '') fail('`reason` must say why the break is accepted', reason.node ?? item);
    // The entries the comment offers carry a placeholder reason: pasting them is not accepting.
    if ((reason.value as string).trim() === REASON_PLACEHOLDER) fail('`reason` is still the placeholder: write why no client breaks', reason.node);
    const entry: AcceptedBreak = { fingerprint: (fingerprint.value as string).toLowerCase(), reason: (reason.value as string).trim(), line: at(item).line };
    if (expires.node !== undefined) {
      const value = expires.value;
      if (typeof value !== 'string' || !isIsoDate(value)) fail('`expires` must be a date written YYYY-MM-DD', expires.node);
      entry.expires = value as string;
    }
    return entry;
  });
  return { file, entries };
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
