/**
 * Does a value satisfy a schema? A small validator for the sampler's own decisions: whether a spec's
 * example can be used, and which `oneOf` branch a candidate matches exactly. It reads both OpenAPI 3.0
 * schemas (`nullable`, boolean `exclusiveMinimum`) and 3.1 ones (type arrays, `const`, `prefixItems`).
 * Keywords it does not know are treated as satisfied, so it may accept more than a full validator;
 * it never rejects a value a full validator would accept for the keywords it knows.
 */
import type { Schema } from '../model/model.ts';
import { isObject } from '../nodes.ts';

export interface SchemaContext {
  /** 3.0 schemas read `nullable` and ignore `$ref` siblings; 3.1 ones are JSON Schema 2020-12. */
  openapi30: boolean;
  /** Follows a `$ref` to the schema it names (the input itself when not a ref). */
  resolve(schema: Schema): Schema;
}

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
};

const patterns = new Map<string, RegExp | null>();

function regexFor(pattern: string): RegExp | null {
  let found = patterns.get(pattern);
  if (found === undefined) {
    try {
      found = new RegExp(pattern, 'u');
    } catch {
      try {
        found = new RegExp(pattern);
      } catch {
        found = null;
      }
    }
    patterns.set(pattern, found);
  }
  return found;
}

export function conforms(value: unknown, schema: Schema, ctx: SchemaContext, depth = 0): boolean {
  if (schema === false) return false;
  // Anything else that is not a schema object (a stray string in a broken spec) constrains nothing.
  if (schema === true || !isObject(schema)) return true;
  if (depth > 64) return true;
  const s = schema as Record<string, unknown>;
  // Unresolvable here (they need the dynamic scope): never claim a match, so a oneOf is not decided by it.
  if (typeof s.$recursiveRef === 'string' || typeof s.$dynamicRef === 'string') return false;
  if (typeof s.$ref === 'string') {
    const target = ctx.resolve(s);
    if (target === s) return true; // broken refs are the loader's to report
    if (!conforms(value, target, ctx, depth + 1)) return false;
    if (ctx.openapi30) return true;
  }
  // 3.0.3: `nullable` only widens a `type` written beside it.
  if (value === null && ctx.openapi30 && s.nullable === true && s.type !== undefined) return true;
  if (!typeMatches(value, s)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, value))) return false;
  if ('const' in s && !equal(s.const, value)) return false;

  if (typeof value === 'number' && !numberOk(value, s)) return false;
  if (typeof value === 'string' && !stringOk(value, s)) return false;
  if (Array.isArray(value) && !arrayOk(value, s, ctx, depth)) return false;
  if (isObject(value) && !objectOk(value, s, ctx, depth)) return false;

  if (Array.isArray(s.allOf) && !s.allOf.every((b) => conforms(value, b as Schema, ctx, depth + 1))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((b) => conforms(value, b as Schema, ctx, depth + 1))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((b) => conforms(value, b as Schema, ctx, depth + 1)).length !== 1) return false;
  if (s.not !== undefined && conforms(value, s.not as Schema, ctx, depth + 1)) return false;
  return true;
}

function typeMatches(value: unknown, s: Record<string, unknown>): boolean {
  const types = Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : undefined;
  if (!types) return true;
  return types.some((t) => {
    switch (t) {
      case 'null':
        return value === null;
      case 'boolean':
        return typeof value === 'boolean';
      case 'integer':
        return typeof value === 'number' && Number.isInteger(value);
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'string':
        return typeof value === 'string';
      case 'array':
        return Array.isArray(value);
      case 'object':
        return isObject(value);
      default:
        return false;
    }
  });
}

function numberOk(n: number, s: Record<string, unknown>): boolean {
  const { minimum, maximum, exclusiveMinimum: exMin, exclusiveMaximum: exMax, multipleOf } = s;
  // Boolean exclusives are the 3.0 form; some 3.1 files still write them, meaning the same.
  if (typeof minimum === 'number' && (exMin === true ? n <= minimum : n < minimum)) return false;
  if (typeof maximum === 'number' && (exMax === true ? n >= maximum : n > maximum)) return false;
  if (typeof exMin === 'number' && n <= exMin) return false;
  if (typeof exMax === 'number' && n >= exMax) return false;
  if (typeof multipleOf === 'number' && multipleOf > 0) {
    const q = n / multipleOf;
    if (Math.abs(q - Math.round(q)) > 1e-9) return false;
  }
  return true;
}

function stringOk(text: string, s: Record<string, unknown>): boolean {
  const length = [...text].length;
  if (typeof s.minLength === 'number' && length < s.minLength) return false;
  if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
  if (typeof s.pattern === 'string') {
    const regex = regexFor(s.pattern);
    if (regex && !regex.test(text)) return false;
  }
  const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
  return !format || format.test(text);
}

function arrayOk(items: unknown[], s: Record<string, unknown>, ctx: SchemaContext, depth: number): boolean {
  if (typeof s.minItems === 'number' && items.length < s.minItems) return false;
  if (typeof s.maxItems === 'number' && items.length > s.maxItems) return false;
  const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : Array.isArray(s.items) ? (s.items as Schema[]) : [];
  for (let i = 0; i < items.length; i++) {
    const itemSchema = i < prefix.length ? prefix[i] : Array.isArray(s.items) ? s.additionalItems : s.items;
    if (itemSchema !== undefined && !conforms(items[i], itemSchema as Schema, ctx, depth + 1)) return false;
  }
  if (s.uniqueItems === true) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (equal(items[i], items[j])) return false;
  }
  return true;
}

function objectOk(obj: Record<string, unknown>, s: Record<string, unknown>, ctx: SchemaContext, depth: number): boolean {
  const keys = Object.keys(obj);
  if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return false;
  if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return false;
  if (Array.isArray(s.required) && !s.required.every((k) => typeof k !== 'string' || Object.hasOwn(obj, k))) return false;
  const properties = isObject(s.properties) ? s.properties : {};
  const patternProperties = isObject(s.patternProperties) ? s.patternProperties : {};
  for (const key of keys) {
    let matched = false;
    if (Object.hasOwn(properties, key)) {
      matched = true;
      if (!conforms(obj[key], properties[key] as Schema, ctx, depth + 1)) return false;
    }
    for (const [pattern, sub] of Object.entries(patternProperties)) {
      const regex = regexFor(pattern);
      if (regex?.test(key)) {
        matched = true;
        if (!conforms(obj[key], sub as Schema, ctx, depth + 1)) return false;
      }
    }
    if (!matched && s.additionalProperties !== undefined && !conforms(obj[key], s.additionalProperties as Schema, ctx, depth + 1)) {
      return false;
    }
  }
  return true;
}

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
