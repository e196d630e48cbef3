/** Publishing the written collection and its environments to a Postman workspace, when a key is given. */
import path from 'node:path';
import type { Config } from '../../config.ts';
import { UserError } from '../../errors.ts';
import type { CollectionResult } from '../collection/run.ts';
import { asOutcome, skipped, type StageOutcome } from '../outcome.ts';
import { NO_POSTMAN_KEY, syncToPostman, type SyncResult } from './sync.ts';

export async function runPostman(collection: StageOutcome<CollectionResult>, config: Config): Promise<StageOutcome<SyncResult>> {
  const { apiKey, workspace, apiUrl } = config.postman;
  if (!apiKey?.trim()) return skipped(NO_POSTMAN_KEY);
  if (collection.status !== 'ok') return skipped('the collection could not be written');
  if (!workspace)
    return {
      status: 'error',
      error: new UserError('Postman sync needs the workspace to publish in', undefined, 'Give the postman-workspace input: the workspace name or id.'),
    };
  const [collectionFile, ...environmentFiles] = collection.data.files.map((f) => path.resolve(config.workspace, f));
  return asOutcome(() => syncToPostman({ apiKey, workspace, collectionFile: collectionFile!, environmentFiles, baseUrl: apiUrl }));
}
