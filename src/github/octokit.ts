/**
 * The one GitHub client of the action: `@actions/github`'s Octokit (proxy settings, user agent) with
 * our retry policy wrapped around every request, pages included.
 *
 * A request GitHub refused for a rate limit was never carried out, so it is repeated whatever its
 * method, after the wait GitHub asks for. A 5xx answer, a timeout or a dropped connection say nothing
 * about whether a write happened: only reads and idempotent methods are repeated blindly. A POST or
 * PATCH goes through `writeOnce`, which looks at GitHub's state before writing again, so a comment
 * that was created behind a 502 is found rather than posted twice. (`@octokit/plugin-retry` repeats
 * any method on a 5xx, which is how duplicate comments happen; hence this small wrapper.)
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { inertLogText } from '../text/workflow-log.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  /** Repeats of one request after its first attempt. */
  retries: number;
  /** First wait after a 5xx or a lost answer; doubled on each repeat. */
  baseDelayMs: number;
  /** Wait after a secondary rate limit that names no time (GitHub: at least a minute); doubled on each repeat. */
  secondaryLimitWaitMs: number;
  /** Most time one request may spend waiting; a longer wait fails it now rather than stall the job. */
  maxTotalWaitMs: number;
  /** Up to this fraction is added to each wait, so parallel jobs do not come back in step. */
  jitter: number;
  /** One attempt gives up after this long. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  baseDelayMs: 1_000,
  secondaryLimitWaitMs: 60_000,
  maxTotalWaitMs: 5 * 60_000,
  jitter: 0.2,
  timeoutMs: 30_000,
};

/**
 * What a token is, from its documented prefix: `ghs_` tokens belong to a GitHub App installation
 * (the workflow's GITHUB_TOKEN is one) and act as the app's bot, which GET /user refuses to name.
 */
export type TokenKind = 'installation' | 'user';

export function tokenKind(token: string): TokenKind {
  return token.startsWith('ghs_') ? 'installation' : 'user';
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL of the run (GitHub Enterprise Server, or a local server in tests). */
  apiUrl: string;
  retry?: Partial<RetryPolicy>;
  /** Where retries are reported; the job log by default. */
  log?: (message: string) => void;
  /** Injected by tests that check the waits without spending them. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface GitHubClient {
  octokit: Octokit;
  tokenKind: TokenKind;
  /**
   * Performs a write that must not happen twice. When the answer leaves it open whether the write
   * happened (5xx, timeout, lost connection), waits, then asks `landed` whether GitHub holds the
   * result; only when it does not is the write repeated.
   */
  writeOnce<T>(write: () => Promise<T>, landed: () => Promise<T | undefined>): Promise<T>;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const log = options.log ?? ((message: string) => core.info(inertLogText(message)));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl, log: quietLog(log) });

  octokit.hook.wrap('request', async (request, endpoint) => {
    const method = String(endpoint.method).toUpperCase();
    const what = `${method} ${String(endpoint.url)}`;
    const callerSignal = endpoint.request?.signal;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      // The hooks inside this one were bound to this very options object, so the fresh timeout for
      // each attempt is set on it rather than passed along in a copy (which they would ignore).
      endpoint.request = { ...endpoint.request, signal: callerSignal ?? AbortSignal.timeout(policy.timeoutMs) };
      try {
        return await request(endpoint);
      } catch (error) {
        const failure = describeFailure(error);
        const repeatable = IDEMPOTENT_METHODS.has(method) || failure.kind === 'rate-limit' || failure.kind === 'secondary-rate-limit';
        const decision = retryDecision(failure, { attempt, waitedMs, repeatable }, policy, { now: Date.now(), random: random() });
        if (!decision.retry) throw error;
        log(`GitHub: ${what} got ${failure.label}; ${decision.why}, trying again in ${seconds(decision.delayMs)}.`);
        await sleep(decision.delayMs);
        waitedMs += decision.delayMs;
      }
    }
  });

  return {
    octokit,
    tokenKind: tokenKind(options.token),
    async writeOnce(write, landed) {
      let waitedMs = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          return await write();
        } catch (error) {
          const failure = describeFailure(error);
          if (failure.kind !== 'server-error' && failure.kind !== 'no-answer') throw error;
          const decision = retryDecision(failure, { attempt, waitedMs, repeatable: true }, policy, { now: Date.now(), random: random() });
          if (!decision.retry) throw error;
          log(`GitHub: a write got ${failure.label}; checking in ${seconds(decision.delayMs)} whether it went through before writing again.`);
          await sleep(decision.delayMs);
          waitedMs += decision.delayMs;
          const found = await landed();
          if (found !== undefined) {
            log('The write had gone through; not repeating it.');
            return found;
          }
        }
      }
    },
  };
}

