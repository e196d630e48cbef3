/**
 * Deterministic sample values: what a stub answers and what a generated request sends. The spec's
 * own example wins when it satisfies the schema; otherwise a value is built from the schema itself
 * (formats, patterns, enums, bounds, compositions, discriminators, nullability, recursion). The same
 * schema always gives the same value, so generated files are byte-identical across runs.
 */
import type { Schema } from '../model/model.ts';
import { conforms, equal, type SchemaContext } from './conforms.ts';
import { isObject } from '../nodes.ts';
import { sampleForPattern } from './pattern.ts';

export type { SchemaContext } from './conforms.ts';
export { conforms } from './conforms.ts';

export interface SampleOptions {
  /** Requests leave out `readOnly` properties, responses `writeOnly` ones (unless required). */
  direction: 'request' | 'response';
}

export interface Sampled {
  value: unknown;
  /** False when no value satisfying every keyword was found; `value` is then the closest attempt. */
  valid: boolean;
  source: 'example' | 'schema';
}

/** Where optional properties stop being filled in: deep enough to look real, shallow enough to stay small. */
const OPTIONAL_DEPTH = 3;
/** Beyond this nesting only what the schema requires is generated; past MAX_DEPTH generation gives up. */
const MAX_DEPTH = 40;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  duration: 'P1D',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  iri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  'iri-reference': 'https://example.com/',
  'uri-template': 'https://example.com/{id}',
  'json-pointer': '/example',
  'relative-json-pointer': '0',
  regex: '^example$',
  byte: 'ZXhhbXBsZQ==',
  binary: 'binary',
  password: 'secret',
};

const NONE = Symbol('none');
type Result = unknown | typeof NONE;

/** The value to show for a media type or parameter: its example when valid, else a built one. */
export function sampleValue(schema: Schema | undefined, example: { value: unknown } | undefined, ctx: SchemaContext, options: SampleOptions): Sampled {
  if (schema === undefined) return { value: example?.value ?? null, valid: true, source: example ? 'example' : 'schema' };
  if (example && conforms(example.value, schema, ctx)) return { value: example.value, valid: true, source: 'example' };
  return sampleSchema(schema, ctx, options);
}

export function sampleSchema(schema: Schema, ctx: SchemaContext, options: SampleOptions): Sampled {
  const value = new Sampler(ctx, options).generate(schema, 0, false);
  if (value === NONE) return { value: null, valid: conforms(null, schema, ctx), source: 'schema' };
  return { value, valid: conforms(value, schema, ctx), source: 'schema' };
}

class Sampler {
  private readonly active = new Set<object>();

  constructor(
    private readonly ctx: SchemaContext,
    private readonly options: SampleOptions,
  ) {}

  generate(schema: Schema, depth: number, cut: boolean, variant = 0): Result {
    if (schema === false || depth > MAX_DEPTH) return NONE;
    // `true`, or something that is no schema at all in a broken spec: any value does.
    if (schema === true || !isObject(schema)) return null;
    const s = schema as Record<string, unknown>;
    // Dynamic references need the dynamic scope to resolve; no value is better than a wrong one.
    if (typeof s.$recursiveRef === 'string' || typeof s.$dynamicRef === 'string') return NONE;

    if (typeof s.$ref === 'string') {
      const target = this.ctx.resolve(s);
      if (target === s || typeof target === 'boolean') return typeof target === 'boolean' ? this.generate(target, depth, cut) : NONE;
      const recursive = this.active.has(target);
      const siblings = this.ctx.openapi30 ? [] : Object.keys(s).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
      const effective: Schema = siblings.length > 0 ? { ...withoutKey(s, '$ref'), allOf: [target] } : target;
      this.active.add(target);
      try {
        return this.generate(effective, depth, cut || recursive, variant);
      } finally {
        if (!recursive) this.active.delete(target);
      }
    }

    for (const candidate of examplesOf(s)) if (conforms(candidate, s, this.ctx)) return candidate;
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0) {
      const options = s.enum.filter((e) => conforms(e, s, this.ctx));
      return options.length > 0 ? options[variant % options.length] : s.enum[0];
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0) {
      const merged = this.mergeAllOf(s);
      const value = this.generate(merged, depth, cut, variant);
      return value;
    }
    const choices = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
    if (choices && choices.length > 0) return this.choose(s, choices as Schema[], depth, cut, variant);

