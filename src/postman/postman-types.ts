/**
 * The parts of the Postman collection format v2.1 and of Postman environments that this tool writes
 * and reads back. Anything else a person adds in Postman travels through untouched (the index
 * signatures), because regeneration must keep it.
 */

export const COLLECTION_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export interface PostmanVariable {
  key: string;
  value: string;
  type?: string;
  description?: string;
  disabled?: boolean;
  [extra: string]: unknown;
}

export interface PostmanScript {
  type?: string;
  exec: string[];
  [extra: string]: unknown;
}

export interface PostmanEvent {
  listen: 'test' | 'prerequest' | string;
  script: PostmanScript;
  [extra: string]: unknown;
}

export interface PostmanKeyValue {
  key: string;
  value: string;
  description?: string;
  disabled?: boolean;
  type?: string;
  [extra: string]: unknown;
}

export interface PostmanUrl {
  raw: string;
  host: string[];
  path: string[];
  query?: PostmanKeyValue[];
  variable?: PostmanKeyValue[];
  [extra: string]: unknown;
}

export interface PostmanBody {
  mode: 'raw' | 'urlencoded' | 'formdata' | string;
  raw?: string;
  urlencoded?: PostmanKeyValue[];
  formdata?: PostmanKeyValue[];
  options?: { raw?: { language: string } };
  [extra: string]: unknown;
}

export interface PostmanAuth {
  type: string;
  [scheme: string]: unknown;
}

export interface PostmanRequest {
  method: string;
  url: PostmanUrl;
  header: PostmanKeyValue[];
  body?: PostmanBody;
  auth?: PostmanAuth | null;
  description?: string | { content: string; type?: string };
  [extra: string]: unknown;
}

export interface PostmanRequestItem {
  id: string;
  name: string;
  request: PostmanRequest;
  event?: PostmanEvent[];
  response?: unknown[];
  variable?: PostmanVariable[];
  description?: unknown;
  [extra: string]: unknown;
}

export interface PostmanFolder {
  id?: string;
  name: string;
  item: PostmanItem[];
  description?: unknown;
  event?: PostmanEvent[];
  [extra: string]: unknown;
}

export type PostmanItem = PostmanRequestItem | PostmanFolder;

export interface PostmanCollection {
  info: { _postman_id: string; name: string; schema: string; description?: unknown; [extra: string]: unknown };
  item: PostmanItem[];
  variable?: PostmanVariable[];
  event?: PostmanEvent[];
  auth?: PostmanAuth | null;
  [extra: string]: unknown;
}

export interface PostmanEnvironment {
  id: string;
  name: string;
  values: { key: string; value: string; type: 'default' | 'secret'; enabled: boolean }[];
  _postman_variable_scope: 'environment';
}

export function isFolder(item: PostmanItem): item is PostmanFolder {
  return Array.isArray((item as PostmanFolder).item);
}

/** Every request in the tree, depth first, with the folder names above it. */
export function* requestsOf(items: readonly PostmanItem[], folders: string[] = []): Generator<{ item: PostmanRequestItem; folders: string[] }> {
  for (const item of items) {
    if (isFolder(item)) yield* requestsOf(item.item, [...folders, item.name]);
    else yield { item, folders };
  }
}
