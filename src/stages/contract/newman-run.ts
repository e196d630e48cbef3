/**
 * Newman, in process: one run of a collection (or of some of its folders) against an environment;
 * its executions returned, with the environment as the run's scripts left it.
 */
import newman from 'newman';
import type { PostmanCollection } from '../../postman/postman-types.ts';
import type { ExecutionLike } from './results.ts';

export interface NewmanInput {
  collection: PostmanCollection;
  /** Environment variables for the run (baseUrl, credentials). */
  values: Record<string, string>;
  /** Per-request timeout (ms). */
  requestTimeoutMs: number;
  /** Accept self-signed certificates (a preview deployment). */
  insecure?: boolean;
  /** Where file parts' `src` paths are read from: the collection's folder. */
  workingDir?: string;
  /** Only these folders, in order (a deployment collection's phases). */
  folder?: string | readonly string[];
  /** Names the environment in Newman's own messages. */
  name?: string;
}

export interface NewmanRun {
  executions: ExecutionLike[];
  /** The environment after the run: the values given and those its scripts set. */
  values: Record<string, string>;
  durationMs: number;
}

export function runNewman(input: NewmanInput): Promise<NewmanRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: input.collection as unknown as newman.NewmanRunOptions['collection'],
        ...(input.folder !== undefined && { folder: typeof input.folder === 'string' ? input.folder : [...input.folder] }),
        environment: {
          name: input.name ?? 'contract run',
          values: Object.entries(input.values).map(([key, value]) => ({ key, value, type: 'default', enabled: true })),
        } as newman.NewmanRunOptions['environment'],
        reporters: [],
        timeoutRequest: input.requestTimeoutMs,
        insecure: input.insecure ?? false,
        // A redirect is an answer the contract must describe (or a platform API means), not one to follow silently.
        ignoreRedirects: true,
        ...(input.workingDir && { workingDir: input.workingDir }),
      },
      (error, summary) => {
        if (error) return reject(error);
        const environment = (summary.environment as unknown as { toObject(): Record<string, unknown> }).toObject();
        resolve({
          executions: summary.run.executions as unknown as ExecutionLike[],
          values: Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value ?? '')])),
          durationMs: Date.now() - started,
        });
      },
    );
  });
}
