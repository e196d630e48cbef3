/**
 * Schemas from 2.0 to 3.0. A 2.0 Schema Object is nearly a 3.0 one: refs move to
 * `components/schemas`, `x-nullable` becomes `nullable`, `type: file` becomes a binary string and a
 * string `discriminator` the object 3.0 wants. Parameters, items and headers carry their schema
 * inline in 2.0 (`type`, `format`, `items`, bounds beside `name` and `in`); simpleSchema lifts it out.
 */
import { isObject, isRef } from '../../nodes.ts';
import type { Place } from './source-map.ts';
import { at, put, type Conversion, type Node } from './conversion.ts';

/** Keywords whose value is a schema (`items` may be a list in the wild), or a list of schemas. */
const SINGLE = new Set(['items', 'additionalProperties', 'not']);
const LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** Annotations of a nullable `$ref` kept on the `allOf` wrapper it becomes. */
const ANNOTATIONS = ['title', 'description', 'readOnly', 'example', 'default', 'externalDocs'];

export function convertSchema(cx: Conversion, schema: unknown, place: Place): unknown {
  if (!isObject(schema)) return schema;
  if (isRef(schema)) return refSchema(cx, schema, place);
  const out: Node = {};
  const renamed: Record<string, string[]> = {};
  let file = false;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-nullable') {
      if (value === true) {
        out.nullable = true;
        renamed.nullable = [key];
      }
    } else if (key === 'type' && value === 'file') {
      file = true;
    } else if (key === 'discriminator' && typeof value === 'string') {
      out.discriminator = cx.place({ propertyName: value }, at(place, key), { propertyName: [] });
    } else if (key === 'properties' && isObject(value)) {
      const properties: Node = {};
      for (const [name, property] of Object.entries(value)) put(properties, name, convertSchema(cx, property, at(place, key, name)));
      out.properties = cx.place(properties, at(place, key));
    } else if ((SINGLE.has(key) || LISTS.has(key)) && Array.isArray(value)) {
      out[key] = cx.place(
        value.map((member, index) => convertSchema(cx, member, at(place, key, String(index)))),
        at(place, key),
      );
    } else if (SINGLE.has(key)) {
      out[key] = convertSchema(cx, value, at(place, key));
    } else {
      put(out, key, value);
    }
  }
  if (file) {
    out.type = 'string';
    out.format = 'binary';
    renamed.format = ['type'];
  }
  return cx.place(out, place, Object.keys(renamed).length > 0 ? renamed : undefined);
}

/**
 * A `$ref`, pointed at its converted place. 3.0 reads nothing beside a `$ref`, so `x-nullable`
 * there (common in 2.0 files) becomes the usual 3.0 idiom: a nullable `allOf` of the one reference.
 */
function refSchema(cx: Conversion, schema: Node & { $ref: string }, place: Place): Node {
  const ref = cx.place({ $ref: cx.schemaRef(schema, (value, where) => convertSchema(cx, value, where)) }, place);
  if (schema['x-nullable'] === true) {
    const wrapper: Node = {};
    for (const key of ANNOTATIONS) if (key in schema) put(wrapper, key, schema[key]);
    wrapper.nullable = true;
    wrapper.allOf = [ref];
    return cx.place(wrapper, place, { nullable: ['x-nullable'], allOf: [] });
  }
  // Other siblings mean nothing in either version; they stay for human readers.
  for (const [key, value] of Object.entries(schema)) if (key !== '$ref' && key !== 'x-nullable') put(ref, key, value);
  return ref;
}

/** The keywords a 2.0 parameter, Items or Header Object shares with a schema. */
const SIMPLE_KEYWORDS = new Set([
  'type',
  'format',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
]);

/** The schema of a 2.0 parameter (not in body), Items or Header Object. */
export function simpleSchema(cx: Conversion, node: Node, place: Place): Node {
  const out: Node = {};
  const renamed: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(node)) if (SIMPLE_KEYWORDS.has(key)) put(out, key, value);
  if (node.type === 'file') {
    out.type = 'string';
    out.format = 'binary';
    renamed.format = ['type'];
  }
  const items = node.items;
  if (isRef(items)) {
    // Not 2.0 (Items Objects cannot refer), but written often enough to be worth reading.
    out.items = convertSchema(cx, items, at(place, 'items'));
  } else if (isObject(items)) {
    if (typeof items.collectionFormat === 'string' && items.collectionFormat !== 'csv') {
      cx.warn(
        'collection-format',
        `nested arrays serialised as "${items.collectionFormat}" have no OpenAPI 3 equivalent; the inner array is described as csv`,
        at(place, 'items', 'collectionFormat'),
        'Describe the inner values as a string with a pattern, or flatten the array.',
      );
    }
    out.items = simpleSchema(cx, items, at(place, 'items'));
  }
  if (node['x-nullable'] === true) {
    out.nullable = true;
    renamed.nullable = ['x-nullable'];
  }
  return cx.place(out, place, Object.keys(renamed).length > 0 ? renamed : undefined);
}
