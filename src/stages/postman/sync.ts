/**
 * Publishes the generated collection and its environments to a Postman workspace. Each is found by
 * its name in the workspace and updated in place (PUT keeps its id and uid, so links, forks, monitors
 * and comments stay attached), or created when the workspace has none; nothing is ever deleted.
 *
 * The planning is pure (which element is created, which updated, what body each gets); the client
 * in postman-api.ts is the HTTP edge. Every body is measured before the first request, so a sync
 * that cannot finish does not start.
 */
import { promises as fs } from 'node:fs';
import { UserError } from '../../errors.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import {
  createPostmanClient,
  findByName,
  type ElementRef,
  type PostmanClientOptions,
  type RemoteEnvironment,
  type WorkspaceContents,
} from '../../postman/postman-api.ts';
import { checkedBody, collectionLink, POSTMAN_PAYLOAD_LIMITS } from '../../postman/postman-api-limits.ts';
import type { PostmanCollection, PostmanEnvironment } from '../../postman/postman-types.ts';

export interface SyncOptions {
  /** A secret: it is sent in the X-Api-Key header and appears nowhere else. */
  apiKey: string;
  /** The workspace's exact name, or its id. */
  workspace: string;
  collectionFile: string;
  environmentFiles: string[];
  /** The Postman API's base URL; the public API by default. */
  baseUrl?: string;
  /** Rate-limit policy, size limits, logging and sleeping, for the client. */
  client?: Omit<PostmanClientOptions, 'apiKey' | 'baseUrl'>;
}

export type SyncAction = 'created' | 'updated';

export interface SyncedElement {
  name: string;
  uid: string;
  action: SyncAction;
}

export interface SyncResult {
  workspace: { id: string; name: string };
  collection: SyncedElement & { url: string };
  environments: SyncedElement[];
}

/** Why there is no sync without a key: the stage is skipped, not failed. */
export const NO_POSTMAN_KEY = 'no Postman API key was given. Add one as a secret to publish the collection and its environments to a Postman workspace.';

/** The note for the report when there is no key. */
export function postmanSyncSkipNote(apiKey: string | undefined): string | undefined {
  return apiKey?.trim() ? undefined : `Postman sync skipped: ${NO_POSTMAN_KEY}`;
}

export async function syncToPostman(options: SyncOptions): Promise<SyncResult> {
  const collection = await readCollection(options.collectionFile);
  const environments = uniqueNames(await Promise.all(options.environmentFiles.map(readEnvironment)));
  const limits = { ...POSTMAN_PAYLOAD_LIMITS, ...options.client?.limits };
  checkedBody('collection', collection.info.name, { collection: collectionPayload(collection, undefined) }, limits);
  for (const environment of environments) checkedBody('environment', environment.name, { environment: environmentPayload(environment, undefined) }, limits);

  const client = createPostmanClient({ ...options.client, apiKey: options.apiKey, baseUrl: options.baseUrl });
  const workspace = await client.findWorkspace(options.workspace);
  const plan = planSync(
    workspace,
    collection.info.name,
    environments.map((e) => e.name),
  );

  const target = plan.collection;
  const synced = target.existing
    ? await client.updateCollection(target.existing.uid, collectionPayload(collection, target.existing.id))
    : await client.createCollection(workspace.id, collectionPayload(collection, undefined));

  const syncedEnvironments: SyncedElement[] = [];
  for (const [i, environment] of environments.entries()) {
    const existing = plan.environments[i]!.existing;
    const made = existing
      ? await client.updateEnvironment(existing.uid, environmentPayload(environment, await client.getEnvironment(existing.uid)))
      : await client.createEnvironment(workspace.id, environmentPayload(environment, undefined));
    syncedEnvironments.push(syncedElement(environment.name, made, existing));
  }

  return {
    workspace: { id: workspace.id, name: workspace.name },
    collection: { ...syncedElement(collection.info.name, synced, target.existing), url: collectionLink(synced.uid) },
    environments: syncedEnvironments,
  };
}

/** One environment, found by its name in the workspace and updated in place (values set in Postman for its secrets kept), or created. */
export async function syncEnvironment(
  options: Omit<SyncOptions, 'collectionFile' | 'environmentFiles'> & { environment: PostmanEnvironment },
): Promise<SyncedElement> {
  const client = createPostmanClient({ ...options.client, apiKey: options.apiKey, baseUrl: options.baseUrl });
  const workspace = await client.findWorkspace(options.workspace);
  const { environment } = options;
  const existing = findByName(workspace.environments, environment.name, 'environment', workspace.name);
  const made = existing
    ? await client.updateEnvironment(existing.uid, environmentPayload(environment, await client.getEnvironment(existing.uid)))
    : await client.createEnvironment(workspace.id, environmentPayload(environment, undefined));
  return syncedElement(environment.name, made, existing);
}

