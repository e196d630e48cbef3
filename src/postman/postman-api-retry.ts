/**
 * How long to wait when the Postman API answers 429. A refused request was never carried out, so it
 * is repeated whatever its method, after the wait Postman asks for. Postman documents the hint as
 * `X-RateLimit-RetryAfter` / `RetryAfter` (seconds), next to `X-RateLimit-Reset` / `RateLimit-Reset`;
 * the standard `Retry-After` (seconds or an HTTP date) is honoured first when present.
 * Pure: the clock and the headers come in, a decision goes out.
 */

export interface RateLimitPolicy {
  /** Repeats of one request after its first attempt. */
  retries: number;
  /** The wait when a 429 names no time. */
  defaultWaitMs: number;
  /** Most time the whole sync may spend waiting; a longer wait fails now rather than stall the job. */
  maxTotalWaitMs: number;
}

export const defaultRateLimitPolicy: RateLimitPolicy = {
  retries: 4,
  defaultWaitMs: 60_000,
  maxTotalWaitMs: 3 * 60_000,
};

export type RateLimitDecision = { retry: true; delayMs: number } | { retry: false; delayMs: number; why: string };

/** Header names lower-cased. */
export function rateLimitDecision(
  headers: Record<string, string | undefined>,
  state: { attempt: number; waitedMs: number },
  policy: RateLimitPolicy,
  now: number,
): RateLimitDecision {
  const delayMs = hintedWait(headers, now) ?? policy.defaultWaitMs;
  if (state.attempt > policy.retries) return { retry: false, delayMs, why: `still rate limited after ${policy.retries} retries` };
  if (state.waitedMs + delayMs > policy.maxTotalWaitMs) {
    return {
      retry: false,
      delayMs,
      why: `Postman asks for a wait of ${Math.ceil(delayMs / 1000)} s, more than is left of the ${Math.ceil(policy.maxTotalWaitMs / 1000)} s allowed`,
    };
  }
  return { retry: true, delayMs };
}

/** The wait the answer asks for, in milliseconds, or undefined when it names none. */
export function hintedWait(headers: Record<string, string | undefined>, now: number): number | undefined {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    const secs = wholeSeconds(retryAfter);
    if (secs !== undefined) return secs * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  for (const name of ['x-ratelimit-retryafter', 'retryafter']) {
    const secs = wholeSeconds(headers[name]);
    if (secs !== undefined) return secs * 1000;
  }
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const value = wholeSeconds(headers[name]);
    if (value === undefined) continue;
    // Documented both as seconds until the reset and as epoch seconds: a number that large is a time.
    if (value > 1_000_000_000) return Math.max(0, value * 1000 - now + 1000);
    return value * 1000;
  }
  return undefined;
}

function wholeSeconds(value: string | undefined): number | undefined {
  const text = value?.trim();
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}