    const types = typesOf(s, this.ctx);
    // Past the cut, prefer the value that ends the recursion.
    if ((cut || depth >= MAX_DEPTH / 2) && types.includes('null')) return null;
    for (const type of types.filter((t) => t !== 'null')) {
      const value = this.ofType(type, s, depth, cut, variant);
      if (value !== NONE) return value;
    }
    return types.includes('null') ? null : NONE;
  }

  /** A value matching exactly one `oneOf` branch (or any `anyOf` branch), tagged with its discriminator. */
  private choose(s: Record<string, unknown>, choices: Schema[], depth: number, cut: boolean, variant: number): Result {
    const rest = withoutKey(withoutKey(s, 'oneOf'), 'anyOf');
    const discriminator = isObject(s.discriminator) && typeof s.discriminator.propertyName === 'string' ? s.discriminator : undefined;
    let fallback: Result = NONE;
    // Recursion is cut by picking a branch that needs no further nesting (usually `null` or a leaf) first.
    const order = cut ? [...choices.keys()].sort((a, b) => weight(choices[a]!, this.ctx) - weight(choices[b]!, this.ctx)) : [...choices.keys()];
    for (const index of order) {
      const branch = choices[index]!;
      const combined: Schema = Object.keys(rest).some((k) => !ANNOTATIONS.has(k)) ? { ...rest, allOf: [branch] } : branch;
      // Optional properties can make a value match several branches: the second try leaves them out.
      for (const minimal of cut ? [true] : [false, true]) {
        const value = this.generate(combined, depth, minimal, variant);
        if (value === NONE) continue;
        const tag = discriminator && isObject(value) ? discriminatorValue(branch, discriminator, this.ctx) : undefined;
        const tagged = tag === undefined ? value : { ...(value as object), [discriminator!.propertyName as string]: tag.value };
        // A mapped tag is what clients dispatch on, so it goes first; a tag derived from the schema
        // name only fills in for a branch whose own schema leaves the property open.
        for (const candidate of tag?.mapped ? [tagged, value] : [value, tagged]) if (conforms(candidate, s, this.ctx)) return candidate;
        if (fallback === NONE) fallback = value;
      }
    }
    return fallback;
  }

  private ofType(type: string, s: Record<string, unknown>, depth: number, cut: boolean, variant: number): Result {
    switch (type) {
      case 'boolean':
        return variant % 2 === 0;
      case 'integer':
      case 'number':
        return numberSample(s, type === 'integer', variant);
      case 'string':
        return stringSample(s, variant);
      case 'array':
        return this.arraySample(s, depth, cut);
      case 'object':
        return this.objectSample(s, depth, cut);
      default:
        return NONE;
    }
  }

  private arraySample(s: Record<string, unknown>, depth: number, cut: boolean): Result {
    const min = typeof s.minItems === 'number' ? s.minItems : 0;
    const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
    if (!(min <= MAX_SAMPLE_ITEMS)) return NONE;
    const prefix = (Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : []) as Schema[];
    const items = (Array.isArray(s.items) ? s.additionalItems : s.items) as Schema | undefined;
    const wanted = Math.min(max, Math.max(min, cut || depth > OPTIONAL_DEPTH ? 0 : 1, prefix.length > 0 && !cut ? prefix.length : 0));
    const out: unknown[] = [];
    for (let i = 0; i < wanted; i++) {
      const schema = i < prefix.length ? prefix[i]! : (items ?? true);
      let value = this.generate(schema, depth + 1, cut, i);
      // Distinct items for uniqueItems: try other variants of the same schema.
      for (let v = i + 1; s.uniqueItems === true && value !== NONE && out.some((o) => equal(o, value)) && v < i + 8; v++) {
        value = this.generate(schema, depth + 1, cut, v);
      }
      if (value === NONE) return i >= min ? out : NONE;
      out.push(value);
    }
    return out;
  }

  private objectSample(s: Record<string, unknown>, depth: number, cut: boolean): Result {
    const properties = isObject(s.properties) ? s.properties : {};
    const required = new Set(Array.isArray(s.required) ? s.required.filter((k): k is string => typeof k === 'string') : []);
    const out: Record<string, unknown> = {};
    const maxProperties = typeof s.maxProperties === 'number' ? s.maxProperties : Infinity;
    const schemaFor = (key: string): Schema => {
      if (Object.hasOwn(properties, key)) return properties[key] as Schema;
      if (isObject(s.patternProperties)) {
        for (const [pattern, sub] of Object.entries(s.patternProperties)) if (safeTest(pattern, key)) return sub as Schema;
      }
      return s.additionalProperties === undefined || s.additionalProperties === false ? true : (s.additionalProperties as Schema);
    };
    for (const key of required) {
      const value = this.generate(schemaFor(key), depth + 1, cut);
      if (value === NONE) return NONE;
      out[key] = value;
    }
    if (!cut && depth < OPTIONAL_DEPTH) {
      for (const [key, sub] of Object.entries(properties)) {
        if (required.has(key) || Object.keys(out).length >= maxProperties) continue;
        const resolved = this.ctx.resolve(sub as Schema);
        if (isObject(resolved) && this.hidden(resolved)) continue;
        if (isObject(sub) && typeof sub.$ref === 'string' && this.active.has(resolved as object)) continue;
        const value = this.generate(sub as Schema, depth + 1, cut);
        if (value !== NONE) out[key] = value;
      }
    }
    const minProperties = typeof s.minProperties === 'number' ? s.minProperties : 0;
    for (let n = 1; Object.keys(out).length < minProperties && n < 1000; n++) {
      const key = `key${n}`;
      if (Object.hasOwn(out, key) || (s.additionalProperties === false && !Object.hasOwn(properties, key))) continue;
      const value = this.generate(schemaFor(key), depth + 1, cut);
      if (value === NONE) return NONE;
      out[key] = value;
    }
    return out;
  }

  private hidden(s: Record<string, unknown>): boolean {
    return this.options.direction === 'request' ? s.readOnly === true : s.writeOnly === true;
  }

  /** One schema standing for an `allOf`: properties and requirements united, bounds tightened. */
  private mergeAllOf(s: Record<string, unknown>): Record<string, unknown> {
    let merged: Record<string, unknown> = withoutKey(s, 'allOf');
    for (const member of s.allOf as Schema[]) {
      let resolved = this.ctx.resolve(member);
      if (!isObject(resolved)) continue;
      if (Array.isArray(resolved.allOf)) resolved = this.mergeAllOf(resolved);
      merged = mergeTwo(merged, resolved);
    }
    return merged;
  }
}

