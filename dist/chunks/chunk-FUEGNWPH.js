import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  sampleValue
} from "./chunk-36DI33OX.js";

// src/openapi/sample/request.ts
var PLACEHOLDER_CREDENTIAL = "placeholder";
var SAMPLE_CREDENTIALS = {
  username: PLACEHOLDER_CREDENTIAL,
  password: PLACEHOLDER_CREDENTIAL,
  token: PLACEHOLDER_CREDENTIAL,
  apiKey: PLACEHOLDER_CREDENTIAL
};
function sampleCredentials(api) {
  return Object.fromEntries(
    api.securitySchemes.map((s) => [
      s.name,
      s.type === "http" && s.scheme === "basic" ? `${SAMPLE_CREDENTIALS.username}:${SAMPLE_CREDENTIALS.password}` : s.type === "apiKey" ? SAMPLE_CREDENTIALS.apiKey : SAMPLE_CREDENTIALS.token
    ])
  );
}
function credentialsText(credentials) {
  return Object.entries(credentials).map(([scheme, value]) => `${scheme}=${value}`).join("\n");
}
function sampleRequest(api, op, options) {
  const ctx = { openapi30: api.family === "2.0" || api.family === "3.0", resolve: api.resolveSchema };
  const request = { method: op.method.toUpperCase(), path: op.path, query: [], headers: [], cookies: [] };
  for (const p of op.parameters) {
    if (!p.required) continue;
    const value = sampleValue(p.schema, p.example, ctx, { direction: "request" }).value;
    const values = Array.isArray(value) ? value.map(text) : [text(value)];
    if (p.in === "path") {
      const encoded = values.map((v) => p.extensions["x-multi-segment"] === true ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v));
      request.path = request.path.split(`{${p.name}}`).join(encoded.join(","));
    } else if (p.in === "query") for (const v of values) request.query.push([p.name, v]);
    else if (p.in === "header") request.headers.push([p.name, values.join(",")]);
    else request.cookies.push([p.name, values.join(",")]);
  }
  const media = chooseRequestMedia(op.requestBody?.content ?? []);
  if (media) request.body = sampleBody(api, media, ctx);
  if (options.credentials) addCredentials(api, op, request);
  return request;
}
function chooseRequestMedia(content) {
  return content.find((m) => /^application\/(.+\+)?json/i.test(m.contentType)) ?? content.find((m) => /^application\/x-www-form-urlencoded/i.test(m.contentType)) ?? content.find((m) => /^multipart\/form-data/i.test(m.contentType)) ?? content[0];
}
function sampleBody(api, media, ctx) {
  const value = sampleValue(media.schema, media.example, ctx, { direction: "request" }).value;
  const contentType = media.contentType;
  if (/json/i.test(contentType)) return { kind: "json", contentType, value };
  const entries = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.entries(value) : [];
  const flat = (v) => (Array.isArray(v) ? v : [v]).map(text);
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    return { kind: "form", contentType, fields: entries.flatMap(([k, v]) => flat(v).map((item) => [k, item])) };
  }
  if (/^multipart\//i.test(contentType)) {
    const schema = media.schema === void 0 ? void 0 : api.resolveSchema(media.schema);
    const properties = typeof schema === "object" && schema.properties && typeof schema.properties === "object" ? schema.properties : {};
    const body = { kind: "multipart", contentType, fields: [], files: [] };
    for (const [k, v] of entries) {
      const binary = properties[k] !== void 0 && isBinary(api, properties[k]);
      for (const item of flat(v)) {
        if (binary) body.files.push([k, { filename: "sample.bin", content: item }]);
        else body.fields.push([k, item]);
      }
    }
    return body;
  }
  return { kind: "raw", contentType, text: text(value) };
}
function isBinary(api, schema) {
  const s = api.resolveSchema(schema);
  if (typeof s !== "object") return false;
  if (s.type === "array" && s.items !== void 0) return isBinary(api, s.items);
  return s.format === "binary" || typeof s.contentMediaType === "string" && s.contentEncoding === void 0;
}
function addCredentials(api, op, request) {
  for (const requirement of op.security[0] ?? []) {
    const scheme = api.securitySchemes.find((s) => s.name === requirement.scheme);
    if (!scheme) continue;
    if (scheme.type === "apiKey" && scheme.parameterName) {
      const target = scheme.in === "query" ? request.query : scheme.in === "cookie" ? request.cookies : request.headers;
      target.push([scheme.parameterName, SAMPLE_CREDENTIALS.apiKey]);
    } else if (scheme.type === "http" && scheme.scheme === "basic") {
      const token = Buffer.from(`${SAMPLE_CREDENTIALS.username}:${SAMPLE_CREDENTIALS.password}`).toString("base64");
      request.headers.push(["Authorization", `Basic ${token}`]);
    } else if (scheme.type !== "mutualTLS") {
      request.headers.push([
        "Authorization",
        `${scheme.type === "http" && scheme.scheme && scheme.scheme !== "bearer" ? capitalize(scheme.scheme) : "Bearer"} ${SAMPLE_CREDENTIALS.token}`
      ]);
    }
  }
}
function capitalize(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function text(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export {
  PLACEHOLDER_CREDENTIAL,
  sampleCredentials,
  credentialsText,
  sampleRequest
};