export interface SyncTarget {
  name: string;
  /** The element of that name in the workspace, updated in place; none means it is created. */
  existing: ElementRef | undefined;
}

export interface SyncPlan {
  collection: SyncTarget;
  environments: SyncTarget[];
}

/** Which elements are updated and which created; two of one name in the workspace stop it. */
export function planSync(workspace: WorkspaceContents, collectionName: string, environmentNames: readonly string[]): SyncPlan {
  return {
    collection: { name: collectionName, existing: findByName(workspace.collections, collectionName, 'collection', workspace.name) },
    environments: environmentNames.map((name) => ({ name, existing: findByName(workspace.environments, name, 'environment', workspace.name) })),
  };
}

/**
 * The collection as sent. On update `_postman_id` is the id Postman gave it (Postman reads another
 * id as a copy of a different collection); on create Postman picks the id. The ids of requests and
 * folders stay: without them a PUT replaces every item with a new one.
 */
export function collectionPayload(collection: PostmanCollection, remoteId: string | undefined): PostmanCollection {
  const { _postman_id: _, uid: _uid, ...info } = collection.info;
  return { ...collection, info: { ...info, ...(remoteId ? { _postman_id: remoteId } : {}) } as PostmanCollection['info'] };
}

/**
 * The environment as sent. The generated file holds no credential values (they are secrets) and an
 * empty base URL when the deployed URL is not known yet; an update must not wipe the values people
 * set in Postman for those, nor the variables they added there.
 */
export function environmentPayload(environment: PostmanEnvironment, remote: RemoteEnvironment | undefined): RemoteEnvironment {
  const remoteValues = new Map((remote?.values ?? []).map((v) => [v.key, v]));
  const values = environment.values.map((v) => {
    const there = remoteValues.get(v.key);
    const keep = there !== undefined && (v.type === 'secret' || v.value === '');
    return { key: v.key, value: keep ? there.value : v.value, type: v.type, enabled: v.enabled };
  });
  const added = (remote?.values ?? []).filter((v) => !environment.values.some((g) => g.key === v.key));
  return { name: environment.name, values: [...values, ...added] };
}

/** Markdown lines for the job summary; every name from the spec or from Postman is escaped. */
export function syncSummary(result: SyncResult): string[] {
  const { collection, environments, workspace } = result;
  return [
    `Postman: collection [${escapeMarkdown(collection.name)}](${collection.url}) ${collection.action} in workspace ${escapeMarkdown(workspace.name)}.`,
    ...environments.map((e) => `- environment ${escapeMarkdown(e.name)}: ${e.action}`),
  ];
}

function syncedElement(name: string, made: ElementRef, existing: ElementRef | undefined): SyncedElement {
  return { name, uid: made.uid, action: existing ? 'updated' : 'created' };
}

/**
 * Environments are matched by name, so two files of one name (two servers with one description)
 * would update the same environment in turn; later ones get a number.
 */
function uniqueNames(environments: PostmanEnvironment[]): PostmanEnvironment[] {
  const seen = new Set<string>();
  return environments.map((environment) => {
    let name = environment.name;
    for (let n = 2; seen.has(name); n++) name = `${environment.name} (${n})`;
    seen.add(name);
    return name === environment.name ? environment : { ...environment, name };
  });
}

async function readCollection(file: string): Promise<PostmanCollection> {
  const parsed = await readJson(file, 'collection');
  const c = parsed as Partial<PostmanCollection>;
  if (!c || typeof c.info !== 'object' || c.info === null || typeof c.info.name !== 'string' || c.info.name.trim() === '' || !Array.isArray(c.item)) {
    throw new UserError(`${file} is not a Postman collection (v2.1 JSON with info.name and item)`, { file }, 'Sync the file the collection stage wrote.');
  }
  return c as PostmanCollection;
}

async function readEnvironment(file: string): Promise<PostmanEnvironment> {
  const parsed = (await readJson(file, 'environment')) as Partial<PostmanEnvironment>;
  const valid =
    parsed &&
    typeof parsed.name === 'string' &&
    parsed.name.trim() !== '' &&
    Array.isArray(parsed.values) &&
    parsed.values.every((v) => typeof v?.key === 'string' && typeof v.value === 'string');
  if (!valid)
    throw new UserError(
      `${file} is not a Postman environment (JSON with name and values)`,
      { file },
      'Sync the environment files the collection stage wrote beside the collection.',
    );
  return parsed as PostmanEnvironment;
}

async function readJson(file: string, kind: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UserError(`the ${kind} file ${file} cannot be read`, { file });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`the ${kind} file ${file} is not JSON`, { file });
  }
}
