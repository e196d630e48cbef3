import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  sampleSchema,
  sampleValue
} from "./chunk-7EE3K27P.js";
import {
  locate
} from "./chunk-SNB4CVCT.js";
import {
  isObject
} from "./chunk-BL3GV6RR.js";

// src/stages/collection/inert-text.ts
var ADJACENT = /\{(?=\{)/g;
function hasVariableSyntax(text) {
  return text.includes("{{");
}
function inertJson(json) {
  return json.replace(ADJACENT, "\\u007b");
}
function encodeComponent(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function splitBraces(text) {
  return text.replace(ADJACENT, "{ ");
}

// src/stages/collection/request-data.ts
var BASE_URL_VARIABLE = "baseUrl";
var RESERVED_HEADERS = /* @__PURE__ */ new Set(["accept", "content-type", "authorization"]);
function schemaContext(model) {
  return { openapi30: model.family !== "3.1" && model.family !== "3.2", resolve: model.resolveSchema };
}
function buildRequest(op, model, ctx, warnings) {
  const warn = (message, where = op.origin) => warnings.push({ severity: "warning", rule: "postman-request-data", message: `${op.id}: ${message}`, location: locate(where) });
  const valueOf = (p) => {
    const sampled = sampleValue(p.schema, p.example, ctx, { direction: "request" });
    if (!sampled.valid) warn(`no value satisfies the schema of parameter ${JSON.stringify(p.name)}; sending the closest one`, p.origin);
    return sampled.value;
  };
  const credentials = credentialsFor(op, model.securitySchemes);
  const url = buildUrl(op, valueOf, credentials.query);
  const header = [];
  const cookies = [];
  for (const p of op.parameters) {
    if (p.in === "header") {
      if (RESERVED_HEADERS.has(p.name.toLowerCase())) continue;
      if (!isToken(p.name)) {
        warn(`header parameter ${JSON.stringify(p.name)} is not a valid HTTP header name; it is left out`, p.origin);
        continue;
      }
      header.push({ key: p.name, value: headerText(p, valueOf(p), ctx, warn), ...describe(p.description), ...p.required ? {} : { disabled: true } });
    } else if (p.in === "cookie" && p.required) {
      cookies.push(`${p.name}=${encodeComponent(scalarText(valueOf(p)))}`);
    }
  }
  header.push(...credentials.headers);
  cookies.push(...credentials.cookies);
  if (cookies.length > 0) header.push({ key: "Cookie", value: cookies.join("; ") });
  const accept = acceptOf(op);
  if (accept) header.push({ key: "Accept", value: accept });
  const media = op.requestBody ? preferredMedia(op.requestBody.content) : void 0;
  let body;
  let value;
  if (media) {
    const sampled = sampleValue(media.schema, media.example, ctx, { direction: "request" });
    if (!sampled.valid) warn(`no body satisfies the schema for ${media.contentType}; sending the closest one`, media.origin);
    value = sampled.value;
    body = bodyFor(media, value, warn, ctx);
    header.push({ key: "Content-Type", value: media.contentType });
  }
  const request = {
    method: op.method.toUpperCase(),
    url,
    header,
    ...body ? { body } : {},
    auth: credentials.auth
  };
  return { request, ...media ? { body: { value, media } } : {} };
}
function buildUrl(op, valueOf, credentialQuery) {
  const pathParams = new Map(op.parameters.filter((p) => p.in === "path").map((p) => [p.name, p]));
  const variable = [];
  const path = op.path.split("/").filter((segment) => segment !== "").map((segment) => {
    const whole = /^\{([A-Za-z0-9_.-]+)\}$/.exec(segment);
    const param = whole ? pathParams.get(whole[1]) : void 0;
    if (param) {
      variable.push({ key: param.name, value: pathText(param, valueOf(param)), ...describe(param.description) });
      return `:${param.name}`;
    }
    return segment.replace(/\{([^{}]+)\}/g, (_, name) => {
      const p = pathParams.get(name);
      return p ? pathText(p, valueOf(p)) : encodeComponent(name);
    }).replace(/[{}]/g, encodeComponent);
  });
  const query = [];
  for (const p of op.parameters.filter((q) => q.in === "query")) {
    const entries = queryEntries(p, valueOf(p));
    for (const [key, value] of entries)
      query.push({ key: encodeComponent(key), value: encodeComponent(value), ...describe(p.description), ...p.required ? {} : { disabled: true } });
  }
  query.push(...credentialQuery);
  return {
    raw: rawUrl(path, query),
    host: [`{{${BASE_URL_VARIABLE}}}`],
    path,
    ...query.length > 0 ? { query } : {},
    ...variable.length > 0 ? { variable } : {}
  };
}
function rawUrl(path, query) {
  const enabled = query.filter((q) => !q.disabled);
  return `{{${BASE_URL_VARIABLE}}}/${path.join("/")}${enabled.length > 0 ? `?${enabled.map((q) => `${q.key}=${q.value}`).join("&")}` : ""}`;
}
function pathText(p, value) {
  if (Array.isArray(value)) return value.map((v) => encodeComponent(scalarText(v))).join(",");
  if (isObject(value))
    return Object.entries(value).flatMap(([k, v]) => p.explode ? [`${encodeComponent(k)}=${encodeComponent(scalarText(v))}`] : [encodeComponent(k), encodeComponent(scalarText(v))]).join(",");
  const text = scalarText(value);
  return p.extensions["x-multi-segment"] === true ? text.split("/").map(encodeComponent).join("/") : encodeComponent(text);
}
function queryEntries(p, value) {
  if (p.contentType) return [[p.name, JSON.stringify(value)]];
  if (Array.isArray(value)) {
    if (p.explode && p.style === "form") return value.map((v) => [p.name, scalarText(v)]);
    const separator = p.style === "spaceDelimited" ? " " : p.style === "pipeDelimited" ? "|" : ",";
    return [[p.name, value.map(scalarText).join(separator)]];
  }
  if (isObject(value)) {
    if (p.style === "deepObject") return Object.entries(value).map(([k, v]) => [`${p.name}[${k}]`, scalarText(v)]);
    if (p.explode) return Object.entries(value).map(([k, v]) => [k, scalarText(v)]);
    return [
      [
        p.name,
        Object.entries(value).flatMap(([k, v]) => [k, scalarText(v)]).join(",")
      ]
    ];
  }
  return [[p.name, scalarText(value)]];
}
function headerText(p, value, ctx, warn) {
  const text = Array.isArray(value) ? value.map(scalarText).join(",") : scalarText(value);
  if (!hasVariableSyntax(text)) return text;
  const fallback = p.schema === void 0 ? "" : scalarText(sampleSchema(p.schema, ctx, { direction: "request" }).value);
  if (fallback !== "" && !hasVariableSyntax(fallback)) {
    warn(`the example of header ${JSON.stringify(p.name)} looks like a Postman variable; a value built from its schema is sent instead`, p.origin);
    return fallback;
  }
  warn(`the value of header ${JSON.stringify(p.name)} looks like a Postman variable; it is sent with its braces apart`, p.origin);
  return splitBraces(text);
}
var UPLOAD_SAMPLE = "contract-upload.bin";
function fileFields(schema, ctx) {
  const files = /* @__PURE__ */ new Set();
  if (!ctx || schema === void 0) return files;
  const isFile = (s) => {
    const r = ctx.resolve(s);
    if (!isObject(r)) return false;
    if (r.format === "binary" || typeof r.contentMediaType === "string") return true;
    return r.type === "array" && r.items !== void 0 && isFile(r.items);
  };
  const visit = (s) => {
    const r = ctx.resolve(s);
    if (!isObject(r)) return;
    if (isObject(r.properties)) {
      for (const [name, property] of Object.entries(r.properties)) if (isFile(property)) files.add(name);
    }
    for (const part of Array.isArray(r.allOf) ? r.allOf : []) visit(part);
  };
  visit(schema);
  return files;
}
function bodyFor(media, value, warn, ctx) {
  const type = media.contentType.toLowerCase();
  if (isJsonMedia(type)) return { mode: "raw", raw: inertJson(JSON.stringify(value, null, 2)), options: { raw: { language: "json" } } };
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const pairs = isObject(value) ? Object.entries(value).flatMap(([k, v]) => Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]) : [];
    return { mode: "raw", raw: pairs.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(scalarText(v))}`).join("&") };
  }
  if (type.startsWith("multipart/")) {
    const parts = isObject(value) ? Object.entries(value) : [];
    const files = fileFields(media.schema, ctx);
    return {
      mode: "formdata",
      formdata: parts.flatMap(([key, v]) => {
        if (files.has(key))
          return (Array.isArray(v) ? v : [v]).map(() => ({ key: splitBraces(key), type: "file", src: UPLOAD_SAMPLE }));
        const items = Array.isArray(v) && v.every((x) => x === null || typeof x !== "object") ? v : [v];
        return items.map((item) => {
          const text2 = scalarText(item);
          if (hasVariableSyntax(text2) || hasVariableSyntax(key))
            warn(`multipart field ${JSON.stringify(key)} looks like a Postman variable; it is sent with its braces apart`, media.origin);
          return { key: splitBraces(key), value: splitBraces(text2), type: "text" };
        });
      })
    };
  }
  const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
  if (hasVariableSyntax(text)) warn(`the ${media.contentType} body looks like a Postman variable; it is sent with its braces apart`, media.origin);
  return { mode: "raw", raw: splitBraces(text) };
}
function preferredMedia(content) {
  return content.find((m) => isJsonMedia(m.contentType.toLowerCase())) ?? content.find((m) => m.contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) ?? content[0];
}
function acceptOf(op) {
  const types = /* @__PURE__ */ new Set();
  for (const r of op.responses) if (r.status.startsWith("2")) for (const m of r.content) types.add(m.contentType);
  const sorted = [...types].sort((a, b) => Number(isJsonMedia(b.toLowerCase())) - Number(isJsonMedia(a.toLowerCase())));
  const text = sorted.join(", ");
  return text === "" || hasVariableSyntax(text) ? void 0 : text;
}
function isJsonMedia(type) {
  return /^application\/([\w.+-]*\+)?json(\s*;|$)/i.test(type) || type === "*/*";
}
function credentialsFor(op, schemes) {
  const none = { auth: { type: "noauth" }, headers: [], query: [], cookies: [] };
  for (const alternative of op.security) {
    if (alternative.length === 0) return none;
    const found = alternative.map((r) => schemes.find((s) => s.name === r.scheme));
    if (found.some((s) => !s || !sendable(s))) continue;
    const chosen = { auth: { type: "noauth" }, headers: [], query: [], cookies: [] };
    for (const scheme of found) {
      const auth = chosen.auth.type === "noauth" ? schemeAuth(scheme) : void 0;
      if (auth) {
        chosen.auth = auth;
        continue;
      }
      const value = `{{${credentialVariables(scheme)[0]}}}`;
      const name = scheme.parameterName;
      if (scheme.in === "query") chosen.query.push({ key: encodeComponent(name), value });
      else if (scheme.in === "cookie") chosen.cookies.push(`${name}=${value}`);
      else chosen.headers.push({ key: name, value });
    }
    return chosen;
  }
  return none;
}
function sendable(scheme) {
  if (scheme.type === "apiKey") return typeof scheme.parameterName === "string" && isToken(scheme.parameterName);
  return schemeAuth(scheme) !== void 0;
}
function credentialVariables(scheme) {
  const base = variableName(scheme.name);
  if (scheme.type === "http" && scheme.scheme === "basic") return [`${base}Username`, `${base}Password`];
  if (scheme.type === "mutualTLS") return [];
  return [base];
}
function variableName(schemeName) {
  const cleaned = schemeName.replace(/[^A-Za-z0-9_-]/g, "_");
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `scheme_${cleaned}`;
}
function schemeAuth(scheme) {
  const [first, second] = credentialVariables(scheme).map((v) => `{{${v}}}`);
  const kv = (key, value) => ({ key, value, type: "string" });
  if (scheme.type === "apiKey" && scheme.parameterName && scheme.in !== "cookie") {
    return { type: "apikey", apikey: [kv("key", scheme.parameterName), kv("value", first), kv("in", scheme.in ?? "header")] };
  }
  if (scheme.type === "http" && scheme.scheme === "basic") return { type: "basic", basic: [kv("username", first), kv("password", second)] };
  if (scheme.type === "http" && scheme.scheme === "bearer" || scheme.type === "oauth2" || scheme.type === "openIdConnect") {
    return { type: "bearer", bearer: [kv("token", first)] };
  }
  return void 0;
}
function isToken(name) {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
}
function describe(description) {
  return description ? { description } : {};
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// src/stages/collection/contract-tests.ts
import { isDeepStrictEqual } from "node:util";

// src/stages/collection/contract-runtime.ts
var CONTRACT_RUNTIME = String.raw`
// No response (the request itself failed): the run reports that; there is nothing to judge here.
if (!pm.response || typeof pm.response.code !== 'number') return;
var contract = JSON.parse(contractJson);
if (contract.v !== 1) throw new Error('contract data of an unknown format; regenerate the collection');
var op = contract.operation;
var defs = contract.defs;
var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
var title = function (rule) { return op + ' · ' + rule; };
var code = pm.response.code;

var FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/,
  ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  ipv6: /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/,
  byte: /^[A-Za-z0-9+\/]*={0,2}$/
};
var patterns = {};
function regex(p) {
  if (!has(patterns, p)) {
    try { patterns[p] = new RegExp(p, 'u'); } catch (e) { try { patterns[p] = new RegExp(p); } catch (e2) { patterns[p] = null; } }
  }
  return patterns[p];
}

var documented = null;
var classKey = String(code).charAt(0) + 'XX';
['exact', 'class', 'default'].forEach(function (pass) {
  contract.responses.forEach(function (r) {
    if (documented) return;
    if ((pass === 'exact' && r.status === String(code)) || (pass === 'class' && r.status === classKey) || (pass === 'default' && r.status === 'default')) documented = r;
  });
});

if (contract.invalid) {
  // A negative request: all the contract asks is that the server refuses it.
  pm.test(title('rejects ' + contract.invalid), function () {
    if (code < 400 || code > 499) throw new Error(contract.label + ' answered ' + code + ' to a request with ' + contract.invalid + '; a 4xx was expected');
  });
  return;
}

pm.test(title('status is documented'), function () {
  if (!documented) {
    throw new Error(contract.label + ' answered ' + code + ', which it does not document (documented: ' + contract.responses.map(function (r) { return r.status; }).join(', ') + ')');
  }
});
if (contract.expectSuccess) {
  pm.test(title('valid request gets a success status'), function () {
    if (code < 200 || code > 299) throw new Error(contract.label + ' answered ' + code + ' to a request built from the spec; a 2xx was expected');
  });
}

var mediaOf = function (value) { return String(value || '').split(';')[0].trim().toLowerCase(); };
var isJson = function (type) { return /^application\/([\w.+-]*\+)?json$/.test(type); };
var received = mediaOf(pm.response.headers.get('Content-Type'));
var bodyText = pm.response.text();

if (documented && documented.media.length > 0) {
  var chosen = null;
  documented.media.forEach(function (m) {
    var want = mediaOf(m.type);
    if (chosen) return;
    if (want === received || want === '*/*' || (/\/\*$/.test(want) && received.indexOf(want.slice(0, -1)) === 0)) chosen = m;
  });
  pm.test(title('Content-Type matches'), function () {
    if (!chosen) throw new Error('Content-Type is ' + JSON.stringify(received || '(none)') + '; documented for ' + documented.status + ': ' + documented.media.map(function (m) { return m.type; }).join(', '));
  });
  if (chosen && chosen.schema !== undefined && (isJson(received) || (received === '' && isJson(mediaOf(chosen.type))))) {
    pm.test(title('body matches the schema'), function () {
      var data;
      try { data = JSON.parse(bodyText); } catch (e) { throw new Error('the body is not JSON: ' + String(bodyText).slice(0, 200)); }
      var errors = [];
      check(chosen.schema, data, '', errors, 0);
      if (errors.length > 0) throw new Error(errors.slice(0, 5).join('; ') + (errors.length > 5 ? ' (and ' + (errors.length - 5) + ' more)' : ''));
    });
  }
}

if (documented) {
  documented.headers.forEach(function (h) {
    var value = pm.response.headers.get(h.name);
    if (value === undefined || value === null) {
      if (h.required) pm.test(title('header ' + h.name + ' is present'), function () { throw new Error('the required header ' + h.name + ' is missing'); });
      return;
    }
    pm.test(title('header ' + h.name + (h.required ? ' is present and valid' : ' is valid')), function () {
      if (h.schema === undefined) return;
      var errors = [];
      check(h.schema, headerValue(h.schema, value), '', errors, 0);
      if (errors.length > 0) throw new Error('header ' + h.name + ': ' + errors.join('; '));
    });
  });
}

if (contract.maxResponseTimeMs) {
  pm.test(title('response time within ' + contract.maxResponseTimeMs + ' ms'), function () {
    if (pm.response.responseTime > contract.maxResponseTimeMs) throw new Error('took ' + pm.response.responseTime + ' ms');
  });
}

/** Header text as the value its schema describes (headers are text on the wire). */
function headerValue(schema, text) {
  var s = schema;
  for (var i = 0; i < 32 && s && typeof s.$ref === 'string' && has(defs, s.$ref); i++) s = defs[s.$ref];
  var types = s && s.type !== undefined ? [].concat(s.type) : [];
  if (types.indexOf('integer') >= 0 || types.indexOf('number') >= 0) return /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : text;
  if (types.indexOf('boolean') >= 0) return text === 'true' ? true : text === 'false' ? false : text;
  if (types.indexOf('array') >= 0) return text.split(',').map(function (t) { return t.trim(); });
  return text;
}

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function equal(a, b) {
  if (a === b) return true;
  if (typeOf(a) !== typeOf(b) || typeof a !== 'object' || a === null) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every(function (x, i) { return equal(x, b[i]); });
  var ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(function (k) { return has(b, k) && equal(a[k], b[k]); });
}

/** Pushes 'path: problem' for each way value breaks schema; one error per failed keyword. */
function check(schema, value, path, errors, depth) {
  var at = path || '(body)';
  if (schema === true || schema === undefined) return;
  if (schema === false) { errors.push(at + ': no value is allowed here'); return; }
  if (depth > 256) { errors.push(at + ': the schema recurses without end here'); return; }
  var s = schema;
  if (typeof s.$ref === 'string') {
    if (!has(defs, s.$ref)) { errors.push(at + ': the schema reference could not be resolved, so the value cannot be checked'); return; }
    check(defs[s.$ref], value, path, errors, depth + 1);
  }
  var t = typeOf(value);
  if (value === null && contract.openapi30 && s.nullable === true) return;
  if (s.type !== undefined) {
    var types = [].concat(s.type);
    var ok = types.some(function (ty) {
      return ty === t || (ty === 'integer' && t === 'number' && Math.floor(value) === value && isFinite(value)) || (ty === 'number' && t === 'number');
    });
    if (!ok) { errors.push(at + ': expected ' + types.join(' or ') + ', got ' + t); return; }
  }
  if (has(s, 'const') && !equal(s.const, value)) errors.push(at + ': must be ' + JSON.stringify(s.const));
  if (Array.isArray(s.enum) && !s.enum.some(function (e) { return equal(e, value); })) errors.push(at + ': ' + JSON.stringify(value) + ' is not one of ' + JSON.stringify(s.enum).slice(0, 200));

  if (t === 'string') {
    var length = Array.from(value).length;
    if (typeof s.minLength === 'number' && length < s.minLength) errors.push(at + ': shorter than ' + s.minLength);
    if (typeof s.maxLength === 'number' && length > s.maxLength) errors.push(at + ': longer than ' + s.maxLength);
    if (typeof s.pattern === 'string') { var re = regex(s.pattern); if (re && !re.test(value)) errors.push(at + ': does not match ' + s.pattern); }
    if (typeof s.format === 'string' && has(FORMATS, s.format)) {
      var bad = !FORMATS[s.format].test(value) || ((s.format === 'date-time' || s.format === 'date') && isNaN(Date.parse(s.format === 'date' ? value + 'T00:00:00Z' : value)));
      if (bad) errors.push(at + ': not a valid ' + s.format);
    }
  }
  if (t === 'number') {
    var exMin = s.exclusiveMinimum, exMax = s.exclusiveMaximum;
    if (typeof s.minimum === 'number' && (exMin === true ? value <= s.minimum : value < s.minimum)) errors.push(at + ': below the minimum ' + s.minimum);
    if (typeof s.maximum === 'number' && (exMax === true ? value >= s.maximum : value > s.maximum)) errors.push(at + ': above the maximum ' + s.maximum);
    if (typeof exMin === 'number' && value <= exMin) errors.push(at + ': must be greater than ' + exMin);
    if (typeof exMax === 'number' && value >= exMax) errors.push(at + ': must be less than ' + exMax);
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0) { var q = value / s.multipleOf; if (Math.abs(q - Math.round(q)) > 1e-9) errors.push(at + ': not a multiple of ' + s.multipleOf); }
    if (s.format === 'int32' && (Math.floor(value) !== value || value < -2147483648 || value > 2147483647)) errors.push(at + ': not an int32');
  }
  if (t === 'array') {
    var prefix = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : [];
    var rest = Array.isArray(s.items) ? s.additionalItems : s.items;
    value.forEach(function (item, i) {
      var sub = i < prefix.length ? prefix[i] : rest;
      if (sub !== undefined) check(sub, item, path + '/' + i, errors, depth + 1);
    });
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(at + ': fewer than ' + s.minItems + ' items');
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(at + ': more than ' + s.maxItems + ' items');
    if (s.uniqueItems === true && value.some(function (x, i) { return value.some(function (y, j) { return j < i && equal(x, y); }); })) errors.push(at + ': items are not unique');
    if (s.contains !== undefined) {
      var matches = value.filter(function (x) { var e = []; check(s.contains, x, path, e, depth + 1); return e.length === 0; }).length;
      var least = typeof s.minContains === 'number' ? s.minContains : 1;
      if (matches < least) errors.push(at + ': fewer than ' + least + ' items match "contains"');
      if (typeof s.maxContains === 'number' && matches > s.maxContains) errors.push(at + ': more than ' + s.maxContains + ' items match "contains"');
    }
  }
  if (t === 'object') {
    var props = s.properties || {};
    (Array.isArray(s.required) ? s.required : []).forEach(function (name) {
      // A writeOnly property is never in a response, required or not (OpenAPI 3.0 and 3.1 agree).
      if (!has(value, name) && !(has(props, name) && resolved(props[name]).writeOnly === true)) errors.push(at + ': the required property ' + JSON.stringify(name) + ' is missing');
    });
    Object.keys(value).forEach(function (name) {
      var child = path + '/' + name.replace(/~/g, '~0').replace(/\//g, '~1');
      var matched = false;
      if (has(props, name)) { matched = true; check(props[name], value[name], child, errors, depth + 1); }
      if (s.patternProperties) Object.keys(s.patternProperties).forEach(function (p) {
        var re = regex(p);
        if (re && re.test(name)) { matched = true; check(s.patternProperties[p], value[name], child, errors, depth + 1); }
      });
      if (!matched && s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) errors.push(at + ': the property ' + JSON.stringify(name) + ' is not allowed');
        else check(s.additionalProperties, value[name], child, errors, depth + 1);
      }
      if (s.propertyNames !== undefined) check(s.propertyNames, name, child + ' (name)', errors, depth + 1);
    });
    var count = Object.keys(value).length;
    if (typeof s.minProperties === 'number' && count < s.minProperties) errors.push(at + ': fewer than ' + s.minProperties + ' properties');
    if (typeof s.maxProperties === 'number' && count > s.maxProperties) errors.push(at + ': more than ' + s.maxProperties + ' properties');
    if (s.dependentRequired) Object.keys(s.dependentRequired).forEach(function (k) {
      if (has(value, k)) [].concat(s.dependentRequired[k]).forEach(function (d) { if (!has(value, d)) errors.push(at + ': ' + JSON.stringify(d) + ' is required with ' + JSON.stringify(k)); });
    });
    if (s.dependentSchemas) Object.keys(s.dependentSchemas).forEach(function (k) { if (has(value, k)) check(s.dependentSchemas[k], value, path, errors, depth + 1); });
  }
  if (Array.isArray(s.allOf)) s.allOf.forEach(function (sub) { check(sub, value, path, errors, depth + 1); });
  var passing = function (list) {
    return list.map(function (sub) { var e = []; check(sub, value, path, e, depth + 1); return e; });
  };
  if (Array.isArray(s.anyOf)) {
    var any = passing(s.anyOf);
    if (!any.some(function (e) { return e.length === 0; })) errors.push(at + ': matches none of anyOf (' + any.map(function (e) { return e[0]; }).join(' | ') + ')');
  }
  if (Array.isArray(s.oneOf)) {
    var one = passing(s.oneOf);
    var n = one.filter(function (e) { return e.length === 0; }).length;
    if (n !== 1) errors.push(at + ': matches ' + n + ' of oneOf, exactly one expected' + (n === 0 ? ' (' + one.map(function (e) { return e[0]; }).join(' | ') + ')' : ''));
  }
  if (s.not !== undefined) { var ne = []; check(s.not, value, path, ne, depth + 1); if (ne.length === 0) errors.push(at + ': must not match the "not" schema'); }
  if (s.if !== undefined) {
    var ie = []; check(s.if, value, path, ie, depth + 1);
    if (ie.length === 0 && s.then !== undefined) check(s.then, value, path, errors, depth + 1);
    if (ie.length > 0 && s.else !== undefined) check(s.else, value, path, errors, depth + 1);
  }
}

function resolved(schema) {
  var s = schema;
  for (var i = 0; i < 32 && s && typeof s.$ref === 'string' && has(defs, s.$ref); i++) s = defs[s.$ref];
  return s && typeof s === 'object' ? s : {};
}
`;

// src/stages/collection/contract-tests.ts
var BLOCK_START = "// <contract-tests> generated by fastapi-postman-deploy from the OpenAPI file; replaced on every regeneration, edit outside this block";
var BLOCK_END = "// </contract-tests>";
var RUNTIME_LINES = CONTRACT_RUNTIME.trim().split("\n");
function contractTestBlock(contract) {
  return [BLOCK_START, "(function (contractJson) {", ...RUNTIME_LINES, `})(${stringLiteral(contract)});`, BLOCK_END];
}
function stringLiteral(data) {
  const literal = JSON.stringify(JSON.stringify(data)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  if (/[\n\r]/.test(literal) || !isDeepStrictEqual(JSON.parse(JSON.parse(literal)), JSON.parse(JSON.stringify(data)))) {
    throw new Error("contract data does not survive as a string literal");
  }
  return literal;
}
function userLines(exec) {
  const start = exec.indexOf(BLOCK_START);
  if (start < 0) return [...exec];
  const end = exec.indexOf(BLOCK_END, start);
  return end < 0 ? exec.slice(0, start) : [...exec.slice(0, start), ...exec.slice(end + 1)];
}
function contractInScript(exec) {
  const start = exec.indexOf(BLOCK_START);
  const end = exec.indexOf(BLOCK_END, start);
  const line = start >= 0 && end > start ? exec[end - 1] : void 0;
  const literal = line && /^\}\)\((".*")\);$/.exec(line)?.[1];
  if (!literal) return void 0;
  try {
    const data = JSON.parse(JSON.parse(literal));
    return data && data.v === 1 && typeof data.operation === "string" ? data : void 0;
  } catch {
    return void 0;
  }
}

export {
  BLOCK_START,
  BLOCK_END,
  contractTestBlock,
  userLines,
  contractInScript,
  hasVariableSyntax,
  encodeComponent,
  BASE_URL_VARIABLE,
  schemaContext,
  buildRequest,
  rawUrl,
  UPLOAD_SAMPLE,
  bodyFor,
  isJsonMedia,
  credentialVariables,
  variableName
};
