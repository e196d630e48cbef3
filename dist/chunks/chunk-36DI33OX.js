import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  isObject
} from "./chunk-BL3GV6RR.js";

// src/openapi/sample/conforms.ts
var FORMATS = {
  "date-time": /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/
};
var patterns = /* @__PURE__ */ new Map();
function regexFor(pattern) {
  let found = patterns.get(pattern);
  if (found === void 0) {
    try {
      found = new RegExp(pattern, "u");
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
function conforms(value, schema, ctx, depth = 0) {
  if (schema === false) return false;
  if (schema === true || !isObject(schema)) return true;
  if (depth > 64) return true;
  const s = schema;
  if (typeof s.$recursiveRef === "string" || typeof s.$dynamicRef === "string") return false;
  if (typeof s.$ref === "string") {
    const target = ctx.resolve(s);
    if (target === s) return true;
    if (!conforms(value, target, ctx, depth + 1)) return false;
    if (ctx.openapi30) return true;
  }
  if (value === null && ctx.openapi30 && s.nullable === true && s.type !== void 0) return true;
  if (!typeMatches(value, s)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, value))) return false;
  if ("const" in s && !equal(s.const, value)) return false;
  if (typeof value === "number" && !numberOk(value, s)) return false;
  if (typeof value === "string" && !stringOk(value, s)) return false;
  if (Array.isArray(value) && !arrayOk(value, s, ctx, depth)) return false;
  if (isObject(value) && !objectOk(value, s, ctx, depth)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((b) => conforms(value, b, ctx, depth + 1))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((b) => conforms(value, b, ctx, depth + 1))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((b) => conforms(value, b, ctx, depth + 1)).length !== 1) return false;
  if (s.not !== void 0 && conforms(value, s.not, ctx, depth + 1)) return false;
  return true;
}
function typeMatches(value, s) {
  const types = Array.isArray(s.type) ? s.type : typeof s.type === "string" ? [s.type] : void 0;
  if (!types) return true;
  return types.some((t) => {
    switch (t) {
      case "null":
        return value === null;
      case "boolean":
        return typeof value === "boolean";
      case "integer":
        return typeof value === "number" && Number.isInteger(value);
      case "number":
        return typeof value === "number" && Number.isFinite(value);
      case "string":
        return typeof value === "string";
      case "array":
        return Array.isArray(value);
      case "object":
        return isObject(value);
      default:
        return false;
    }
  });
}
function numberOk(n, s) {
  const { minimum, maximum, exclusiveMinimum: exMin, exclusiveMaximum: exMax, multipleOf } = s;
  if (typeof minimum === "number" && (exMin === true ? n <= minimum : n < minimum)) return false;
  if (typeof maximum === "number" && (exMax === true ? n >= maximum : n > maximum)) return false;
  if (typeof exMin === "number" && n <= exMin) return false;
  if (typeof exMax === "number" && n >= exMax) return false;
  if (typeof multipleOf === "number" && multipleOf > 0) {
    const q = n / multipleOf;
    if (Math.abs(q - Math.round(q)) > 1e-9) return false;
  }
  return true;
}
function stringOk(text, s) {
  const length = [...text].length;
  if (typeof s.minLength === "number" && length < s.minLength) return false;
  if (typeof s.maxLength === "number" && length > s.maxLength) return false;
  if (typeof s.pattern === "string") {
    const regex = regexFor(s.pattern);
    if (regex && !regex.test(text)) return false;
  }
  const format = typeof s.format === "string" ? FORMATS[s.format] : void 0;
  return !format || format.test(text);
}
function arrayOk(items, s, ctx, depth) {
  if (typeof s.minItems === "number" && items.length < s.minItems) return false;
  if (typeof s.maxItems === "number" && items.length > s.maxItems) return false;
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
  for (let i = 0; i < items.length; i++) {
    const itemSchema = i < prefix.length ? prefix[i] : Array.isArray(s.items) ? s.additionalItems : s.items;
    if (itemSchema !== void 0 && !conforms(items[i], itemSchema, ctx, depth + 1)) return false;
  }
  if (s.uniqueItems === true) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (equal(items[i], items[j])) return false;
  }
  return true;
}
function objectOk(obj, s, ctx, depth) {
  const keys = Object.keys(obj);
  if (typeof s.minProperties === "number" && keys.length < s.minProperties) return false;
  if (typeof s.maxProperties === "number" && keys.length > s.maxProperties) return false;
  if (Array.isArray(s.required) && !s.required.every((k) => typeof k !== "string" || Object.hasOwn(obj, k))) return false;
  const properties = isObject(s.properties) ? s.properties : {};
  const patternProperties = isObject(s.patternProperties) ? s.patternProperties : {};
  for (const key of keys) {
    let matched = false;
    if (Object.hasOwn(properties, key)) {
      matched = true;
      if (!conforms(obj[key], properties[key], ctx, depth + 1)) return false;
    }
    for (const [pattern, sub] of Object.entries(patternProperties)) {
      const regex = regexFor(pattern);
      if (regex?.test(key)) {
        matched = true;
        if (!conforms(obj[key], sub, ctx, depth + 1)) return false;
      }
    }
    if (!matched && s.additionalProperties !== void 0 && !conforms(obj[key], s.additionalProperties, ctx, depth + 1)) {
      return false;
    }
  }
  return true;
}
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
}

