/**
 * Names for the schemas that deserve one: every component schema, and every other `$ref` target
 * (a schema in another file, a `$defs` entry, a schema referenced deep inside a path item). Names
 * come from where the schema is written, so they are stable across runs and readable; a clash gets
 * a numeric suffix in discovery order, which is deterministic too.
 */
import type { NamedSchema, Operation, Origin, Schema } from './model.ts';
import type { Spec } from '../types.ts';
import { nameFromPlace } from '../place-name.ts';

/** Keywords whose values are schemas, or maps / arrays of schemas. */
const SINGLE = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
];
const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

export function nameSchemas(
  spec: Spec,
  operations: readonly Operation[],
  warn: (rule: string, message: string, origin: Origin) => void,
): { schemas: NamedSchema[]; nameOf(schema: object): string | undefined } {
  const byObject = new Map<object, NamedSchema>();
  const taken = new Set<string>();
  const schemas: NamedSchema[] = [];
  const visited = new Set<object>();

  const add = (schema: object, wanted: string, kind: NamedSchema['kind'], origin: Origin) => {
    if (byObject.has(schema)) return;
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    taken.add(name.toLowerCase());
    const named: NamedSchema = { name, schema: schema as Schema, kind, origin };
    byObject.set(schema, named);
    schemas.push(named);
  };

  const components = spec.document.components;
  const componentSchemas = components && typeof components === 'object' ? (components as Record<string, unknown>).schemas : undefined;
  const roots: Array<{ schema: unknown; origin: Origin }> = [];
  if (componentSchemas && typeof componentSchemas === 'object') {
    for (const [name, schema] of Object.entries(componentSchemas)) {
      const origin = { file: spec.root, path: ['components', 'schemas', name] };
      // A component that is only a `$ref` is an alias: the target carries the name of where it is written.
      if (schema && typeof schema === 'object' && !('$ref' in schema)) add(schema, name, 'component', origin);
      roots.push({ schema, origin });
    }
  }
  for (const op of operations) {
    for (const p of op.parameters) if (p.schema !== undefined) roots.push({ schema: p.schema, origin: p.origin });
    for (const media of op.requestBody?.content ?? []) if (media.schema !== undefined) roots.push({ schema: media.schema, origin: media.origin });
    for (const response of op.responses) {
      for (const media of response.content) if (media.schema !== undefined) roots.push({ schema: media.schema, origin: media.origin });
      for (const header of response.headers) if (header.schema !== undefined) roots.push({ schema: header.schema, origin: header.origin });
    }
  }

  // Iterative walk: real specs nest deeply enough to make recursion a risk.
  const stack = roots.reverse();
  while (stack.length > 0) {
    const { schema, origin } = stack.pop()!;
    if (!schema || typeof schema !== 'object' || visited.has(schema)) continue;
    visited.add(schema);
    const node = schema as Record<string, unknown>;
    const next: Array<{ schema: unknown; origin: Origin }> = [];
    if (typeof node.$ref === 'string') {
      const target = spec.target(node as { $ref: string });
      if (!target) {
        warn('model-broken-ref', `cannot resolve $ref ${JSON.stringify(node.$ref)}`, origin);
      } else if (target.value && typeof target.value === 'object') {
        const targetOrigin = { file: target.file, path: target.path };
        if (!('$ref' in target.value)) add(target.value, nameFromPlace(target.file.displayPath, target.path), 'referenced', targetOrigin);
        next.push({ schema: target.value, origin: targetOrigin });
      }
    }
    const child = (value: unknown, ...path: string[]) => next.push({ schema: value, origin: { file: origin.file, path: [...origin.path, ...path] } });
    for (const key of SINGLE) if (key in node) child(node[key], key);
    for (const key of MAPS) {
      const map = node[key];
      if (map && typeof map === 'object') for (const [k, v] of Object.entries(map)) child(v, key, k);
    }
    for (const key of LISTS) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((v, i) => child(v, key, String(i)));
    }
    if (Array.isArray(node.items)) node.items.forEach((v, i) => child(v, 'items', String(i)));
    stack.push(...next.reverse());
  }

  return { schemas, nameOf: (schema) => byObject.get(schema)?.name };
}
