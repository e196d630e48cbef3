/**
 * Regeneration keeps what people added to the previous collection (the file in the repo, or the one
 * fetched from Postman). A request is the same request when its id is the same (ids come from the
 * operationId, so a renamed path keeps its request) or, for a collection whose ids Postman changed,
 * when its contract block names the same operation. Of a matched request, people's work is kept:
 * test-script lines outside the generated block, other scripts, saved examples, name, description,
 * request variables, and headers and query parameters they added. What the contract decides (URL,
 * method, generated parameters and body, auth, the contract block) comes from the spec.
 * Requests people created stay where they were. Requests of removed operations go, or stay marked.
 */
import { BLOCK_END, BLOCK_START, contractInScript, userLines } from './contract-tests.ts';
import {
  isFolder,
  requestsOf,
  type PostmanCollection,
  type PostmanEvent,
  type PostmanFolder,
  type PostmanItem,
  type PostmanRequest,
  type PostmanRequestItem,
} from '../../postman/postman-types.ts';

export interface MergeOptions {
  /** What becomes of requests whose operation left the spec: dropped (default), or kept in a marked folder. */
  removedOperations?: 'drop' | 'keep';
}

export interface MergeResult {
  collection: PostmanCollection;
  /** Operation ids whose request kept people's edits. */
  preserved: string[];
  /** Operation ids that left the spec (dropped or kept per the option). */
  removed: string[];
  /** Names of requests people created, kept as they were. */
  userRequests: string[];
}

export const REMOVED_FOLDER = 'Removed from the spec';
export const REMOVED_PREFIX = '[removed] ';

export function mergeCollection(generated: PostmanCollection, previous: PostmanCollection | undefined, options: MergeOptions = {}): MergeResult {
  if (!previous || !Array.isArray(previous.item)) return { collection: generated, preserved: [], removed: [], userRequests: [] };

  const byId = new Map<string, PostmanRequestItem>();
  const byOperation = new Map<string, PostmanRequestItem>();
  const previousRequests = [...requestsOf(previous.item)];
  for (const { item } of previousRequests) {
    if (typeof item.id === 'string') byId.set(item.id, item);
    const contract = contractOf(item);
    if (contract && !isNegative(item)) byOperation.set(contract, item);
  }

  const used = new Set<PostmanRequestItem>();
  const preserved: string[] = [];
  const mergeItems = (items: PostmanItem[], previousFolders: PostmanItem[]): PostmanItem[] =>
    items.map((item) => {
      if (isFolder(item)) {
        const before = previousFolders.find((f): f is PostmanFolder => isFolder(f) && (f.id === item.id || f.name === item.name));
        return mergeFolder(item, before, mergeItems(item.item, before?.item ?? []));
      }
      const request = item as PostmanRequestItem;
      const operation = contractOf(request);
      const before = byId.get(request.id) ?? (operation ? byOperation.get(operation) : undefined);
      if (!before || used.has(before)) return request;
      used.add(before);
      if (operation) preserved.push(operation);
      return mergeRequest(request, before);
    });

  const merged: PostmanCollection = {
    ...previous,
    ...generated,
    info: {
      ...previous.info,
      ...generated.info,
      _postman_id: previous.info?._postman_id ?? generated.info._postman_id,
      ...(previous.info?.description ? { description: previous.info.description } : {}),
    },
    item: mergeItems(generated.item, previous.item),
    variable: mergeVariables(generated.variable ?? [], previous.variable ?? []),
    ...(previous.event ? { event: previous.event } : {}),
  };

  // What is left of the previous collection: requests people created, and requests of removed operations.
  const removed: string[] = [];
  const removedItems: PostmanRequestItem[] = [];
  const userRequests: string[] = [];
  for (const { item, folders } of previousRequests) {
    if (used.has(item)) continue;
    const operation = contractOf(item);
    if (operation === undefined) {
      userRequests.push(item.name);
      placeAt(merged, folders, item);
    } else if (isNegative(item)) {
      // Generated variants no longer generated (the option is off, or the field is gone): nobody's work.
      continue;
    } else {
      removed.push(operation);
      if (options.removedOperations === 'keep') removedItems.push(markRemoved(item));
    }
  }
  if (removedItems.length > 0)
    merged.item.push({
      name: REMOVED_FOLDER,
      description: 'Requests whose operation is no longer in the OpenAPI file; their contract tests are switched off.',
      item: removedItems,
    });
  return { collection: merged, preserved, removed, userRequests };
}

