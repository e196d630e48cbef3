/**
 * A rollout, phase by phase: each folder of the deployment collection is one Newman run, judged
 * before the next starts. The candidate is confirmed (its X-Build-Id), its contract tested, and then
 * promoted; a candidate that breaks its contract is never promoted, or, where the platform has no
 * candidate without traffic, is rolled back. Either way, what serves at the end is asked, not assumed.
 */
import type { PostmanCollection } from '../../postman/postman-types.ts';
import { folderNames, type FolderKey } from './deployment-collection.ts';
import { masker, runFolder, type FolderRun } from './run-folder.ts';
import type { DeployTarget } from './targets/target.ts';

export type Verdict = 'promoted' | 'rolled back' | 'not promoted' | 'failed';

export interface PhaseRecord {
  folder: string;
  ok: boolean;
  durationMs: number;
  requests: number;
  failures: string[];
}

export interface Rollout {
  verdict: Verdict;
  /** Where the candidate answered, and the service's own URL. */
  candidateUrl?: string;
  serviceUrl?: string;
  /** The release that served before, which a roll back returns to. */
  previousRelease?: string;
  candidateRelease?: string;
  /** The build the service URL answered with at the end (its X-Build-Id), when it could be asked. */
  servingBuild?: string;
  phases: PhaseRecord[];
  /** Why the rollout stopped, when a phase failed. */
  failure?: string;
}

export interface RolloutOptions {
  target: DeployTarget;
  collection: PostmanCollection;
  /** The environment: settings, defaults and secrets. */
  values: Record<string, string>;
  secrets: readonly string[];
  /** The candidate's contract run: true when it passed. */
  contract: (candidateUrl: string) => Promise<boolean>;
  log?: (line: string) => void;
}

export async function rollOut(options: RolloutOptions): Promise<Rollout> {
  const { target } = options;
  let values = options.values;
  // Tokens the folders mint (a signed-in access token, an ID token for a private service) are secrets too.
  const secrets = [...options.secrets];
  const phases: PhaseRecord[] = [];
  const phase = async (key: FolderKey): Promise<FolderRun> => {
    options.log?.(`${folderNames[key]}…`);
    const run = await runFolder(options.collection, folderNames[key], values, { secrets });
    values = run.values;
    for (const [name, value] of Object.entries(values)) if (/token$/i.test(name) && value.length >= 4 && !secrets.includes(value)) secrets.push(value);
    // Masked again: a token minted in this folder may sit in one of its own failures.
    run.failures = run.failures.map(masker(secrets));
    phases.push({ folder: folderNames[key], ok: run.failures.length === 0, durationMs: run.durationMs, requests: run.steps.length, failures: run.failures });
    for (const failure of run.failures) options.log?.(`  ${failure}`);
    return run;
  };
  const result = (verdict: Verdict, failure?: string): Rollout => ({
    verdict,
    ...pick(values),
    phases,
    ...(failure !== undefined && { failure }),
  });

  const before: FolderKey[] = [...(target.folders.signIn ? (['signIn'] as const) : []), 'deploy', 'wait', 'confirm'];
  for (const key of before) {
    const run = await phase(key);
    if (run.failures.length === 0) continue;
    // The release already serves on a platform without candidates: go back to what served before.
    const serving = !target.gated && key !== 'signIn' && key !== 'deploy' && values.previousRelease;
    if (serving) await phase('rollBack');
    return withServing(result(serving ? 'rolled back' : 'failed', `${folderNames[key]}: ${run.failures[0]}`), values);
  }
  const candidateUrl = values.candidateUrl;
  if (!candidateUrl) return result('failed', `${folderNames.wait}: the collection left no candidateUrl`);
  const passed = await options.contract(candidateUrl);
  if (passed) {
    const promoted = await phase('promote');
    return withServing(result(promoted.failures.length === 0 ? 'promoted' : 'failed', promoted.failures[0]), values);
  }
  if (!values.previousRelease)
    return withServing(result('failed', 'nothing served before this release, so there is nothing to return to: it still serves'), values);
  // A gated candidate never took traffic: its roll back only tidies it away.
  const rolledBack = await phase('rollBack');
  const verdict: Verdict = rolledBack.failures.length > 0 ? 'failed' : target.gated ? 'not promoted' : 'rolled back';
  return withServing(result(verdict, rolledBack.failures[0]), values);
}

function pick(values: Record<string, string>) {
  const keys = ['candidateUrl', 'serviceUrl', 'previousRelease', 'candidateRelease'] as const;
  return Object.fromEntries(keys.flatMap((key) => (values[key] ? [[key, values[key]]] : []))) as Partial<Record<(typeof keys)[number], string>>;
}

/** Asks the service URL which build answers there now; a private service or no URL leaves it unknown. */
async function withServing(rollout: Rollout, values: Record<string, string>): Promise<Rollout> {
  const url = values.serviceUrl;
  if (!url) return rollout;
  try {
    const response = await fetch(`${url.replace(/\/+$/, '')}${values.healthPath ?? '/healthz'}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    const build = response.headers.get('x-build-id');
    return build ? { ...rollout, servingBuild: build } : rollout;
  } catch {
    return rollout;
  }
}
