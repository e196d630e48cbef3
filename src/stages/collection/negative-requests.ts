/**
 * Negative requests (an option): variants of the valid request that break the contract in one
 * way each (a required query parameter left out, a required body field left out, a body field of
 * the wrong type), for which the server must answer 4xx. Only variants the spec makes certain are
 * generated: a field the schema requires, a property whose type the schema declares.
 */
import type { ApiModel, Operation, Schema } from '../../openapi/model/model.ts';
import { encodeComponent } from './inert-text.ts';
import type { PostmanRequest } from '../../postman/postman-types.ts';
import { bodyFor, isJsonMedia, rawUrl, type RequestData } from './request-data.ts';
import { isObject } from '../../openapi/nodes.ts';

export interface NegativeRequest {
  /** Stable key of the variant within its operation (part of the request id). */
  key: string;
  /** What is wrong with it, for the request name and the test name. */
  what: string;
  request: PostmanRequest;
}

export function negativeRequests(op: Operation, valid: RequestData, model: ApiModel): NegativeRequest[] {
  const found: NegativeRequest[] = [];
  const required = op.parameters.find((p) => p.in === 'query' && p.required);
  if (required) {
    const key = encodeComponent(required.name);
    const query = (valid.request.url.query ?? []).filter((q) => q.key !== key && !q.key.startsWith(`${key}%5B`));
    found.push({
      key: `missing-query:${required.name}`,
      what: `the required query parameter ${JSON.stringify(required.name)} missing`,
      request: { ...valid.request, url: { ...valid.request.url, query, raw: rawUrl(valid.request.url.path, query) } },
    });
  }

  const body = valid.body;
  if (!body || !isJsonMedia(body.media.contentType.toLowerCase()) || body.media.schema === undefined || !isObject(body.value)) return found;
  const shape = objectShape(body.media.schema, model);
  const withBody = (value: Record<string, unknown>): PostmanRequest => ({ ...valid.request, body: bodyFor(body.media, value, () => {}) });

  const field = shape.required.find((name) => Object.hasOwn(body.value as object, name));
  if (field !== undefined) {
    const value = { ...body.value };
    delete value[field];
    found.push({ key: `missing-field:${field}`, what: `the required body field ${JSON.stringify(field)} missing`, request: withBody(value) });
  }

  for (const name of Object.keys(body.value)) {
    const declared = shape.properties[name] === undefined ? undefined : typesOf(shape.properties[name]!, model);
    const wrong = declared && wrongValue(declared);
    if (wrong === undefined) continue;
    found.push({
      key: `wrong-type:${name}`,
      what: `the body field ${JSON.stringify(name)} of the wrong type`,
      request: withBody({ ...body.value, [name]: wrong }),
    });
    break;
  }
  return found;
}

/** A value none of the declared types accepts, or undefined when the types leave room for anything. */
function wrongValue(types: string[]): unknown {
  if (types.length === 0) return undefined;
  const candidates: unknown[] = [{ wrong: 'type' }, 'not the declared type', 12345.5, true, [1]];
  const accepts = (v: unknown) =>
    types.some((t) =>
      t === 'object'
        ? isObject(v)
        : t === 'array'
          ? Array.isArray(v)
          : t === 'integer'
            ? Number.isInteger(v)
            : t === 'number'
              ? typeof v === 'number'
              : t === 'null'
                ? v === null
                : typeof v === t,
    );
  return candidates.find((v) => !accepts(v));
}

function typesOf(schema: Schema, model: ApiModel): string[] {
  const s = model.resolveSchema(schema);
  if (!isObject(s) || s.type === undefined) return [];
  const types = ([] as unknown[]).concat(s.type).filter((t): t is string => typeof t === 'string');
  // 3.0 `nullable` admits null beside the declared type.
  return s.nullable === true ? [...types, 'null'] : types;
}

/** Required names and properties of an object schema, through `$ref`s and `allOf`. */
function objectShape(schema: Schema, model: ApiModel, depth = 0): { required: string[]; properties: Record<string, Schema> } {
  const s = model.resolveSchema(schema);
  const shape = { required: [] as string[], properties: {} as Record<string, Schema> };
  if (!isObject(s) || depth > 16) return shape;
  for (const part of Array.isArray(s.allOf) ? (s.allOf as Schema[]) : []) {
    const inner = objectShape(part, model, depth + 1);
    shape.required.push(...inner.required);
    Object.assign(shape.properties, inner.properties);
  }
  if (Array.isArray(s.required)) shape.required.push(...s.required.filter((r): r is string => typeof r === 'string'));
  if (isObject(s.properties))
    for (const [name, value] of Object.entries(s.properties))
      Object.defineProperty(shape.properties, name, { value, enumerable: true, writable: true, configurable: true });
  return shape;
}
