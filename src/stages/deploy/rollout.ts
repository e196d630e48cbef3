/**
 * A rollout in three Newman runs of the deployment collection, each judged before the next starts:
 * up to the candidate (sign in, deploy, wait, confirm its X-Build-Id), then, after its contract
 * tests, promote it, or roll back. A candidate that breaks its contract is never promoted, or, where
 * the platform has no candidate without traffic, is rolled back. Either way, what serves at the end
 * is asked, not assumed.
 */
import type { PostmanCollection } from '../../postman/postman-types.ts';
import { candidateAuthHeader, folderNames, type FolderKey } from './deployment-collection.ts';
import { maskSecrets } from '../../text/secrets.ts';
import { runFolder } from './run-folder.ts';
import type { DeployTarget } from './targets/target.ts';

export type Verdict = 'promoted' | 'rolled back' | 'not promoted' | 'failed';

export interface PhaseRecord {
  folder: string;
  ok: boolean;
  /** Requests sent, polls and retries included. */
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
  /** Each folder that ran, in order. */
  phases: PhaseRecord[];
  /** Why the rollout stopped, when a folder failed. */
  failure?: string;
}

export interface RolloutOptions {
  target: DeployTarget;
  collection: PostmanCollection;
  /** The environment: settings, defaults and secrets. */
  values: Record<string, string>;
  secrets: readonly string[];
  /** The candidate's contract run, with the headers a private candidate needs: true when it passed. */
  contract: (candidateUrl: string, headers: Readonly<Record<string, string>>) => Promise<boolean>;
  log?: (line: string) => void;
}

export async function rollOut(options: RolloutOptions): Promise<Rollout> {
  const { target } = options;
  let values = options.values;
  // Tokens the folders mint (a signed-in access token, an ID token for a private service) are secrets too.
  const secrets = [...options.secrets];
  const phases: PhaseRecord[] = [];
  /** Runs the folders in one Newman run; returns the first failure and the folder it happened in. */
  const run = async (keys: readonly FolderKey[]): Promise<{ folder: FolderKey; failure: string } | undefined> => {
    const names = keys.map((key) => folderNames[key]);
    options.log?.(`${names.join(' → ')}…`);
    const ran = await runFolder(options.collection, names, values, { secrets });
    values = ran.values;
    for (const [name, value] of Object.entries(values)) if (/token$/i.test(name) && value.length >= 4 && !secrets.includes(value)) secrets.push(value);
    // Masked again: a token minted in this run may sit in one of its own failures.
    const first = phases.length;
    for (const name of names) {
      const steps = ran.steps.filter((step) => step.folder === name);
      if (steps.length === 0) continue;
      const failures = steps.flatMap((step) => (step.failure ? [maskSecrets(step.failure, secrets)] : []));
      phases.push({ folder: name, ok: failures.length === 0, requests: steps.length, failures });
      for (const failure of failures) options.log?.(`  ${name}: ${failure}`);
    }
    const failed = phases.slice(first).find((p) => !p.ok);
    if (!failed) return undefined;
    return { folder: keys[names.indexOf(failed.folder as (typeof names)[number])]!, failure: `${failed.folder}: ${failed.failures[0]}` };
  };
  const result = (verdict: Verdict, failure?: string): Promise<Rollout> =>
    withServing({ verdict, ...pick(values), phases, ...(failure !== undefined && { failure }) }, values, candidateAuthHeader(target));

  const failed = await run([...(target.folders.signIn ? (['signIn'] as const) : []), 'deploy', 'wait', 'confirm']);
  if (failed) {
    // On a platform without candidates the release already serves once it was made: go back to what served before.
    const serving = !target.gated && (failed.folder === 'wait' || failed.folder === 'confirm') && Boolean(values.previousRelease);
    const rolledBack = serving && (await run(['rollBack'])) === undefined;
    return result(rolledBack ? 'rolled back' : 'failed', failed.failure);
  }
  const candidateUrl = values.candidateUrl;
  if (!candidateUrl) return result('failed', `${folderNames.wait}: the collection left no candidateUrl`);
  const token = values.candidateToken;
  if (await options.contract(candidateUrl, token ? { [candidateAuthHeader(target)]: `Bearer ${token}` } : {})) {
    const promoteFailed = await run(['promote']);
    return result(promoteFailed ? 'failed' : 'promoted', promoteFailed?.failure);
  }
  if (!values.previousRelease) return result('failed', 'nothing served before this release, so there is nothing to return to: it still serves');
  // A gated candidate never took traffic: its roll back only tidies it away.
  const rollBackFailed = await run(['rollBack']);
  return result(rollBackFailed ? 'failed' : target.gated ? 'not promoted' : 'rolled back', rollBackFailed?.failure);
}

function pick(values: Record<string, string>) {
  const keys = ['candidateUrl', 'serviceUrl', 'previousRelease', 'candidateRelease'] as const;
  return Object.fromEntries(keys.flatMap((key) => (values[key] ? [[key, values[key]]] : []))) as Partial<Record<(typeof keys)[number], string>>;
}

/** Asks the service URL which build answers there now (with the candidate's token, for a private service); no URL leaves it unknown. */
async function withServing(rollout: Rollout, values: Record<string, string>, authHeader: string): Promise<Rollout> {
  const url = values.serviceUrl;
  if (!url) return rollout;
  try {
    const headers: Record<string, string> = values.candidateToken ? { [authHeader]: `Bearer ${values.candidateToken}` } : {};
    const response = await fetch(`${url.replace(/\/+$/, '')}${values.healthPath ?? '/healthz'}`, {
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    const build = response.headers.get('x-build-id');
    return build ? { ...rollout, servingBuild: build } : rollout;
  } catch {
    return rollout;
  }
}
