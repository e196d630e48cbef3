/**
 * The Container Apps ARM description (2025-07-01), read with the repository's own loader and
 * Swagger 2.0 converter: `ContainerApps.json` (the apps) and `ContainerAppsRevisions.json` (their
 * revisions), whose relative `$ref`s reach `CommonDefinitions.json` and the ARM common types, so the
 * loader's root is the `specification` folder that holds both. The `x-ms-examples` refs name files
 * that were not copied; the loader leaves refs under `x-` keys alone, so they cost nothing.
 *
 * What the fake needs from it: each operation's method and path template, its path and query
 * parameters, its body schema and media types, and its response schemas, with strict validators.
 */
import path from 'node:path';
import { openApi3 } from '../../../../src/openapi/convert/openapi3.ts';
import { loadSpec } from '../../../../src/openapi/load/load.ts';
import { HTTP_METHODS, isObject } from '../../../../src/openapi/nodes.ts';
import { sharedDir } from '../../paths.ts';
import { armAjv, StrictSchemas } from './json-schema.ts';

export const apiVersion = '2025-07-01';

const specification = path.join(sharedDir, 'cloud-apis', 'azure', 'specification');
const folder = path.join(specification, 'app', 'resource-manager', 'Microsoft.App', 'ContainerApps', 'stable', apiVersion);
const files = ['ContainerApps.json', 'ContainerAppsRevisions.json'];

type Node = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Node;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  /** The media types a body may have, from the operation's requestBody. */
  bodyTypes: string[];
  bodyRequired: boolean;
  bodySchema?: unknown;
  /** By status ("200", "default"): the JSON schema of the answer, when it has one. */
  responseSchemas: Record<string, unknown>;
  schemas: StrictSchemas;
  pattern: RegExp;
  names: string[];
}

export interface Matched {
  operation: Operation;
  params: Record<string, string>;
}

export interface Description {
  operations: Operation[];
  /** The documented operation for a method and a path; ARM matches literal segments case-insensitively. */
  match(method: string, pathname: string): Matched | undefined;
  /** Problems of a parameter value against its schema. */
  parameterErrors(operation: Operation, parameter: Parameter, value: string): string[];
}

let loaded: Promise<Description> | undefined;

/** Read once per process: every fake in a test file checks against the same description. */
export function containerAppsDescription(): Promise<Description> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Description> {
  const ajv = armAjv();
  const operations: Operation[] = [];
  for (const file of files) {
    const spec = await loadSpec(path.join(folder, file), { root: specification });
    if (spec.problems.length > 0) throw new Error(`${file}: ${spec.problems.map((p) => p.message).join('; ')}`);
    const doc = openApi3(spec).spec.document;
    const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
    const schemas = new StrictSchemas(ajv, `container-apps:${file}`, components);
    for (const [template, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const raw = item[method];
        if (isObject(raw)) operations.push(operationOf(template, method.toUpperCase(), raw, schemas));
      }
    }
  }
  return {
    operations,
    match(method, pathname) {
      for (const operation of operations) {
        if (operation.method !== method) continue;
        const found = operation.pattern.exec(pathname);
        if (found) return { operation, params: Object.fromEntries(operation.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')])) };
      }
      return undefined;
    },
    parameterErrors(operation, parameter, value) {
      return operation.schemas.errors(`${operation.operationId} ${parameter.in} ${parameter.name}`, parameter.schema, value);
    },
  };
}

function operationOf(template: string, method: string, raw: Node, schemas: StrictSchemas): Operation {
  const parameters = (Array.isArray(raw.parameters) ? raw.parameters : []).filter(isObject).map((p): Parameter => ({
    name: String(p.name),
    in: p.in as Parameter['in'],
    required: p.required === true,
    schema: isObject(p.schema) ? p.schema : {},
  }));
  const body = isObject(raw.requestBody) ? raw.requestBody : undefined;
  const content = body && isObject(body.content) ? body.content : {};
  const json = content['application/json'];
  const responseSchemas: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(isObject(raw.responses) ? raw.responses : {})) {
    const media = isObject(response) && isObject(response.content) ? response.content['application/json'] : undefined;
    if (isObject(media) && media.schema !== undefined) responseSchemas[status] = media.schema;
  }
  const names: string[] = [];
  // Path parameters are one segment each; literal segments are matched case-insensitively, as ARM does.
  const source = template.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    names.push(name);
    return '([^/]+)';
  });
  return {
    operationId: String(raw.operationId),
    method,
    template,
    parameters,
    bodyTypes: Object.keys(content),
    bodyRequired: body?.required === true,
    ...(isObject(json) && { bodySchema: json.schema }),
    responseSchemas,
    schemas,
    pattern: new RegExp(`^${source}$`, 'i'),
    names,
  };
}
