/**
 * Parameters from 2.0 to 3.0. Path, query and header parameters stay parameters, their inline
 * schema lifted into `schema` and `collectionFormat` turned into `style` / `explode`. The `body`
 * parameter and the `formData` ones become the operation's `requestBody`, in the media types the
 * operation consumes.
 */
import { isObject, isRef } from '../../nodes.ts';
import type { Place } from './source-map.ts';
import { at, extensionsOf, put, type Conversion, type Node } from './conversion.ts';
import { convertSchema, simpleSchema } from './schemas.ts';

/** One entry of a 2.0 `parameters` list, followed through its ref. */
export type ParameterEntry =
  | { kind: 'parameter'; param: Node; at: Place }
  /** A ref that leads nowhere (reported by the loader): kept, so the model reports it where it is written. */
  | { kind: 'broken'; ref: string; at: Place };

export function readParameterList(cx: Conversion, list: unknown, place: Place): ParameterEntry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index): ParameterEntry[] => {
    const here = at(place, String(index));
    const found = cx.follow(raw, here);
    if (!found) return isRef(raw) ? [{ kind: 'broken', ref: raw.$ref, at: here }] : [];
    if (!isObject(found.value)) return [];
    return [{ kind: 'parameter', param: found.value, at: found.at }];
  });
}

/** `in:name`, the identity of a parameter within an operation. */
export function parameterKey(param: Node): string {
  return `${String(param.in)}:${String(param.name)}`;
}

/** A path, query or header parameter; undefined (with a warning) for what 3.0 cannot hold. */
export function convertParameter(cx: Conversion, p: Node, place: Place): Node | undefined {
  const where = p.in;
  if (typeof p.name !== 'string' || (where !== 'path' && where !== 'query' && where !== 'header')) {
    cx.warn(
      'parameter',
      `parameter ${JSON.stringify(p.name ?? '')} in ${JSON.stringify(where ?? '')} is not a 2.0 path, query, header, body or formData parameter; it is left out`,
      place,
    );
    return undefined;
  }
  if (p.type === 'file') {
    cx.warn(
      'file-parameter',
      `parameter ${JSON.stringify(p.name)} has type "file", which 2.0 allows only in formData; it is described as a binary string`,
      at(place, 'type'),
    );
  }
  const out: Node = { name: p.name, in: where };
  const renamed: Record<string, string[]> = {};
  if (typeof p.description === 'string') out.description = p.description;
  if (where === 'path' || p.required === true) out.required = true;
  if (where === 'query' && p.allowEmptyValue === true) out.allowEmptyValue = true;
  if (p.deprecated === true) out.deprecated = true;
  const style = collectionStyle(cx, p, place, where === 'query' ? 'form' : 'simple');
  if (style) {
    Object.assign(out, style);
    renamed.style = renamed.explode = ['collectionFormat'];
  }
  out.schema = simpleSchema(cx, p, place);
  if ('x-example' in p) {
    out.example = p['x-example'];
    renamed.example = ['x-example'];
  }
  Object.assign(out, extensionsOf(p, ['x-nullable', 'x-example']));
  return cx.place(out, place, renamed);
}

/**
 * `style` and `explode` for an array parameter (or form field), from its `collectionFormat`
 * (csv when absent). Undefined for a value that is not an array. `form` is the style of query
 * strings and form bodies, `simple` that of paths and headers, which know only csv.
 */
