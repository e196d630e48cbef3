/**
 * What every target's rollout test does between steps: run deployment-collection folders in order,
 * each from the environment the one before left, each required to pass, and the fake's record of
 * requests its description does not allow required to stay empty after each.
 */
import assert from 'node:assert/strict';
import { folderNames, type FolderKey } from '../../../src/stages/deploy/deployment-collection.ts';
import type { PostmanCollection } from '../../../src/postman/postman-types.ts';
import { runFolder, type FolderRun } from '../../../src/stages/deploy/run-folder.ts';

export async function runInOrder(
  collection: PostmanCollection,
  values: Record<string, string>,
  keys: readonly FolderKey[],
  options: { secrets: readonly string[]; violations?: () => readonly string[] },
): Promise<{ values: Record<string, string>; runs: FolderRun[] }> {
  let current = values;
  const runs: FolderRun[] = [];
  for (const key of keys) {
    const folder = await runFolder(collection, folderNames[key], current, { secrets: options.secrets });
    assert.deepEqual(folder.failures, [], `${folderNames[key]} failed`);
    if (options.violations) assert.deepEqual(options.violations(), [], `${folderNames[key]} sent a request the description does not allow`);
    runs.push(folder);
    current = folder.values;
  }
  return { values: current, runs };
}

/** The build a URL answers as (its X-Build-Id on the health path), which must answer 200. */
export async function buildAt(url: string): Promise<string | null> {
  const response = await fetch(`${url}/healthz`);
  await response.body?.cancel();
  assert.equal(response.status, 200, `${url}/healthz answered ${response.status}`);
  return response.headers.get('x-build-id');
}
