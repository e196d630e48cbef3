// GitHub's own REST description (npm @octokit/openapi), parsed once per process: the file is
// 13 MB, and every server instance in a test run shares the same read-only copy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | Reference>;
  requestBody?: RequestBodyObject | Reference;
  responses: Record<string, ResponseObject | Reference>;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface ResponseObject {
  content?: Record<string, { schema?: JsonSchema }>;
}

interface Reference {
  $ref: string;
}

export interface Description {
  paths: Record<string, Record<string, OperationObject>>;
  components: Record<string, Record<string, unknown>>;
}

const DESCRIPTION_FILE = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

let loaded: Description | undefined;

export function githubDescription(): Description {
  loaded ??= JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as Description;
  return loaded;
}

/** Follows a local `#/components/...` reference (the description only uses local ones). */
export function deref<T>(value: T | Reference): T {
  if (!isReference(value)) return value;
  let node: unknown = githubDescription();
  for (const part of value.$ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (node === undefined) throw new Error(`unresolvable reference ${value.$ref}`);
  return deref(node as T | Reference);
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}
