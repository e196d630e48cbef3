/**
 * What every stage returns. `failed`: the stage ran and its check failed (a breaking change, a broken
 * contract); `error`: it could not run for a user-side reason (a base commit that cannot be fetched,
 * a registry that refuses the login); `skipped`: it had nothing to do, and says why. A bug is none of
 * these: it propagates.
 */
import { UserError } from '../errors.ts';

export type StageOutcome<T> = { status: 'ok' | 'failed'; data: T } | { status: 'skipped'; reason: string } | { status: 'error'; error: UserError };

export function skipped(reason: string): { status: 'skipped'; reason: string } {
  return { status: 'skipped', reason };
}

/** Every generator and check after validation stops here for an invalid spec. */
export const invalidSpec = skipped('the spec is invalid; fix it first');

/** Runs a stage; a user-side failure becomes its outcome, anything else is a bug and propagates. */
export async function asOutcome<T>(stage: () => Promise<T>): Promise<StageOutcome<T>> {
  try {
    return { status: 'ok', data: await stage() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: 'error', error };
  }
}

export function isFailure(outcome: StageOutcome<unknown> | undefined): boolean {
  return outcome?.status === 'failed' || outcome?.status === 'error';
}

/** The stage's result when it ran (whether its check passed or not). */
export function ranWith<T>(outcome: StageOutcome<T> | undefined): T | undefined {
  return outcome?.status === 'ok' || outcome?.status === 'failed' ? outcome.data : undefined;
}

/** Why a stage has no result: its skip reason or its error, as one line. */
export function notRun(outcome: StageOutcome<unknown>): string {
  if (outcome.status === 'skipped') return `skipped: ${outcome.reason}`;
  if (outcome.status === 'error') return `could not run: ${outcome.error.describe()}`;
  return '';
}

/** An outcome in the CLI's JSON document: its status, and its result or why there is none. */
export function outcomeJson<T>(outcome: StageOutcome<T>, data: (value: T) => unknown): object {
  if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason };
  if (outcome.status === 'error') return { status: 'error', error: outcome.error.message, hint: outcome.error.hint ?? null };
  return { status: outcome.status, result: data(outcome.data) };
}
