/**
 * Builds the API model from a loaded spec: operations with `$ref`s followed, effective parameters,
 * bodies, responses and security; named schemas; security schemes. A Swagger 2.0 spec is modelled
 * from its OpenAPI 3.0 conversion.
 */
import { openApi3 } from '../convert/openapi3.ts';
import { HTTP_METHODS, isObject, isRef } from '../nodes.ts';
import type { Diagnostic, Spec, SpecFile } from '../types.ts';
import {
  locate,
  type ApiModel,
  type Example,
  type Header,
  type MediaType,
  type Operation,
  type Origin,
  type Parameter,
  type RequestBody,
  type Response,
  type Schema,
  type SecurityRequirement,
  type SecurityScheme,
} from './model.ts';
import { nameSchemas } from './schema-names.ts';

type Node = Record<string, unknown>;

export function buildApiModel(source: Spec): ApiModel {
  // A Swagger 2.0 spec is modelled from its OpenAPI 3.0 conversion, whose origins locate in the 2.0 file.
  const { spec, warnings: converting } = openApi3(source);
  const warnings: Diagnostic[] = [...converting];
  const warn = (rule: string, message: string, origin: Origin) => warnings.push({ severity: 'warning', rule, message, location: locate(origin) });
  const doc = spec.document;
  const rootOrigin = (...path: string[]): Origin => ({ file: spec.root, path });

  /** Follows a `$ref` chain, tracking where the value finally is. */
  const follow = (node: unknown, origin: Origin): { value: unknown; origin: Origin } => {
    let value = node;
    let at = origin;
    for (let hops = 0; hops < 32 && isRef(value); hops++) {
      const target = spec.target(value);
      if (!target) {
        warn('model-broken-ref', `cannot resolve $ref ${JSON.stringify(value.$ref)}`, at);
        return { value: undefined, origin: at };
      }
      value = target.value;
      at = { file: target.file, path: target.path };
    }
    return { value, origin: at };
  };

  const securitySchemes = readSecuritySchemes(doc, spec.root, follow, warn);
  const knownSchemes = new Set(securitySchemes.map((s) => s.name));
  const readSecurity = (value: unknown, origin: Origin): SecurityRequirement[] => {
    if (!Array.isArray(value)) return [];
    return value.filter(isObject).map((alternative) =>
      Object.entries(alternative).flatMap(([scheme, scopes]) => {
        if (!knownSchemes.has(scheme)) {
          warn('model-unknown-security-scheme', `security requirement names an undefined scheme ${JSON.stringify(scheme)}`, origin);
          return [];
        }
        return [{ scheme, scopes: Array.isArray(scopes) ? scopes.map(String) : [] }];
      }),
    );
  };
  const rootSecurity = readSecurity(doc.security, rootOrigin('security'));

  /** The operations of a map of path items: `paths`, or `webhooks` (keyed by name rather than path). */
  const readPathItems = (section: 'paths' | 'webhooks'): Operation[] => {
    const found: Operation[] = [];
    const items = isObject(doc[section]) ? doc[section] : {};
    for (const [path, rawItem] of Object.entries(items)) {
      const item = follow(rawItem, rootOrigin(section, path));
      if (!isObject(item.value)) continue;
      const pathItem = item.value;
      const shared = readParameters(pathItem.parameters, { ...item.origin, path: [...item.origin.path, 'parameters'] }, follow);
      for (const method of HTTP_METHODS) {
        if (pathItem[method] === undefined) continue;
        // Some descriptions (DigitalOcean's) `$ref` whole operations into their own files.
        const { value: raw, origin } = follow(pathItem[method], { file: item.origin.file, path: [...item.origin.path, method] });
        if (!isObject(raw)) continue;
        const at = (...rest: string[]): Origin => ({ file: origin.file, path: [...origin.path, ...rest] });
        const own = readParameters(raw.parameters, at('parameters'), follow);
        const merged = new Map<string, Parameter>();
        for (const p of [...shared, ...own]) merged.set(`${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`, p);
        found.push({
          id: typeof raw.operationId === 'string' && raw.operationId !== '' ? raw.operationId : derivedId(method, path),
          idWritten: typeof raw.operationId === 'string' && raw.operationId !== '',
          method,
          path,
          tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
          ...text('summary', raw.summary),
          ...text('description', raw.description),
          deprecated: raw.deprecated === true,
          parameters: [...merged.values()],
          ...(raw.requestBody === undefined ? {} : readRequestBody(raw.requestBody, at('requestBody'), follow)),
          responses: readResponses(raw.responses, at('responses'), follow),
          security: raw.security === undefined ? rootSecurity : readSecurity(raw.security, at('security')),
          origin,
        });
      }
    }
    return found;
  };
  const operations = readPathItems('paths');
  const webhooks = readPathItems('webhooks');
  // One id space: the served document lists webhooks beside the operations. Operations come first,
  // so a webhook never renames one.
  makeIdsUnique([...operations, ...webhooks], warn);

  const named = nameSchemas(spec, [...operations, ...webhooks], warn);
  return {
    family: source.family,
    title: isObject(doc.info) && typeof doc.info.title === 'string' ? doc.info.title : 'API',
    version: isObject(doc.info) && typeof doc.info.version === 'string' ? doc.info.version : '0.0.0',
    ...(isObject(doc.info) ? text('description', doc.info.description) : {}),
    operations,
    webhooks,
    schemas: named.schemas,
    securitySchemes,
    warnings,
    schemaName: named.nameOf,
    // Silent: the walk above has reported broken refs once, where they are written.
    resolveSchema: (schema) => {
      const found = spec.resolve<unknown>(schema);
      return typeof found === 'boolean' || isObject(found) ? found : true;
    },
  };
}

