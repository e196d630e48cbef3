/**
 * After a deploy is promoted, the Postman environment of its deployment environment (`Bookshelf ·
 * production`) points at the URL that now serves: the team picks it in Postman and calls the live
 * API. Found by name and updated in place, so its uid (and the monitors and links that use it) stay;
 * its credential variables are secret and left to what the team set in Postman.
 */
import { promises as fs } from 'node:fs';
import type { Config } from '../../config.ts';
import type { PostmanCollection, PostmanEnvironment } from '../../postman/postman-types.ts';
import { PostmanApiError } from '../../postman/postman-api.ts';
import { serverEnvironment } from '../collection/environments.ts';
import { BASE_URL_VARIABLE } from '../collection/request-data.ts';
import { credentialVariablesIn } from '../contract/credentials.ts';
import { syncEnvironment } from './sync.ts';

/** A line for the deploy's report: what was published, or why not; undefined without a Postman key and workspace. */
export async function publishLiveUrl(config: Config, contractCollection: string, url: string): Promise<string | undefined> {
  const { apiKey, workspace, apiUrl, required } = config.postman;
  if (!apiKey?.trim() || !workspace) return undefined;
  const collection = JSON.parse(await fs.readFile(contractCollection, 'utf8')) as PostmanCollection;
  const environment = liveEnvironment(collection, config.deploy.environment, url);
  try {
    const synced = await syncEnvironment({ apiKey, workspace, baseUrl: apiUrl, environment });
    return `Postman environment "${synced.name}" ${synced.action}: ${BASE_URL_VARIABLE} is ${url}`;
  } catch (error) {
    if (!(error instanceof PostmanApiError) || required) throw error;
    return `the Postman environment "${environment.name}" was not updated to ${url} (${error.message})`;
  }
}

export function liveEnvironment(collection: PostmanCollection, environmentName: string, url: string): PostmanEnvironment {
  return serverEnvironment(collection.info.name, `live\u0000${environmentName}`, environmentName, url.replace(/\/+$/, ''), credentialVariablesIn(collection));
}