/** Keywords that do not constrain values: a `$ref` with only these beside it is the plain target. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'summary',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'externalDocs',
  'xml',
]);

function mergeTwo(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...b, ...a };
  if (isObject(a.properties) || isObject(b.properties)) {
    const props: Record<string, unknown> = { ...(b.properties as object) };
    for (const [k, v] of Object.entries((a.properties as object) ?? {})) props[k] = k in props ? { allOf: [props[k], v] } : v;
    out.properties = props;
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    out.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
  }
  const typesA = a.type === undefined ? undefined : [a.type].flat();
  const typesB = b.type === undefined ? undefined : [b.type].flat();
  if (typesA && typesB) {
    const accepts = (types: unknown[], t: unknown) => types.includes(t) || (t === 'integer' && types.includes('number'));
    const both = [...new Set([...typesA, ...typesB])].filter((t) => accepts(typesA, t) && accepts(typesB, t));
    out.type = both.length === 1 ? both[0] : both;
  }
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) out.enum = a.enum.filter((e) => (b.enum as unknown[]).some((f) => equal(e, f)));
  for (const key of ['minimum', 'minLength', 'minItems', 'minProperties', 'exclusiveMinimum'] as const) {
    if (typeof a[key] === 'number' && typeof b[key] === 'number') out[key] = Math.max(a[key], b[key]);
  }
  for (const key of ['maximum', 'maxLength', 'maxItems', 'maxProperties', 'exclusiveMaximum'] as const) {
    if (typeof a[key] === 'number' && typeof b[key] === 'number') out[key] = Math.min(a[key], b[key]);
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (isObject(a[key]) && isObject(b[key])) out[key] = { allOf: [b[key], a[key]] };
  }
  if (a.additionalProperties === false || b.additionalProperties === false) out.additionalProperties = false;
  // Two members each with a oneOf: the sampler satisfies one of them; the check on the original tells.
  if (Array.isArray(a.oneOf) && Array.isArray(b.oneOf)) out.oneOf = a.oneOf;
  // 3.0: null passes an allOf only when no member with a type refuses it.
  if ((a.type === undefined || a.nullable === true) && (b.type === undefined || b.nullable === true) && (a.nullable === true || b.nullable === true)) {
    out.nullable = true;
  } else delete out.nullable;
  return out;
}

function examplesOf(s: Record<string, unknown>): unknown[] {
  const found: unknown[] = [];
  if ('example' in s) found.push(s.example);
  if (Array.isArray(s.examples)) found.push(...s.examples);
  if ('default' in s) found.push(s.default);
  return found;
}

function typesOf(s: Record<string, unknown>, ctx: SchemaContext): string[] {
  let types: string[];
  if (Array.isArray(s.type)) types = s.type.filter((t): t is string => typeof t === 'string');
  else if (typeof s.type === 'string') types = [s.type];
  else if (isObject(s.properties) || Array.isArray(s.required) || s.additionalProperties !== undefined) types = ['object'];
  else if (s.items !== undefined || s.prefixItems !== undefined) types = ['array'];
  else if (typeof s.minimum === 'number' || typeof s.maximum === 'number' || typeof s.multipleOf === 'number') types = ['number'];
  else types = ['string'];
  // 3.0.3: `nullable` only widens a `type` written beside it.
  if (ctx.openapi30 && s.nullable === true && s.type !== undefined && !types.includes('null')) types.push('null');
  return types;
}

/** How much nesting a branch is likely to need: null and scalars end a recursion soonest. */
function weight(branch: Schema, ctx: SchemaContext): number {
  const s = ctx.resolve(branch);
  if (!isObject(s)) return 1;
  const types = typesOf(s, ctx);
  if (types.includes('null')) return 0;
  if (types.every((t) => t !== 'object' && t !== 'array')) return 1;
  return types.includes('array') ? 2 : 3;
}