type Follow = (node: unknown, origin: Origin) => { value: unknown; origin: Origin };
type Warn = (rule: string, message: string, origin: Origin) => void;

function readParameters(value: unknown, origin: Origin, follow: Follow): Parameter[] {
  if (!Array.isArray(value)) return [];
  const found: Parameter[] = [];
  value.forEach((raw, index) => {
    const { value: p, origin: at } = follow(raw, { file: origin.file, path: [...origin.path, String(index)] });
    if (!isObject(p) || typeof p.name !== 'string') return;
    const where = p.in;
    if (where !== 'path' && where !== 'query' && where !== 'header' && where !== 'cookie') return;
    // OpenAPI: header parameters named Accept, Content-Type or Authorization "SHALL be ignored";
    // media types and security schemes describe those.
    if (where === 'header' && ['accept', 'content-type', 'authorization'].includes(p.name.toLowerCase())) return;
    const style = typeof p.style === 'string' ? p.style : where === 'query' || where === 'cookie' ? 'form' : 'simple';
    let schema = isSchema(p.schema) ? p.schema : undefined;
    let contentType: string | undefined;
    if (!schema && isObject(p.content)) {
      const [first] = Object.entries(p.content);
      if (first && isObject(first[1]) && isSchema(first[1].schema)) {
        contentType = first[0];
        schema = first[1].schema;
      }
    }
    const example = 'example' in p ? { value: p.example, origin: { file: at.file, path: [...at.path, 'example'] } } : undefined;
    found.push({
      name: p.name,
      in: where,
      required: where === 'path' || p.required === true,
      ...text('description', p.description),
      deprecated: p.deprecated === true,
      ...(schema === undefined ? {} : { schema }),
      ...(contentType === undefined ? {} : { contentType }),
      style,
      explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
      ...(example ? { example } : {}),
      extensions: Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith('x-'))),
      origin: at,
    });
  });
  return found;
}

function readContent(value: unknown, origin: Origin): MediaType[] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([contentType, media]) => {
    if (!isObject(media)) return [];
    const at: Origin = { file: origin.file, path: [...origin.path, contentType] };
    const example = readExample(media, at);
    return [
      {
        contentType,
        ...(isSchema(media.schema) ? { schema: media.schema } : {}),
        ...(example ? { example } : {}),
        ...(isObject(media.encoding) ? { encoding: media.encoding } : {}),
        origin: at,
      },
    ];
  });
}