// src/openapi/sample/pattern.ts
var Unsupported = class extends Error {
};
var DIGIT = [[48, 57]];
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var SPACE = [
  [9, 13],
  [32, 32]
];
var NICE = "a0Ab1B_-. xyz".split("").map((c) => c.codePointAt(0));
var EXTRA = [...Array.from({ length: 33 }, (_, i) => i), 48, 64, 96, 128, 192, 256, 384, 512];
function sampleForPattern(pattern, minLength = 0, maxLength = Infinity) {
  const regex = compile(pattern);
  if (!regex) return void 0;
  let parsed;
  try {
    parsed = new Parser(pattern).parse();
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
  for (let branch = 0; branch < Math.min(parsed.length, 8); branch++) {
    for (const extra of EXTRA) {
      const text = emitSequence(parsed[branch], extra, 0);
      const length = [...text].length;
      if (length > maxLength) break;
      if (length >= minLength && regex.test(text)) return text;
    }
  }
  return void 0;
}
function compile(pattern) {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(pattern, flags);
    } catch {
    }
  }
  return void 0;
}
function emitSequence(sequence, extra, depth) {
  let out = "";
  for (const item of sequence) {
    const count = Math.min(item.max, item.min + (item.max === item.min ? 0 : extra));
    for (let i = 0; i < count; i++) out += emitAtom(item.atom, extra, depth);
  }
  return out;
}
function emitAtom(atom, extra, depth) {
  if (atom.kind === "assertion") return "";
  if (atom.kind === "group") return depth > 20 ? "" : emitSequence(atom.alternatives[0], extra, depth + 1);
  return String.fromCodePoint(pick(atom.set));
}
function pick(set) {
  const inSet = (c) => set.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== set.negated;
  for (const c of NICE) if (inSet(c)) return c;
  if (!set.negated) return set.ranges[0][0];
  for (let c = 33; c < 12288; c++) if (inSet(c)) return c;
  throw new Unsupported("empty class");
}
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  parse() {
    const alternatives = this.alternatives();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return alternatives;
  }
  alternatives() {
    const found = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      found.push(this.sequence());
    }
    return found;
  }
  sequence() {
    const items = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }
  atom() {
    const c = this.src[this.i++];
    switch (c) {
      case "^":
      case "$":
        return { kind: "assertion" };
      case ".":
        return {
          kind: "chars",
          set: {
            negated: true,
            ranges: [
              [10, 10],
              [13, 13]
            ]
          }
        };
      case "[":
        return { kind: "chars", set: this.charClass() };
      case "(":
        return this.group();
      case "\\":
        return this.escape();
      default:
        return literal(c.codePointAt(0));
    }
  }
  group() {
    let lookaround = false;
    if (this.src[this.i] === "?") {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith("?:")) this.i += 2;
      else if (rest.startsWith("?=") || rest.startsWith("?!")) this.i += 2, lookaround = true;
      else if (rest === "?<=" || rest === "?<!") this.i += 3, lookaround = true;
      else if (rest.startsWith("?<")) this.i = this.src.indexOf(">", this.i) + 1;
      else throw new Unsupported("group flag");
    }
    const alternatives = this.alternatives();
    if (this.src[this.i++] !== ")") throw new Unsupported("unclosed group");
    return lookaround ? { kind: "assertion" } : { kind: "group", alternatives };
  }
  escape() {
    const c = this.src[this.i++];
    if (c === void 0) throw new Unsupported("trailing backslash");
    if (c === "b" || c === "B") return { kind: "assertion" };
    const ranges = this.classEscape(c);
    if (ranges) return { kind: "chars", set: ranges };
    return literal(this.escapedChar(c));
  }
  /** `\d`, `\w`, `\s` and their negations; undefined for other escapes. */
  classEscape(c) {
    const table = { d: DIGIT, w: WORD, s: SPACE };
    const lower = c.toLowerCase();
    if (!(lower in table)) {
      if (c === "p" || c === "P") throw new Unsupported("unicode property");
      return void 0;
    }
    return { negated: c !== lower, ranges: table[lower] };
  }
  escapedChar(c) {
    const simple = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    if (c in simple) return simple[c];
    if (/[1-9]/.test(c) || c === "k") throw new Unsupported("backreference");
    if (c === "x") return this.hex(2);
    if (c === "u") {
      if (this.src[this.i] === "{") {
        const end = this.src.indexOf("}", this.i);
        const code = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        if (Number.isNaN(code)) throw new Unsupported("bad \\u{}");
        return code;
      }
      return this.hex(4);
    }
    if (c === "c") throw new Unsupported("control escape");
    return c.codePointAt(0);
  }
  hex(length) {
    const code = parseInt(this.src.slice(this.i, this.i + length), 16);
    if (Number.isNaN(code)) throw new Unsupported("bad hex escape");
    this.i += length;
    return code;
  }
  charClass() {
    const set = { negated: false, ranges: [] };
    if (this.src[this.i] === "^") {
      set.negated = true;
      this.i++;
    }
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      const start = this.classChar(set);
      if (start === void 0) continue;
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        const end = this.classChar(set);
        if (end === void 0) {
          set.ranges.push([start, start], [45, 45]);
          continue;
        }
        set.ranges.push([start, end]);
      } else set.ranges.push([start, start]);
    }
    if (this.src[this.i++] !== "]") throw new Unsupported("unclosed class");
    return set;
  }
  /** One class member: a code point, or undefined after adding a class escape's ranges to `set`. */
  classChar(set) {
    const c = this.src[this.i++];
    if (c !== "\\") return this.src.codePointAt(this.i - 1);
    const e = this.src[this.i++];
    if (e === void 0) throw new Unsupported("trailing backslash");
    if (e === "b") return 8;
    const escaped = this.classEscape(e);
    if (escaped) {
      if (escaped.negated) throw new Unsupported("negated escape in class");
      set.ranges.push(...escaped.ranges);
      return void 0;
    }
    return this.escapedChar(e);
  }
  quantifier() {
    const c = this.src[this.i];
    let bounds;
    if (c === "*") bounds = [0, Infinity];
    else if (c === "+") bounds = [1, Infinity];
    else if (c === "?") bounds = [0, 1];
    if (bounds) this.i++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return [1, 1];
      this.i += m[0].length;
      const min = Number(m[1]);
      bounds = [min, m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3])];
    } else return [1, 1];
    if (this.src[this.i] === "?") this.i++;
    return bounds;
  }
};
function literal(code) {
  return { kind: "chars", set: { negated: false, ranges: [[code, code]] } };
}