export function collectionStyle(cx: Conversion, p: Node, place: Place, base: 'form' | 'simple'): { style: string; explode: boolean } | undefined {
  if (p.type !== 'array') return undefined;
  const format = typeof p.collectionFormat === 'string' ? p.collectionFormat : 'csv';
  const fallback = { style: base, explode: false };
  const approximate = (why: string) => {
    cx.warn(
      'collection-format',
      `parameter ${JSON.stringify(p.name)}: ${why}; it is described as csv`,
      at(place, 'collectionFormat'),
      'Use csv, or (in a query) multi, ssv or pipes.',
    );
    return fallback;
  };
  if (format === 'csv') return fallback;
  if (base === 'simple') return approximate(`collectionFormat "${format}" has no OpenAPI 3 style for a ${String(p.in)} parameter`);
  switch (format) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      return approximate('collectionFormat "tsv" (tab-separated) has no OpenAPI 3 style');
    default:
      return approximate(`collectionFormat ${JSON.stringify(format)} is not one 2.0 defines`);
  }
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function isFormType(type: string): boolean {
  return FORM_TYPES.includes(type.split(';')[0]!.trim().toLowerCase());
}

/**
 * The request body of a `body` parameter: its schema in every type the operation consumes (JSON
 * when it declares none). Form types are left out when others are declared: they belong to
 * formData operations sharing a global `consumes`.
 */
export function bodyRequest(cx: Conversion, p: Node, place: Place, consumes: readonly string[]): Node {
  const others = consumes.filter((t) => !isFormType(t));
  const types = others.length > 0 ? others : consumes.length > 0 ? consumes : ['application/json'];
  const schema = p.schema === undefined ? cx.place({}, place) : convertSchema(cx, p.schema, at(place, 'schema'));
  // `x-examples` (by media type) is the vendor extension 2.0 tools use for body examples.
  const examples = isObject(p['x-examples']) ? p['x-examples'] : {};
  const content: Node = {};
  for (const type of [...types, ...Object.keys(examples).filter((t) => !types.includes(t))]) {
    const media: Node = { schema };
    if (Object.prototype.hasOwnProperty.call(examples, type)) media.example = examples[type];
    put(content, type, cx.place(media, place, { example: ['x-examples', type] }));
  }
  const out: Node = {};
  if (typeof p.description === 'string') out.description = p.description;
  out.content = cx.place(content, place);
  if (p.required === true) out.required = true;
  Object.assign(out, extensionsOf(p, ['x-examples']));
  return cx.place(out, place);
}

/**
 * The request body of the formData parameters: one object schema, a property per parameter, in
 * the form types the operation consumes (multipart when a file is among them, else urlencoded,
 * when it declares none). Array fields keep their collectionFormat as an `encoding`.
 */
export function formRequest(cx: Conversion, fields: ReadonlyArray<{ param: Node; at: Place }>, consumes: readonly string[]): Node {
  const first = fields[0]!.at;
  const declared = consumes.filter(isFormType);
  const hasFile = fields.some(({ param }) => param.type === 'file' || (isObject(param.items) && param.items.type === 'file'));
  const types = declared.length > 0 ? declared : [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
  const properties: Node = {};
  const required: string[] = [];
  const encoding: Node = {};
  for (const { param, at: place } of fields) {
    if (typeof param.name !== 'string') continue;
    const property = simpleSchema(cx, param, place);
    if (typeof param.description === 'string') property.description = param.description;
    if ('x-example' in param) property.example = param['x-example'];
    Object.assign(property, extensionsOf(param, ['x-nullable', 'x-example']));
    put(properties, param.name, property);
    if (param.required === true) required.push(param.name);
    const style = collectionStyle(cx, param, place, 'form');
    // Form fields explode by default: only the other formats need saying.
    if (style && !(style.style === 'form' && style.explode)) put(encoding, param.name, cx.place({ ...style }, at(place, 'collectionFormat')));
  }
  const schema = cx.place({ type: 'object', properties: cx.place(properties, first), ...(required.length > 0 ? { required } : {}) }, first);
  const content: Node = {};
  for (const type of types) {
    put(content, type, cx.place({ schema, ...(Object.keys(encoding).length > 0 ? { encoding: cx.place(encoding, first) } : {}) }, first));
  }
  return cx.place({ content: cx.place(content, first), ...(required.length > 0 ? { required: true } : {}) }, first);
}
