/**
 * The Container Apps schemas as ajv reads them. The repository's converter turns the Swagger 2.0
 * files into OpenAPI 3.0 (schemas hoisted into `components.schemas`, refs internal); this rewrites
 * those 3.0 schemas into JSON Schema 2020-12 and makes them strict: a property the description does
 * not declare is an error, the way a misspelt field should be.
 *
 * Why not `additionalProperties: false`: ARM models are built with `allOf` (ContainerApp is allOf
 * TrackedResource, which is allOf Resource), and `additionalProperties` only sees the properties of
 * its own schema object, so it would reject `location` on a ContainerApp. `unevaluatedProperties`
 * sees through `allOf` and `$ref`, so it goes where a schema is applied to a value as a whole (a
 * body, a property, an array item), never on an `allOf` member, which is only a part of one.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Ajv, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isObject, isRef } from '../../../../src/openapi/nodes.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

type Node = Record<string, unknown>;

/** Keywords whose value is one schema applied to a whole value (a property's, an item's). */
const WHOLE_VALUE = new Set(['items', 'additionalProperties', 'not']);
/** Keywords whose schemas apply in place, as parts of the schema around them. */
const IN_PLACE = new Set(['allOf', 'anyOf', 'oneOf']);

/**
 * One converted description's schemas, registered under `id`; schemas elsewhere (an operation's
 * body) are compiled with `compile`, their refs pointing into it.
 */
export class StrictSchemas {
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(
    private readonly ajv: Ajv,
    private readonly id: string,
    private readonly schemas: Node,
  ) {
    const converted: Node = {};
    for (const [name, schema] of Object.entries(schemas)) converted[name] = this.convert(schema, false);
    ajv.addSchema({ $id: id, components: { schemas: converted } });
  }

  /** Errors of `value` against `schema` (a schema of the same description), as "/path message"; empty when valid. */
  errors(key: string, schema: unknown, value: unknown): string[] {
    let validate = this.cache.get(key);
    if (!validate) this.cache.set(key, (validate = this.ajv.compile(this.convert(schema, true) as Node)));
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'unevaluatedProperties' ? ` "${String((e.params as { unevaluatedProperty?: string }).unevaluatedProperty)}"` : '';
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
    });
  }

  /** A 3.0 schema as JSON Schema; `whole`: it is applied to a value as a whole, so it closes the value's properties. */
  private convert(node: unknown, whole: boolean): unknown {
    if (!isObject(node)) return node;
    const out: Node = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.$ref = value.startsWith('#/') ? `${this.id}${value}` : value;
      else if (key === 'properties' && isObject(value))
        out.properties = Object.fromEntries(Object.entries(value).map(([name, p]) => [name, this.convert(p, true)]));
      else if (WHOLE_VALUE.has(key)) out[key] = this.convert(value, true);
      else if (IN_PLACE.has(key) && Array.isArray(value)) out[key] = value.map((member) => this.convert(member, false));
      else if (key !== 'nullable' && key !== 'discriminator') out[key] = value;
    }
    // 3.0's `nullable` beside a type: null is one more allowed type (and enum member).
    if (node.nullable === true && typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    }
    if (whole && this.declaresProperties(node)) out.unevaluatedProperties = false;
    return out;
  }

  /**
   * Whether the schema (or the one it refers to) lists its properties. A bare `type: object`
   * declares none and stays open: the description means any object there.
   */
  private declaresProperties(node: Node, seen = new Set<string>()): boolean {
    if (isObject(node.properties) || Array.isArray(node.allOf)) return true;
    if (!isRef(node)) return false;
    const name = /^#\/components\/schemas\/(.+)$/.exec(node.$ref)?.[1];
    if (!name || seen.has(name)) return false;
    seen.add(name);
    const target = this.schemas[name];
    return isObject(target) && this.declaresProperties(target, seen);
  }
}

/** An ajv for 2020-12 with the formats ARM descriptions use (`arm-id`, `int32`… checked by their `type`). */
export function armAjv(): Ajv {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false }) as unknown as Ajv;
  addFormats(ajv);
  for (const name of ['arm-id', 'int32', 'int64', 'float', 'double', 'duration', 'password']) if (!ajv.formats[name]) ajv.addFormat(name, true);
  return ajv;
}
