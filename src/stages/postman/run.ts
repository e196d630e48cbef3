/** Publishing the written collection and its environments to a Postman workspace, when a key is given. */
import path from 'node:path';
import type { Config } from '../../config.ts';
import { UserError } from '../../errors.ts';
import { PostmanApiError } from '../../postman/postman-api.ts';
import type { CollectionResult } from '../collection/run.ts';
import { asOutcome, skipped, type StageOutcome } from '../outcome.ts';
import { NO_POSTMAN_KEY, syncToPostman, type SyncResult } from './sync.ts';

/** The contract collection's sync, and the deployment collection's when the run has a deploy target. */
export type PostmanOutcome = SyncResult & { deployment?: SyncResult };

export async function runPostman(collection: StageOutcome<CollectionResult>, config: Config): Promise<StageOutcome<PostmanOutcome>> {
  const { apiKey, workspace, apiUrl } = config.postman;
  if (!apiKey?.trim()) return skipped(NO_POSTMAN_KEY);
  if (collection.status !== 'ok') return skipped('the collection could not be written');
  if (!workspace)
    return {
      status: 'error',
      error: new UserError('Postman sync needs the workspace to publish in', undefined, 'Give the postman-workspace input: the workspace name or id.'),
    };
  const collectionFile = path.resolve(config.workspace, collection.data.file);
  // Beside the collection lie its environments, and other files it reads (an upload's sample body).
  const environmentFiles = collection.data.files.filter((f) => f.endsWith('.postman_environment.json')).map((f) => path.resolve(config.workspace, f));
  const outcome = await asOutcome(async (): Promise<PostmanOutcome> => {
    const published = await syncToPostman({ apiKey, workspace, collectionFile, environmentFiles, baseUrl: apiUrl });
    const deployment = await deploymentFiles(collectionFile, config);
    if (!deployment) return published;
    const [deployCollection, ...deployEnvironments] = deployment;
    return {
      ...published,
      deployment: await syncToPostman({ apiKey, workspace, collectionFile: deployCollection!, environmentFiles: deployEnvironments, baseUrl: apiUrl }),
    };
  });
  // Publishing is a side effect: unless the user makes it required, Postman being down, refusing or
  // over quota leaves the collection written and tested, and says what was not published.
  if (outcome.status === 'error' && outcome.error instanceof PostmanApiError && !config.postman.required)
    return skipped(
      `not published (${outcome.error.message}): ${collection.data.file} and its environments are written and tested all the same. Set postman-required to fail the run instead.`,
    );
  return outcome;
}

/**
 * With a deploy target and its service, the deployment collection (the contract as the deploy scopes
 * it as its Contract folder) and its environment go to the workspace beside the contract collection,
 * so the team can run the same rollout from Postman. Written first, as the deploy stage writes them.
 */
async function deploymentFiles(contractFile: string, config: Config): Promise<string[] | undefined> {
  const { target, settings, environment, collectionOut, settingsName } = config.deploy;
  if (!target || !settings.service) return undefined;
  const [{ deployTargets }, { checkSettings }, { scopedContract, writeDeploymentFiles }] = await Promise.all([
    import('../deploy/targets/index.ts'),
    import('../deploy/plan.ts'),
    import('../deploy/run.ts'),
  ]);
  const chosen = deployTargets[target];
  const written = await writeDeploymentFiles(
    chosen,
    path.resolve(config.workspace, collectionOut),
    environment,
    checkSettings(chosen, settings, settingsName),
    {
      contract: await scopedContract(contractFile, config),
    },
  );
  return written.files;
}
