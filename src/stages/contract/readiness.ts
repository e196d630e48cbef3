/**
 * Waits until a freshly deployed URL answers, because Newman has no retry of its own and a server
 * still starting would fail every contract test with ECONNREFUSED. Any HTTP answer below 500 counts
 * as ready (a 404 or 401 means the server is up); connection errors, 5xx from a platform's front
 * door (a proxy with nothing behind it yet) and slow answers mean not yet. A 5xx that carries an
 * X-Build-Id header comes from the server itself: that is a failure, reported at once with what it
 * said, not after the deadline as "not ready". The pause doubles each time, with jitter (half to all of the step) so that many runners do not poll in step, under an overall deadline.
 *
 * With a build to expect, an answer counts only when its X-Build-Id header names that build: a
 * rollout keeps the previous release answering for a while, and its answers would test the wrong
 * code.
 */
import { UserError } from '../../errors.ts';

export interface ReadinessOptions {
  /** Path to poll: a health endpoint, or a documented GET that needs no parameters. */
  path: string;
  /** Give up after this long (ms). */
  deadlineMs: number;
  /** First pause between attempts (ms); doubles each time up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Longest a single attempt may take (ms). */
  attemptTimeoutMs?: number;
  /** The build that must be answering (its X-Build-Id header); any build when undefined. */
  expectBuild?: string;
  /** Headers sent with each poll (a credential, when the path needs one). */
  headers?: Record<string, string>;
  /** For tests: the source of jitter and of the clock. */
  random?: () => number;
  now?: () => number;
}

export interface Readiness {
  url: string;
  attempts: number;
  elapsedMs: number;
  status: number;
  /** The X-Build-Id the server answered with, when it sent one. */
  build?: string;
}

export const BUILD_ID_HEADER = 'x-build-id';

export async function waitUntilReady(baseUrl: string, options: ReadinessOptions): Promise<Readiness> {
  const url = joinUrl(baseUrl, options.path);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const started = now();
  const deadline = started + options.deadlineMs;
  let delay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 5000;
  let attempts = 0;
  let last = 'no attempt made';
  for (;;) {
    attempts++;
    const left = deadline - now();
    try {
      const response = await fetch(url, {
        headers: options.headers ?? {},
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.max(1, Math.min(options.attemptTimeoutMs ?? 5000, left))),
      });
      const build = response.headers.get(BUILD_ID_HEADER) ?? undefined;
      if (response.status >= 500 && build !== undefined) {
        const excerpt = (await response.text()).slice(0, 500);
        throw new UserError(
          `the server at ${url} (build ${JSON.stringify(build)}) answered ${response.status}: ${excerpt || '(no body)'}`,
          undefined,
          'The server itself failed, so the contract tests were not run: see its log for the cause.',
        );
      }
      await response.body?.cancel();
      const serving = options.expectBuild === undefined || build === options.expectBuild;
      if (response.status < 500 && serving)
        return { url, attempts, elapsedMs: now() - started, status: response.status, ...(build !== undefined && { build }) };
      last =
        response.status >= 500
          ? `HTTP ${response.status}`
          : build === undefined
            ? 'an answer without an X-Build-Id header'
            : `build ${JSON.stringify(build)} answering`;
    } catch (error) {
      if (error instanceof UserError) throw error;
      last = describe(error);
    }
    const pause = Math.min(maxDelay, delay) * (0.5 + random() / 2);
    if (now() + pause >= deadline) {
      const waitedFor = options.expectBuild === undefined ? 'ready' : `serving build ${JSON.stringify(options.expectBuild)}`;
      throw new UserError(
        `the server at ${url} was not ${waitedFor} after ${Math.round((now() - started) / 1000)} s and ${attempts} attempts (last: ${last})`,
        undefined,
        options.expectBuild === undefined
          ? 'Check that the deployment finished and the URL is right, or raise the readiness timeout.'
          : 'The contract tests wait for the new build so they never test the previous release. Check that the deployment rolled out the image just built (the generated server sends its BUILD_ID build argument as X-Build-Id), or raise the readiness timeout.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    delay *= 2;
  }
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'TimeoutError') return 'no answer in time';
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
