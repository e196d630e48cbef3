import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  sampleSchema,
  sampleValue
} from "./chunk-36DI33OX.js";
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
      if (!isToken(p.name)) {
        warn(`cookie parameter ${JSON.stringify(p.name)} is not a valid cookie name; it is left out`, p.origin);
        continue;
      }
      cookies.push(`${p.name}=${encodeComponent(scalarText(valueOf(p)))}`);
    }
  }
  header.push(...credentials.headers);
  cookies.push(...credentials.cookies);
  if (cookies.length > 0) header.push({ key: "Cookie", value: cookies.join("; ") });
  const accept = acceptOf(op);
  if (accept) header.push({ key: "Accept", value: accept });
  const media = op.requestBody ? preferredMedia(mediaTypesSent(op.requestBody.content, warn)) : void 0;
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
function isMediaTypeName(type) {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*;\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=("[^"{}\\]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*$/.test(type);
}
function mediaTypesSent(content, warn) {
  return content.filter((m) => {
    if (isMediaTypeName(m.contentType)) return true;
    warn(`request media type ${JSON.stringify(m.contentType)} is not a valid media type name; no request is sent with it`, m.origin);
    return false;
  });
}
function preferredMedia(content) {
  return content.find((m) => isJsonMedia(m.contentType.toLowerCase())) ?? content.find((m) => m.contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) ?? content[0];
}
function acceptOf(op) {
  const types = /* @__PURE__ */ new Set();
  for (const r of op.responses) if (r.status.startsWith("2")) {
    for (const m of r.content) if (isMediaTypeName(m.contentType)) types.add(m.contentType);
  }
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

export {
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