function contractOf(item: PostmanRequestItem): string | undefined {
  const exec = testEvent(item.event)?.script.exec;
  return exec ? contractInScript(exec)?.operation : undefined;
}

function isNegative(item: PostmanRequestItem): boolean {
  const exec = testEvent(item.event)?.script.exec;
  return exec !== undefined && contractInScript(exec)?.invalid !== undefined;
}

function testEvent(events: PostmanEvent[] | undefined): PostmanEvent | undefined {
  return events?.find((e) => e.listen === 'test' && Array.isArray(e.script?.exec));
}

function mergeRequest(generated: PostmanRequestItem, before: PostmanRequestItem): PostmanRequestItem {
  const header = [...generated.request.header];
  for (const h of before.request?.header ?? []) if (!header.some((g) => g.key.toLowerCase() === h.key.toLowerCase())) header.push(h);
  const query = [...(generated.request.url.query ?? [])];
  for (const q of before.request?.url?.query ?? []) if (!query.some((g) => g.key === q.key)) query.push(q);
  const description = before.request?.description ?? (before.description as PostmanRequest['description']);
  return {
    ...before,
    ...generated,
    name: before.name || generated.name,
    request: {
      ...generated.request,
      header,
      url: { ...generated.request.url, ...(query.length > 0 ? { query } : {}) },
      ...(description ? { description } : {}),
    },
    event: mergeEvents(generated.event ?? [], before.event ?? []),
    response: Array.isArray(before.response) && before.response.length > 0 ? before.response : (generated.response ?? []),
    ...(before.variable ? { variable: before.variable } : {}),
  };
}

/** The generated contract block replaces the old one where it stood; every other line and script stays. */
function mergeEvents(generated: PostmanEvent[], before: PostmanEvent[]): PostmanEvent[] {
  const fresh = testEvent(generated);
  const old = testEvent(before);
  const events = before.filter((e) => e !== old);
  if (!fresh) return old ? [...events, old] : events;
  if (!old) return [...events, fresh];
  const exec = old.script.exec;
  const start = exec.indexOf(BLOCK_START);
  const end = exec.indexOf(BLOCK_END, start);
  const lines = start >= 0 && end > start ? [...exec.slice(0, start), ...fresh.script.exec, ...exec.slice(end + 1)] : [...fresh.script.exec, ...exec];
  return [...events, { ...old, script: { ...old.script, exec: lines } }];
}

function mergeFolder(generated: PostmanFolder, before: PostmanFolder | undefined, item: PostmanItem[]): PostmanFolder {
  if (!before) return { ...generated, item };
  return {
    ...before,
    ...generated,
    name: before.name || generated.name,
    ...(before.description ? { description: before.description } : {}),
    ...(before.event ? { event: before.event } : {}),
    item,
  };
}

/** Collection variables: generated ones first, keeping a value people changed; variables people added after. */
function mergeVariables(
  generated: NonNullable<PostmanCollection['variable']>,
  before: NonNullable<PostmanCollection['variable']>,
): NonNullable<PostmanCollection['variable']> {
  const merged = generated.map((g) => {
    const old = before.find((b) => b.key === g.key);
    return old ? { ...g, value: old.value } : g;
  });
  return [...merged, ...before.filter((b) => !generated.some((g) => g.key === b.key))];
}

function placeAt(collection: PostmanCollection, folders: string[], item: PostmanRequestItem): void {
  let items = collection.item;
  for (const name of folders) {
    let folder = items.find((f): f is PostmanFolder => isFolder(f) && f.name === name);
    if (!folder) {
      folder = { name, item: [] };
      items.push(folder);
    }
    items = folder.item;
  }
  items.push(item);
}

function markRemoved(item: PostmanRequestItem): PostmanRequestItem {
  const old = testEvent(item.event);
  const events = (item.event ?? []).filter((e) => e !== old);
  const rest = old ? userLines(old.script.exec) : [];
  return {
    ...item,
    name: item.name.startsWith(REMOVED_PREFIX) ? item.name : `${REMOVED_PREFIX}${item.name}`,
    event: old && rest.length > 0 ? [...events, { ...old, script: { ...old.script, exec: rest } }] : events,
  };
}
