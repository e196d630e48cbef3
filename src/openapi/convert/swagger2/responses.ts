/**
 * Responses from 2.0 to 3.0: the one `schema` becomes the schema of every type the operation
 * produces, `examples` (by media type) the example of that type, and headers get a `schema` of
 * their own. A referenced response is converted where it is used, because what it produces
 * depends on the operation; its place stays the shared one it is written at.
 */
import { isObject, isRef } from '../../nodes.ts';
import type { Place } from './source-map.ts';
import { at, brokenRef, extensionsOf, put, type Conversion, type Node } from './conversion.ts';
import { convertSchema, simpleSchema } from './schemas.ts';

export function convertResponses(cx: Conversion, responses: unknown, place: Place, produces: readonly string[]): Node {
  const out: Node = {};
  if (isObject(responses)) {
    for (const [status, raw] of Object.entries(responses)) {
      put(out, status, status.startsWith('x-') ? raw : convertResponse(cx, raw, at(place, status), produces));
    }
  }
  return cx.place(out, place);
}

export function convertResponse(cx: Conversion, raw: unknown, place: Place, produces: readonly string[]): unknown {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  const { value: response, at: where } = found;
  if (!isObject(response)) return response;
  const out: Node = { description: typeof response.description === 'string' ? response.description : '' };
  if (isObject(response.headers)) {
    const headers: Node = {};
    for (const [name, header] of Object.entries(response.headers)) {
      if (isObject(header)) put(headers, name, convertHeader(cx, header, at(where, 'headers', name)));
    }
    out.headers = cx.place(headers, at(where, 'headers'));
  }
  const content = responseContent(cx, response, where, produces);
  if (content) out.content = content;
  Object.assign(out, extensionsOf(response));
  return cx.place(out, where);
}

function responseContent(cx: Conversion, response: Node, where: Place, produces: readonly string[]): Node | undefined {
  const examples = isObject(response.examples) ? response.examples : {};
  if (response.schema === undefined && Object.keys(examples).length === 0) return undefined;
  const isFile = isObject(response.schema) && response.schema.type === 'file';
  const types = produces.length > 0 ? produces : [isFile ? 'application/octet-stream' : 'application/json'];
  const schema = response.schema === undefined ? undefined : convertSchema(cx, response.schema, at(where, 'schema'));
  const content: Node = {};
  // An example names its media type: one the operation does not produce is declared by it.
  const listed = schema === undefined ? Object.keys(examples) : [...types, ...Object.keys(examples).filter((t) => !types.includes(t))];
  for (const type of listed) {
    const media: Node = schema === undefined ? {} : { schema };
    if (Object.prototype.hasOwnProperty.call(examples, type)) media.example = examples[type];
    put(content, type, cx.place(media, where, { example: ['examples', type] }));
  }
  return cx.place(content, where);
}

function convertHeader(cx: Conversion, header: Node, place: Place): Node {
  const out: Node = {};
  if (typeof header.description === 'string') out.description = header.description;
  if (header.type === 'array' && typeof header.collectionFormat === 'string' && header.collectionFormat !== 'csv') {
    cx.warn(
      'collection-format',
      `a response header serialised as "${header.collectionFormat}" has no OpenAPI 3 style (headers are csv); it is described as csv`,
      at(place, 'collectionFormat'),
    );
  }
  out.schema = simpleSchema(cx, header, place);
  if ('x-example' in header) out.example = header['x-example'];
  Object.assign(out, extensionsOf(header, ['x-nullable', 'x-example']));
  return cx.place(out, place, { example: ['x-example'] });
}