// src/openapi/sample/values.ts
var OPTIONAL_DEPTH = 3;
var MAX_DEPTH = 40;
var FORMAT_SAMPLES = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "12:00:00Z",
  duration: "P1D",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  url: "https://example.com/",
  iri: "https://example.com/",
  "uri-reference": "https://example.com/",
  "iri-reference": "https://example.com/",
  "uri-template": "https://example.com/{id}",
  "json-pointer": "/example",
  "relative-json-pointer": "0",
  regex: "^example$",
  byte: "ZXhhbXBsZQ==",
  binary: "binary",
  password: "secret"
};
var NONE = /* @__PURE__ */ Symbol("none");
function sampleValue(schema, example, ctx, options) {
  if (schema === void 0) return { value: example?.value ?? null, valid: true, source: example ? "example" : "schema" };
  if (example && conforms(example.value, schema, ctx)) return { value: example.value, valid: true, source: "example" };
  return sampleSchema(schema, ctx, options);
}
function sampleSchema(schema, ctx, options) {
  const value = new Sampler(ctx, options).generate(schema, 0, false);
  if (value === NONE) return { value: null, valid: conforms(null, schema, ctx), source: "schema" };
  return { value, valid: conforms(value, schema, ctx), source: "schema" };
}
var Sampler = class {
  constructor(ctx, options) {
    this.ctx = ctx;
    this.options = options;
  }
  ctx;
  options;
  active = /* @__PURE__ */ new Set();
  generate(schema, depth, cut, variant = 0) {
    if (schema === false || depth > MAX_DEPTH) return NONE;
    if (schema === true || !isObject(schema)) return null;
    const s = schema;
    if (typeof s.$recursiveRef === "string" || typeof s.$dynamicRef === "string") return NONE;
    if (typeof s.$ref === "string") {
      const target = this.ctx.resolve(s);
      if (target === s || typeof target === "boolean") return typeof target === "boolean" ? this.generate(target, depth, cut) : NONE;
      const recursive = this.active.has(target);
      const siblings = this.ctx.openapi30 ? [] : Object.keys(s).filter((k) => k !== "$ref" && !ANNOTATIONS.has(k));
      const effective = siblings.length > 0 ? { ...withoutKey(s, "$ref"), allOf: [target] } : target;
      this.active.add(target);
      try {
        return this.generate(effective, depth, cut || recursive, variant);
      } finally {
        if (!recursive) this.active.delete(target);
      }
    }
    for (const candidate of examplesOf(s)) if (conforms(candidate, s, this.ctx)) return candidate;
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0) {
      const options = s.enum.filter((e) => conforms(e, s, this.ctx));
      return options.length > 0 ? options[variant % options.length] : s.enum[0];
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0) {
      const merged = this.mergeAllOf(s);
      const value = this.generate(merged, depth, cut, variant);
      return value;
    }
    const choices = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : void 0;
    if (choices && choices.length > 0) return this.choose(s, choices, depth, cut, variant);
    const types = typesOf(s, this.ctx);
    if ((cut || depth >= MAX_DEPTH / 2) && types.includes("null")) return null;
    for (const type of types.filter((t) => t !== "null")) {
      const value = this.ofType(type, s, depth, cut, variant);
      if (value !== NONE) return value;
    }
    return types.includes("null") ? null : NONE;
  }
  /** A value matching exactly one `oneOf` branch (or any `anyOf` branch), tagged with its discriminator. */
  choose(s, choices, depth, cut, variant) {
    const rest = withoutKey(withoutKey(s, "oneOf"), "anyOf");
    const discriminator = isObject(s.discriminator) && typeof s.discriminator.propertyName === "string" ? s.discriminator : void 0;
    let fallback = NONE;
    const order = cut ? [...choices.keys()].sort((a, b) => weight(choices[a], this.ctx) - weight(choices[b], this.ctx)) : [...choices.keys()];
    for (const index of order) {
      const branch = choices[index];
      const combined = Object.keys(rest).some((k) => !ANNOTATIONS.has(k)) ? { ...rest, allOf: [branch] } : branch;
      for (const minimal of cut ? [true] : [false, true]) {
        const value = this.generate(combined, depth, minimal, variant);
        if (value === NONE) continue;
        const tag = discriminator && isObject(value) ? discriminatorValue(branch, discriminator, this.ctx) : void 0;
        const tagged = tag === void 0 ? value : { ...value, [discriminator.propertyName]: tag.value };
        for (const candidate of tag?.mapped ? [tagged, value] : [value, tagged]) if (conforms(candidate, s, this.ctx)) return candidate;
        if (fallback === NONE) fallback = value;
      }
    }
    return fallback;
  }
  ofType(type, s, depth, cut, variant) {
    switch (type) {
      case "boolean":
        return variant % 2 === 0;
      case "integer":
      case "number":
        return numberSample(s, type === "integer", variant);
      case "string":
        return stringSample(s, variant);
      case "array":
        return this.arraySample(s, depth, cut);
      case "object":
        return this.objectSample(s, depth, cut);
      default:
        return NONE;
    }
  }
  arraySample(s, depth, cut) {
    const min = typeof s.minItems === "number" ? s.minItems : 0;
    const max = typeof s.maxItems === "number" ? s.maxItems : Infinity;
    if (!(min <= MAX_SAMPLE_ITEMS)) return NONE;
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
    const items = Array.isArray(s.items) ? s.additionalItems : s.items;
    const wanted = Math.min(max, Math.max(min, cut || depth > OPTIONAL_DEPTH ? 0 : 1, prefix.length > 0 && !cut ? prefix.length : 0));
    const out = [];
    for (let i = 0; i < wanted; i++) {
      const schema = i < prefix.length ? prefix[i] : items ?? true;
      let value = this.generate(schema, depth + 1, cut, i);
      for (let v = i + 1; s.uniqueItems === true && value !== NONE && out.some((o) => equal(o, value)) && v < i + 8; v++) {
        value = this.generate(schema, depth + 1, cut, v);
      }
      if (value === NONE) return i >= min ? out : NONE;
      out.push(value);
    }
    return out;
  }
  objectSample(s, depth, cut) {
    const properties = isObject(s.properties) ? s.properties : {};
    const required = new Set(Array.isArray(s.required) ? s.required.filter((k) => typeof k === "string") : []);
    const out = {};
    const maxProperties = typeof s.maxProperties === "number" ? s.maxProperties : Infinity;
    const schemaFor = (key) => {
      if (Object.hasOwn(properties, key)) return properties[key];
      if (isObject(s.patternProperties)) {
        for (const [pattern, sub] of Object.entries(s.patternProperties)) if (safeTest(pattern, key)) return sub;
      }
      return s.additionalProperties === void 0 || s.additionalProperties === false ? true : s.additionalProperties;
    };
    for (const key of required) {
      const value = this.generate(schemaFor(key), depth + 1, cut);
      if (value === NONE) return NONE;
      out[key] = value;
    }
    if (!cut && depth < OPTIONAL_DEPTH) {
      for (const [key, sub] of Object.entries(properties)) {
        if (required.has(key) || Object.keys(out).length >= maxProperties) continue;
        const resolved = this.ctx.resolve(sub);
        if (isObject(resolved) && this.hidden(resolved)) continue;
        if (isObject(sub) && typeof sub.$ref === "string" && this.active.has(resolved)) continue;
        const value = this.generate(sub, depth + 1, cut);
        if (value !== NONE) out[key] = value;
      }
    }
    const minProperties = typeof s.minProperties === "number" ? s.minProperties : 0;
    for (let n = 1; Object.keys(out).length < minProperties && n < 1e3; n++) {
      const key = `key${n}`;
      if (Object.hasOwn(out, key) || s.additionalProperties === false && !Object.hasOwn(properties, key)) continue;
      const value = this.generate(schemaFor(key), depth + 1, cut);
      if (value === NONE) return NONE;
      out[key] = value;
    }
    return out;
  }
  hidden(s) {
    return this.options.direction === "request" ? s.readOnly === true : s.writeOnly === true;
  }
  /** One schema standing for an `allOf`: properties and requirements united, bounds tightened. */
  mergeAllOf(s) {
    let merged = withoutKey(s, "allOf");
    for (const member of s.allOf) {
      let resolved = this.ctx.resolve(member);
      if (!isObject(resolved)) continue;
      if (Array.isArray(resolved.allOf)) resolved = this.mergeAllOf(resolved);
      merged = mergeTwo(merged, resolved);
    }
    return merged;
  }
};
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
  "xml"
]);
function mergeTwo(a, b) {
  const out = { ...b, ...a };
  if (isObject(a.properties) || isObject(b.properties)) {
    const props = { ...b.properties };
    for (const [k, v] of Object.entries(a.properties ?? {})) props[k] = k in props ? { allOf: [props[k], v] } : v;
    out.properties = props;
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    out.required = [.../* @__PURE__ */ new Set([...a.required ?? [], ...b.required ?? []])];
  }
  const typesA = a.type === void 0 ? void 0 : [a.type].flat();
  const typesB = b.type === void 0 ? void 0 : [b.type].flat();
  if (typesA && typesB) {
    const accepts = (types, t) => types.includes(t) || t === "integer" && types.includes("number");
    const both = [.../* @__PURE__ */ new Set([...typesA, ...typesB])].filter((t) => accepts(typesA, t) && accepts(typesB, t));
    out.type = both.length === 1 ? both[0] : both;
  }
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) out.enum = a.enum.filter((e) => b.enum.some((f) => equal(e, f)));
  for (const key of ["minimum", "minLength", "minItems", "minProperties", "exclusiveMinimum"]) {
    if (typeof a[key] === "number" && typeof b[key] === "number") out[key] = Math.max(a[key], b[key]);
  }
  for (const key of ["maximum", "maxLength", "maxItems", "maxProperties", "exclusiveMaximum"]) {
    if (typeof a[key] === "number" && typeof b[key] === "number") out[key] = Math.min(a[key], b[key]);
  }
  for (const key of ["items", "additionalProperties"]) {
    if (isObject(a[key]) && isObject(b[key])) out[key] = { allOf: [b[key], a[key]] };
  }
  if (a.additionalProperties === false || b.additionalProperties === false) out.additionalProperties = false;
  if (Array.isArray(a.oneOf) && Array.isArray(b.oneOf)) out.oneOf = a.oneOf;
  if ((a.type === void 0 || a.nullable === true) && (b.type === void 0 || b.nullable === true) && (a.nullable === true || b.nullable === true)) {
    out.nullable = true;
  } else delete out.nullable;
  return out;
}
function examplesOf(s) {
  const found = [];
  if ("example" in s) found.push(s.example);
  if (Array.isArray(s.examples)) found.push(...s.examples);
  if ("default" in s) found.push(s.default);
  return found;
}
function typesOf(s, ctx) {
  let types;
  if (Array.isArray(s.type)) types = s.type.filter((t) => typeof t === "string");
  else if (typeof s.type === "string") types = [s.type];
  else if (isObject(s.properties) || Array.isArray(s.required) || s.additionalProperties !== void 0) types = ["object"];
  else if (s.items !== void 0 || s.prefixItems !== void 0) types = ["array"];
  else if (typeof s.minimum === "number" || typeof s.maximum === "number" || typeof s.multipleOf === "number") types = ["number"];
  else types = ["string"];
  if (ctx.openapi30 && s.nullable === true && s.type !== void 0 && !types.includes("null")) types.push("null");
  return types;
}
function weight(branch, ctx) {
  const s = ctx.resolve(branch);
  if (!isObject(s)) return 1;
  const types = typesOf(s, ctx);
  if (types.includes("null")) return 0;
  if (types.every((t) => t !== "object" && t !== "array")) return 1;
  return types.includes("array") ? 2 : 3;
}
function discriminatorValue(branch, discriminator, ctx) {
  if (!isObject(branch) || typeof branch.$ref !== "string") return void 0;
  const ref = branch.$ref;
  if (isObject(discriminator.mapping)) {
    for (const [key, target] of Object.entries(discriminator.mapping)) {
      if (target === ref || ref.endsWith(`/${String(target)}`)) return { value: key, mapped: true };
    }
  }
  const resolved = ctx.resolve(branch);
  const property = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[discriminator.propertyName] : void 0;
  if (isObject(property) && ("enum" in property || "const" in property)) return void 0;
  return { value: ref.split("/").pop(), mapped: false };
}
function numberSample(s, integer, variant) {
  const exclusive = (bound) => {
    const ex = s[`exclusive${bound}`];
    if (typeof ex === "number") return ex;
    const plain = s[bound.toLowerCase()];
    return ex === true && typeof plain === "number" ? plain : void 0;
  };
  const inclusive = (bound) => {
    const plain = s[bound];
    const ex = s[bound === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"];
    return typeof plain === "number" && ex !== true ? plain : void 0;
  };
  const step = typeof s.multipleOf === "number" && s.multipleOf > 0 ? s.multipleOf : integer ? 1 : void 0;
  const exMin = exclusive("Minimum");
  const exMax = exclusive("Maximum");
  const lo = Math.max(inclusive("minimum") ?? -Infinity, exMin ?? -Infinity);
  const hi = Math.min(inclusive("maximum") ?? Infinity, exMax ?? Infinity);
  const ok = (n) => n >= lo && n <= hi && n !== exMin && n !== exMax;
  let start = lo === -Infinity ? hi === Infinity || hi >= 0 ? 0 : hi : lo;
  if (step === void 0) {
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
var MAX_SAMPLE_LENGTH = 1e4;
var MAX_SAMPLE_ITEMS = 1e3;
function stringSample(s, variant) {
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  const max = typeof s.maxLength === "number" ? s.maxLength : Infinity;
  if (!(min <= MAX_SAMPLE_LENGTH)) return NONE;
  if (typeof s.pattern === "string") {
    const matched = sampleForPattern(s.pattern, min, max);
    if (matched !== void 0) return matched;
  }
  const format = typeof s.format === "string" ? FORMAT_SAMPLES[s.format] : void 0;
  if (format !== void 0 && format.length >= min && format.length <= max) return format;
  let text = variant === 0 ? "string" : `string${variant}`;
  if (text.length < min) text = text.padEnd(min, "x");
  return text.length > max ? text.slice(0, max) : text;
}
function withoutKey(s, key) {
  if (!(key in s)) return s;
  const { [key]: _omitted, ...rest } = s;
  return rest;
}
function safeTest(pattern, text) {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return false;
  }
}

export {
  conforms,
  sampleValue,
  sampleSchema
};
