/**
 * Folders of a deployment collection, run in order by one Newman run in this process with the
 * environment the earlier runs left: what they set (the candidate's URL, the release to return to)
 * comes back as the next run's values. A rollout is a few such runs (up to the candidate, then
 * promote or roll back), each judged before the next starts; one run for several folders, because
 * each run costs a sandbox of its own. A failed step stops the run there (its script says so).
 */
import newman from 'newman';
import { isFolder, requestsOf, type PostmanCollection } from '../../postman/postman-types.ts';

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

export function runFolder(
  collection: PostmanCollection,
  folder: string | readonly string[],
  values: Readonly<Record<string, string>>,
  options: FolderOptions,
): Promise<FolderRun> {
  const started = Date.now();
  const mask = masker(options.secrets);
  const folderOf = new Map(collection.item.flatMap((top) => (isFolder(top) ? [...requestsOf(top.item)].map(({ item }) => [item.id, top.name] as const) : [])));
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: collection as unknown as newman.NewmanRunOptions['collection'],
        folder: typeof folder === 'string' ? folder : [...folder],
        environment: {
          name: 'deploy',
          values: Object.entries(values).map(([key, value]) => ({ key, value, type: 'default', enabled: true })),
        } as newman.NewmanRunOptions['environment'],
        reporters: [],
        timeoutRequest: options.requestTimeoutMs ?? 60_000,
        // A platform API answers what it means; a redirect is not followed into another host.
        ignoreRedirects: true,
      },
      (error, summary) => {
        if (error) return reject(error);
        const steps: FolderStep[] = (summary.run.executions as unknown as Execution[]).map((execution) => {
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
            ...(failure !== undefined && { failure: mask(failure) }),
          };
        });
        const environment = (summary.environment as unknown as { toObject(): Record<string, unknown> }).toObject();
        resolve({
          values: Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value ?? '')])),
          steps,
          failures: steps.flatMap((step) => (step.failure ? [step.failure] : [])),
          durationMs: Date.now() - started,
        });
      },
    );
  });
}

interface Execution {
  item: { id?: string; name: string };
  request?: { method?: string };
  response?: { code?: number };
  requestError?: { code?: string; message: string };
  assertions?: { assertion: string; error?: { message: string } }[];
}

/** Replaces every secret (and its JSON-escaped form, as a body would carry it) with ***. */
export function masker(secrets: readonly string[]): (text: string) => string {
  const forms = secrets
    .filter((secret) => secret.length >= 4)
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])
    .sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((masked, form) => masked.split(form).join('***'), text);
}
