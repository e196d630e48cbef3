/** What the runner tells the action about the run: repository, commit, event. Read once. */
import { readFileSync } from 'node:fs';

export interface RunContext {
  owner: string | undefined;
  repo: string | undefined;
  /** The commit a check run belongs to: the PR head for pull requests, else GITHUB_SHA. */
  sha: string | undefined;
  eventName: string | undefined;
  /** GITHUB_REF: the branch or tag pushed, or the pull request's merge ref. */
  ref: string | undefined;
  event: Record<string, unknown>;
  apiUrl: string;
  serverUrl: string;
  runUrl: string | undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pullRequest = event.pull_request as { head?: { sha?: string } } | undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    owner: owner || undefined,
    repo: repo || undefined,
    sha: pullRequest?.head?.sha ?? env.GITHUB_SHA,
    eventName: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
    event,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The pull request's labels as the event saw them (add `labeled` to the workflow's triggers to react). */
export function pullRequestLabels(context: RunContext): string[] {
  const labels = (context.event.pull_request as { labels?: { name?: unknown }[] } | undefined)?.labels ?? [];
  return labels.flatMap((l) => (typeof l.name === 'string' ? [l.name] : []));
}
