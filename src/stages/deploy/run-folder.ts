/**
 * Folders of a deployment collection, run in order by one Newman run in this process with the
 * environment the earlier runs left: what they set (the candidate's URL, the release to return to)
 * comes back as the next run's values. A rollout is a few such runs (up to the candidate, then
 * promote or roll back), each judged before the next starts; one run for several folders, because
 * each run costs a sandbox of its own. A failed step stops the run there (its script says so).
 */
import { isFolder, requestsOf, type PostmanCollection } from '../../postman/postman-types.ts';
import { maskSecrets } from '../../text/secrets.ts';
import { runNewman } from '../contract/newman-run.ts';

export interface FolderStep {
  /** The folder the request is in. */
  folder: string;
  request: string;
  method: string;
  status?: number;
  /** A failed check or a request that got no answer, secrets masked. */
  failure?: string;
}

export interface FolderRun {
  /** The environment after the folder: the values given and those its scripts set. */
  values: Record<string, string>;
  steps: FolderStep[];
  /** Why the folder failed, one line per cause, secrets masked; empty when it passed. */
  failures: string[];
  durationMs: number;
}

export interface FolderOptions {
  /** Values never shown: masked in every failure and excerpt. */
  secrets: readonly string[];
  requestTimeoutMs?: number;
}

export async function runFolder(
  collection: PostmanCollection,
  folder: string | readonly string[],
  values: Readonly<Record<string, string>>,
  options: FolderOptions,
): Promise<FolderRun> {
  const folderOf = new Map(collection.item.flatMap((top) => (isFolder(top) ? [...requestsOf(top.item)].map(({ item }) => [item.id, top.name] as const) : [])));
  const run = await runNewman({ collection, folder, values: { ...values }, name: 'deploy', requestTimeoutMs: options.requestTimeoutMs ?? 60_000 });
  const steps: FolderStep[] = (run.executions as unknown as Execution[]).map((execution) => {
    const failed = (execution.assertions ?? []).find((a) => a.error);
    const failure = execution.requestError
      ? `${execution.item.name}: no answer (${execution.requestError.code ?? execution.requestError.message})`
      : failed?.error
        ? `${failed.assertion}: ${failed.error.message}`
        : undefined;
    return {
      folder: folderOf.get(execution.item.id ?? '') ?? '',
      request: execution.item.name,
      method: execution.request?.method ?? '',
      ...(execution.response?.code !== undefined && { status: execution.response.code }),
      ...(failure !== undefined && { failure: maskSecrets(failure, options.secrets) }),
    };
  });
  return { values: run.values, steps, failures: steps.flatMap((step) => (step.failure ? [step.failure] : [])), durationMs: run.durationMs };
}

interface Execution {
  item: { id?: string; name: string };
  request?: { method?: string };
  response?: { code?: number };
  requestError?: { code?: string; message: string };
  assertions?: { assertion: string; error?: { message: string } }[];
}
