/** Newman, in process: one run of a collection against an environment, its executions returned. */
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
}

export function runNewman(input: NewmanInput): Promise<{ executions: ExecutionLike[]; durationMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: input.collection as unknown as newman.NewmanRunOptions['collection'],
        environment: {
          name: 'contract run',
          values: Object.entries(input.values).map(([key, value]) => ({ key, value, type: 'default', enabled: true })),
        } as newman.NewmanRunOptions['environment'],
        reporters: [],
        timeoutRequest: input.requestTimeoutMs,
        insecure: input.insecure ?? false,
        // A redirect is an answer the contract must describe, not one to follow silently.
        ignoreRedirects: true,
        ...(input.workingDir && { workingDir: input.workingDir }),
      },
      (error, summary) => {
        if (error) reject(error);
        else resolve({ executions: summary.run.executions as unknown as ExecutionLike[], durationMs: Date.now() - started });
      },
    );
  });
}