/** The mapping key naming this branch, else (when the branch leaves the property open) its schema name. */
function discriminatorValue(branch: Schema, discriminator: Record<string, unknown>, ctx: SchemaContext): { value: string; mapped: boolean } | undefined {
  if (!isObject(branch) || typeof branch.$ref !== 'string') return undefined;
  const ref = branch.$ref;
  if (isObject(discriminator.mapping)) {
    for (const [key, target] of Object.entries(discriminator.mapping)) {
      if (target === ref || ref.endsWith(`/${String(target)}`)) return { value: key, mapped: true };
    }
  }
  const resolved = ctx.resolve(branch);
  const property = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[discriminator.propertyName as string] : undefined;
  if (isObject(property) && ('enum' in property || 'const' in property)) return undefined;
  return { value: ref.split('/').pop()!, mapped: false };
}

function numberSample(s: Record<string, unknown>, integer: boolean, variant: number): Result {
  const exclusive = (bound: 'Minimum' | 'Maximum'): number | undefined => {
    const ex = s[`exclusive${bound}`];
    if (typeof ex === 'number') return ex;
    const plain = s[bound.toLowerCase()];
    // Boolean exclusives are the 3.0 form; some 3.1 files still write them, meaning the same.
    return ex === true && typeof plain === 'number' ? plain : undefined;
  };
  const inclusive = (bound: 'minimum' | 'maximum'): number | undefined => {
    const plain = s[bound];
    const ex = s[bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
    return typeof plain === 'number' && ex !== true ? plain : undefined;
  };
  const step = typeof s.multipleOf === 'number' && s.multipleOf > 0 ? s.multipleOf : integer ? 1 : undefined;
  const exMin = exclusive('Minimum');
  const exMax = exclusive('Maximum');
  const lo = Math.max(inclusive('minimum') ?? -Infinity, exMin ?? -Infinity);
  const hi = Math.min(inclusive('maximum') ?? Infinity, exMax ?? Infinity);
  const ok = (n: number) => n >= lo && n <= hi && n !== exMin && n !== exMax;
  let start = lo === -Infinity ? (hi === Infinity || hi >= 0 ? 0 : hi) : lo;
  if (step === undefined) {
    if (!ok(start)) start = hi === Infinity ? start + 1 : lo === -Infinity ? hi - 1 : (lo + hi) / 2;
    const value = start + variant;
    return ok(value) ? value : start;
  }
  let k = Math.ceil(start / step) + variant;
  for (let tries = 0; tries < 3; tries++, k++) {
    const value = Number((k * step).toPrecision(12));
    if (ok(value) && (!integer || Number.isInteger(value))) return value;
  }
  return NONE;
}

/**
 * The largest sample made: a longer string or array than this is not something to send in a
 * request or return from a stub (and `minLength: 1e300` would exhaust the heap), so a schema that
 * demands more gets no sample, and its caller says so at its line.
 */
export const MAX_SAMPLE_LENGTH = 10_000;
export const MAX_SAMPLE_ITEMS = 1_000;

function stringSample(s: Record<string, unknown>, variant: number): Result {
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  if (!(min <= MAX_SAMPLE_LENGTH)) return NONE;
  if (typeof s.pattern === 'string') {
    const matched = sampleForPattern(s.pattern, min, max);
    if (matched !== undefined) return matched;
  }
  const format = typeof s.format === 'string' ? FORMAT_SAMPLES[s.format] : undefined;
  if (format !== undefined && format.length >= min && format.length <= max) return format;
  let text = variant === 0 ? 'string' : `string${variant}`;
  if (text.length < min) text = text.padEnd(min, 'x');
  return text.length > max ? text.slice(0, max) : text;
}

function withoutKey(s: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!(key in s)) return s;
  const { [key]: _omitted, ...rest } = s;
  return rest;
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
}