function readExample(media: Node, origin: Origin): Example | undefined {
  if ('example' in media) return { value: media.example, origin: { file: origin.file, path: [...origin.path, 'example'] } };
  if (!isObject(media.examples)) return undefined;
  for (const [name, example] of Object.entries(media.examples)) {
    // Referenced examples are skipped on purpose: an inline value is enough to sample from.
    if (isObject(example) && 'value' in example) {
      return { value: example.value, origin: { file: origin.file, path: [...origin.path, 'examples', name, 'value'] } };
    }
  }
  return undefined;
}

function readRequestBody(value: unknown, origin: Origin, follow: Follow): { requestBody?: RequestBody } {
  const { value: body, origin: at } = follow(value, origin);
  if (!isObject(body)) return {};
  return {
    requestBody: {
      required: body.required === true,
      ...text('description', body.description),
      content: readContent(body.content, { file: at.file, path: [...at.path, 'content'] }),
      origin: at,
    },
  };
}

function readResponses(value: unknown, origin: Origin, follow: Follow): Response[] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([status, raw]) => {
    if (!/^([1-5]([0-9]{2}|XX)|default)$/i.test(status)) return [];
    const { value: response, origin: at } = follow(raw, { file: origin.file, path: [...origin.path, status] });
    if (!isObject(response)) return [];
    const headers = isObject(response.headers)
      ? Object.entries(response.headers).flatMap(([name, rawHeader]): Header[] => {
          const h = follow(rawHeader, { file: at.file, path: [...at.path, 'headers', name] });
          if (!isObject(h.value)) return [];
          return [
            {
              name,
              required: h.value.required === true,
              ...text('description', h.value.description),
              ...(isSchema(h.value.schema) ? { schema: h.value.schema } : {}),
              origin: h.origin,
            },
          ];
        })
      : [];
    return [
      {
        status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(),
        description: typeof response.description === 'string' ? response.description : '',
        headers,
        content: readContent(response.content, { file: at.file, path: [...at.path, 'content'] }),
        origin: at,
      },
    ];
  });
}

function readSecuritySchemes(doc: Node, root: SpecFile, follow: Follow, warn: Warn): SecurityScheme[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const types = new Set(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']);
  return Object.entries(schemes).flatMap(([name, raw]): SecurityScheme[] => {
    const { value: s, origin } = follow(raw, { file: root, path: ['components', 'securitySchemes', name] });
    if (!isObject(s) || typeof s.type !== 'string' || !types.has(s.type)) {
      warn('model-security-scheme', `security scheme ${JSON.stringify(name)} has no known type`, origin);
      return [];
    }
    const where = s.in === 'header' || s.in === 'query' || s.in === 'cookie' ? s.in : undefined;
    return [
      {
        name,
        type: s.type as SecurityScheme['type'],
        ...text('description', s.description),
        ...(where ? { in: where } : {}),
        ...(typeof s.name === 'string' ? { parameterName: s.name } : {}),
        ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
        ...text('bearerFormat', s.bearerFormat),
        ...(isObject(s.flows) ? { flows: s.flows } : {}),
        ...text('openIdConnectUrl', s.openIdConnectUrl),
        origin,
      },
    ];
  });
}

/** `get /users/{id}/keys` → `get_users_id_keys`: readable, and stable across runs. */
function derivedId(method: string, path: string): string {
  const words = path
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join('_');
  return words ? `${method}_${words}` : `${method}_root`;
}

function makeIdsUnique(operations: Operation[], warn: Warn): void {
  const seen = new Set<string>();
  for (const op of operations) {
    if (!seen.has(op.id)) {
      seen.add(op.id);
      continue;
    }
    let n = 2;
    while (seen.has(`${op.id}_${n}`)) n++;
    const id = `${op.id}_${n}`;
    if (op.idWritten) {
      warn('model-duplicate-operation-id', `operationId ${JSON.stringify(op.id)} is used more than once; this one becomes ${JSON.stringify(id)}`, op.origin);
    }
    op.id = id;
    seen.add(id);
  }
}

function text<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === 'string' && value !== '' ? { [key]: value } : {}) as { [P in K]?: string };
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'boolean' || isObject(value);
}
