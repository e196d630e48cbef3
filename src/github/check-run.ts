/**
 * A check run on the commit with any number of annotations: the runner shows only 10 errors and 10
 * warnings per step, a check run shows them all. GitHub takes 50 annotations per request and appends
 * each batch, so a repeated batch would show twice: every write goes through `writeOnce`, which
 * checks the run's annotation count (or, for the create, our external id) before writing again.
 */
import { randomUUID } from 'node:crypto';
import { clip } from '../text/markdown.ts';
import type { RunContext } from './context.ts';
import type { GitHubClient } from './octokit.ts';

export interface CheckAnnotation {
  /** Repository-relative path of the file. */
  path: string;
  line: number;
  endLine?: number;
  column?: number;
  level: 'notice' | 'warning' | 'failure';
  title?: string;
  /** Plain text: annotations do not render Markdown. */
  message: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required' | 'cancelled' | 'skipped' | 'timed_out';

export interface CheckRunInput {
  name: string;
  title: string;
  /** Markdown, shown on the check run's page. */
  summary: string;
  annotations: readonly CheckAnnotation[];
  conclusion: CheckConclusion;
}

export type CheckRunOutcome =
  { published: true; id: number; url: string; annotations: number } | { published: false; reason: 'no-commit' | 'forbidden' | 'github-error'; detail: string };

/** GitHub's limits on one request and on the texts of a check run. */
const ANNOTATIONS_PER_REQUEST = 50;
const SUMMARY_MAX = 65_535;
const TITLE_MAX = 255;
const MESSAGE_BYTES = 64 * 1024;

export async function publishCheckRun(input: CheckRunInput, client: GitHubClient, context: RunContext): Promise<CheckRunOutcome> {
  if (!context.owner || !context.repo || !context.sha) {
    return { published: false, reason: 'no-commit', detail: 'the run names no repository and commit to attach a check run to' };
  }
  const { octokit } = client;
  const where = { owner: context.owner, repo: context.repo };
  const output = { title: clip(input.title, TITLE_MAX), summary: clip(input.summary, SUMMARY_MAX) };
  const batches = chunk(input.annotations.map(toApiAnnotation), ANNOTATIONS_PER_REQUEST);
  // Ours alone: how a create that answered 5xx is recognised if it went through after all.
  const externalId = randomUUID();
  // One request when everything fits; otherwise the run stays in progress until the last batch is in.
  const completeAtOnce = batches.length <= 1;

  try {
    const run = await client.writeOnce(
      async () =>
        (
          await octokit.rest.checks.create({
            ...where,
            name: input.name,
            head_sha: context.sha!,
            external_id: externalId,
            ...(completeAtOnce ? { conclusion: input.conclusion } : { status: 'in_progress' as const }),
            output: { ...output, annotations: batches[0] ?? [] },
          })
        ).data,
      async () => {
        const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
          ...where,
          ref: context.sha!,
          check_name: input.name,
          filter: 'all',
          per_page: 100,
        });
        return runs.find((r) => r.external_id === externalId);
      },
    );

    let sent = batches[0]?.length ?? 0;
    const annotationsHeld = async () => (await octokit.rest.checks.get({ ...where, check_run_id: run.id })).data.output.annotations_count;
    for (const batch of batches.slice(1)) {
      const expected = sent + batch.length;
      await client.writeOnce(
        async () => (await octokit.rest.checks.update({ ...where, check_run_id: run.id, output: { ...output, annotations: batch } })).data,
        async () => ((await annotationsHeld()) >= expected ? run : undefined),
      );
      sent = expected;
    }
    if (!completeAtOnce) {
      await client.writeOnce(
        async () => (await octokit.rest.checks.update({ ...where, check_run_id: run.id, conclusion: input.conclusion, output })).data,
        async () => {
          const { data } = await octokit.rest.checks.get({ ...where, check_run_id: run.id });
          return data.status === 'completed' ? data : undefined;
        },
      );
    }
    return { published: true, id: run.id, url: run.html_url ?? `${context.serverUrl}/${where.owner}/${where.repo}/runs/${run.id}`, annotations: sent };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== 'number') throw error;
    if (status === 403 || status === 404) {
      return { published: false, reason: 'forbidden', detail: 'the token may not create check runs (it needs checks: write)' };
    }
    return { published: false, reason: 'github-error', detail: `the GitHub API answered ${status}` };
  }
}

function toApiAnnotation(a: CheckAnnotation) {
  const endLine = Math.max(a.line, a.endLine ?? a.line);
  return {
    path: a.path,
    start_line: a.line,
    end_line: endLine,
    // GitHub takes columns only for an annotation on one line.
    ...(a.column !== undefined && endLine === a.line && { start_column: a.column, end_column: a.column }),
    annotation_level: a.level,
    ...(a.title !== undefined && { title: clip(a.title, TITLE_MAX) }),
    message: clipUtf8(a.message, MESSAGE_BYTES),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** GitHub measures messages in bytes; a cut never leaves half a character. */
function clipUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  return (
    Buffer.from(text)
      .subarray(0, maxBytes - 3)
      .toString('utf8')
      .replace(/\uFFFD$/, '') + '…'
  );
}