/** Methods whose repeat leaves GitHub as one request would (PUT and DELETE name their target). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export type FailureKind = 'rate-limit' | 'secondary-rate-limit' | 'server-error' | 'no-answer' | 'final';

export interface Failure {
  kind: FailureKind;
  /** For the log: the status, or what happened instead of one. */
  label: string;
  headers: Record<string, string | undefined>;
}

/** Sorts an error thrown by Octokit by what it says about the request. */
export function describeFailure(error: unknown): Failure {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } };
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(response?.headers ?? {})) headers[name.toLowerCase()] = value === undefined ? undefined : String(value);
  // Octokit reports a network error or timeout as status 500 without a response.
  if (typeof status !== 'number' || !response) return { kind: 'no-answer', label: `no answer (${(error as Error)?.message ?? 'unknown error'})`, headers };
  const message =
    typeof response.data === 'object' && response.data !== null ? String((response.data as { message?: unknown }).message ?? '') : String(response.data ?? '');
  const label = String(status);
  if (status === 403 || status === 429) {
    if (/secondary rate limit|abuse/i.test(message)) return { kind: 'secondary-rate-limit', label, headers };
    if (headers['x-ratelimit-remaining'] === '0') return { kind: 'rate-limit', label, headers };
    // GitHub sends retry-after with a 403 only for a limit; a plain 403 is a missing permission.
    if (headers['retry-after'] !== undefined || status === 429) return { kind: 'secondary-rate-limit', label, headers };
    return { kind: 'final', label, headers };
  }
  if (status >= 500) return { kind: 'server-error', label, headers };
  return { kind: 'final', label, headers };
}

export type RetryDecision = { retry: false } | { retry: true; delayMs: number; why: string };

/**
 * Whether and when to try again, following GitHub's guidance: retry-after first; for the primary
 * limit, the reset time; for a secondary limit without either, at least a minute, growing.
 */
export function retryDecision(
  failure: Failure,
  state: { attempt: number; waitedMs: number; repeatable: boolean },
  policy: RetryPolicy,
  clock: { now: number; random: number },
): RetryDecision {
  if (failure.kind === 'final' || !state.repeatable || state.attempt > policy.retries) return { retry: false };
  const growth = 2 ** (state.attempt - 1);
  const retryAfter = seconds2ms(failure.headers['retry-after']);
  const reset = Number(failure.headers['x-ratelimit-reset']);
  // The reset is in whole seconds; a second more makes sure the new window has begun.
  const untilReset = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - clock.now + 1000) : undefined;
  let wait: number;
  let why: string;
  switch (failure.kind) {
    case 'rate-limit':
      wait = retryAfter ?? untilReset ?? policy.secondaryLimitWaitMs;
      why = 'the rate limit is spent';
      break;
    case 'secondary-rate-limit':
      wait = retryAfter ?? (failure.headers['x-ratelimit-remaining'] === '0' ? untilReset : undefined) ?? policy.secondaryLimitWaitMs * growth;
      why = 'a secondary rate limit was hit';
      break;
    default:
      wait = retryAfter ?? policy.baseDelayMs * growth;
      why = failure.kind === 'server-error' ? 'GitHub had a server error' : 'the request got no answer';
  }
  // Jitter only lengthens a wait: GitHub's own times are the earliest allowed.
  const delayMs = Math.round(wait * (1 + policy.jitter * clock.random));
  if (state.waitedMs + delayMs > policy.maxTotalWaitMs) return { retry: false };
  return { retry: true, delayMs, why };
}

function seconds2ms(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value) * 1000;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** Octokit's own warnings go to our log; its debug chatter does not. */
function quietLog(log: (message: string) => void) {
  return { debug() {}, info() {}, warn: (message: string) => log(message), error: (message: string) => log(message) };
}
