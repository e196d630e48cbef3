import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  nameFromPlace,
  openApi3
} from "./chunk-IKPC32MA.js";
import {
  locate
} from "./chunk-SNB4CVCT.js";
import {
  HTTP_METHODS,
  isObject,
  isRef
} from "./chunk-BL3GV6RR.js";

// src/openapi/model/schema-names.ts
var SINGLE = [
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems"
];
var MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
var LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
function nameSchemas(spec, operations, warn) {
  const byObject = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const schemas = [];
  const visited = /* @__PURE__ */ new Set();
  const add = (schema, wanted, kind, origin) => {
    if (byObject.has(schema)) return;
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    taken.add(name.toLowerCase());
    const named = { name, schema, kind, origin };
    byObject.set(schema, named);
    schemas.push(named);
  };
  const components = spec.document.components;
  const componentSchemas = components && typeof components === "object" ? components.schemas : void 0;
  const roots = [];
  if (componentSchemas && typeof componentSchemas === "object") {
    for (const [name, schema] of Object.entries(componentSchemas)) {
      const origin = { file: spec.root, path: ["components", "schemas", name] };
      if (schema && typeof schema === "object" && !("$ref" in schema)) add(schema, name, "component", origin);
      roots.push({ schema, origin });
    }
  }
  for (const op of operations) {
    for (const p of op.parameters) if (p.schema !== void 0) roots.push({ schema: p.schema, origin: p.origin });
    for (const media of op.requestBody?.content ?? []) if (media.schema !== void 0) roots.push({ schema: media.schema, origin: media.origin });
    for (const response of op.responses) {
      for (const media of response.content) if (media.schema !== void 0) roots.push({ schema: media.schema, origin: media.origin });
      for (const header of response.headers) if (header.schema !== void 0) roots.push({ schema: header.schema, origin: header.origin });
    }
  }
  const stack = roots.reverse();
  while (stack.length > 0) {
    const { schema, origin } = stack.pop();
    if (!schema || typeof schema !== "object" || visited.has(schema)) continue;
    visited.add(schema);
    const node = schema;
    const next = [];
    if (typeof node.$ref === "string") {
      const target = spec.target(node);
      if (!target) {
        warn("model-broken-ref", `cannot resolve $ref ${JSON.stringify(node.$ref)}`, origin);
      } else if (target.value && typeof target.value === "object") {
        const targetOrigin = { file: target.file, path: target.path };
        if (!("$ref" in target.value)) add(target.value, nameFromPlace(target.file.displayPath, target.path), "referenced", targetOrigin);
        next.push({ schema: target.value, origin: targetOrigin });
      }
    }
    const child = (value, ...path) => next.push({ schema: value, origin: { file: origin.file, path: [...origin.path, ...path] } });
    for (const key of SINGLE) if (key in node) child(node[key], key);
    for (const key of MAPS) {
      const map = node[key];
      if (map && typeof map === "object") for (const [k, v] of Object.entries(map)) child(v, key, k);
    }
    for (const key of LISTS) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((v, i) => child(v, key, String(i)));
    }
    if (Array.isArray(node.items)) node.items.forEach((v, i) => child(v, "items", String(i)));
    stack.push(...next.reverse());
  }
  return { schemas, nameOf: (schema) => byObject.get(schema)?.name };
}

// src/openapi/model/build.ts
function buildApiModel(source) {
  const { spec, warnings: converting } = openApi3(source);
  const warnings = [...converting];
  const warn = (rule, message, origin) => warnings.push({ severity: "warning", rule, message, location: locate(origin) });
  const doc = spec.document;
  const rootOrigin = (...path) => ({ file: spec.root, path });
  const follow = (node, origin) => {
    let value = node;
    let at = origin;
    for (let hops = 0; hops < 32 && isRef(value); hops++) {
      const target = spec.target(value);
      if (!target) {
        warn("model-broken-ref", `cannot resolve $ref ${JSON.stringify(value.$ref)}`, at);
        return { value: void 0, origin: at };
      }
      value = target.value;
      at = { file: target.file, path: target.path };
    }
    return { value, origin: at };
  };
  const securitySchemes = readSecuritySchemes(doc, spec.root, follow, warn);
  const knownSchemes = new Set(securitySchemes.map((s) => s.name));
  const readSecurity = (value, origin) => {
    if (!Array.isArray(value)) return [];
    return value.filter(isObject).map(
      (alternative) => Object.entries(alternative).flatMap(([scheme, scopes]) => {
        if (!knownSchemes.has(scheme)) {
          warn("model-unknown-security-scheme", `security requirement names an undefined scheme ${JSON.stringify(scheme)}`, origin);
          return [];
        }
        return [{ scheme, scopes: Array.isArray(scopes) ? scopes.map(String) : [] }];
      })
    );
  };
  const rootSecurity = readSecurity(doc.security, rootOrigin("security"));
  const readPathItems = (section) => {
    const found = [];
    const items = isObject(doc[section]) ? doc[section] : {};
    for (const [path, rawItem] of Object.entries(items)) {
      const item = follow(rawItem, rootOrigin(section, path));
      if (!isObject(item.value)) continue;
      const pathItem = item.value;
      const shared = readParameters(pathItem.parameters, { ...item.origin, path: [...item.origin.path, "parameters"] }, follow);
      for (const method of HTTP_METHODS) {
        if (pathItem[method] === void 0) continue;
        const { value: raw, origin } = follow(pathItem[method], { file: item.origin.file, path: [...item.origin.path, method] });
        if (!isObject(raw)) continue;
        const at = (...rest) => ({ file: origin.file, path: [...origin.path, ...rest] });
        const own = readParameters(raw.parameters, at("parameters"), follow);
        const merged = /* @__PURE__ */ new Map();
        for (const p of [...shared, ...own]) merged.set(`${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`, p);
        found.push({
          id: typeof raw.operationId === "string" && raw.operationId !== "" ? raw.operationId : derivedId(method, path),
          idWritten: typeof raw.operationId === "string" && raw.operationId !== "",
          method,
          path,
          tags: Array.isArray(raw.tags) ? raw.tags.filter((t) => typeof t === "string") : [],
          ...text("summary", raw.summary),
          ...text("description", raw.description),
          deprecated: raw.deprecated === true,
          parameters: [...merged.values()],
          ...raw.requestBody === void 0 ? {} : readRequestBody(raw.requestBody, at("requestBody"), follow),
          responses: readResponses(raw.responses, at("responses"), follow),
          security: raw.security === void 0 ? rootSecurity : readSecurity(raw.security, at("security")),
          origin
        });
      }
    }
    return found;
  };
  const operations = readPathItems("paths");
  const webhooks = readPathItems("webhooks");
  makeIdsUnique([...operations, ...webhooks], warn);
  const named = nameSchemas(spec, [...operations, ...webhooks], warn);
  return {
    family: source.family,
    title: isObject(doc.info) && typeof doc.info.title === "string" ? doc.info.title : "API",
    version: isObject(doc.info) && typeof doc.info.version === "string" ? doc.info.version : "0.0.0",
    ...isObject(doc.info) ? text("description", doc.info.description) : {},
    operations,
    webhooks,
    schemas: named.schemas,
    securitySchemes,
    warnings,
    schemaName: named.nameOf,
    // Silent: the walk above has reported broken refs once, where they are written.
    resolveSchema: (schema) => {
      const found = spec.resolve(schema);
      return typeof found === "boolean" || isObject(found) ? found : true;
    }
  };
}
function readParameters(value, origin, follow) {
  if (!Array.isArray(value)) return [];
  const found = [];
  value.forEach((raw, index) => {
    const { value: p, origin: at } = follow(raw, { file: origin.file, path: [...origin.path, String(index)] });
    if (!isObject(p) || typeof p.name !== "string") return;
    const where = p.in;
    if (where !== "path" && where !== "query" && where !== "header" && where !== "cookie") return;
    if (where === "header" && ["accept", "content-type", "authorization"].includes(p.name.toLowerCase())) return;
    const style = typeof p.style === "string" ? p.style : where === "query" || where === "cookie" ? "form" : "simple";
    let schema = isSchema(p.schema) ? p.schema : void 0;
    let contentType;
    if (!schema && isObject(p.content)) {
      const [first] = Object.entries(p.content);
      if (first && isObject(first[1]) && isSchema(first[1].schema)) {
        contentType = first[0];
        schema = first[1].schema;
      }
    }
    const example = "example" in p ? { value: p.example, origin: { file: at.file, path: [...at.path, "example"] } } : void 0;
    found.push({
      name: p.name,
      in: where,
      required: where === "path" || p.required === true,
      ...text("description", p.description),
      deprecated: p.deprecated === true,
      ...schema === void 0 ? {} : { schema },
      ...contentType === void 0 ? {} : { contentType },
      style,
      explode: typeof p.explode === "boolean" ? p.explode : style === "form",
      ...example ? { example } : {},
      extensions: Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith("x-"))),
      origin: at
    });
  });
  return found;
}
function readContent(value, origin) {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([contentType, media]) => {
    if (!isObject(media)) return [];
    const at = { file: origin.file, path: [...origin.path, contentType] };
    const example = readExample(media, at);
    return [
      {
        contentType,
        ...isSchema(media.schema) ? { schema: media.schema } : {},
        ...example ? { example } : {},
        ...isObject(media.encoding) ? { encoding: media.encoding } : {},
        origin: at
      }
    ];
  });
}
function readExample(media, origin) {
  if ("example" in media) return { value: media.example, origin: { file: origin.file, path: [...origin.path, "example"] } };
  if (!isObject(media.examples)) return void 0;
  for (const [name, example] of Object.entries(media.examples)) {
    if (isObject(example) && "value" in example) {
      return { value: example.value, origin: { file: origin.file, path: [...origin.path, "examples", name, "value"] } };
    }
  }
  return void 0;
}
function readRequestBody(value, origin, follow) {
  const { value: body, origin: at } = follow(value, origin);
  if (!isObject(body)) return {};
  return {
    requestBody: {
      required: body.required === true,
      ...text("description", body.description),
      content: readContent(body.content, { file: at.file, path: [...at.path, "content"] }),
      origin: at
    }
  };
}
function readResponses(value, origin, follow) {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([status, raw]) => {
    if (!/^([1-5]([0-9]{2}|XX)|default)$/i.test(status)) return [];
    const { value: response, origin: at } = follow(raw, { file: origin.file, path: [...origin.path, status] });
    if (!isObject(response)) return [];
    const headers = isObject(response.headers) ? Object.entries(response.headers).flatMap(([name, rawHeader]) => {
      const h = follow(rawHeader, { file: at.file, path: [...at.path, "headers", name] });
      if (!isObject(h.value)) return [];
      return [
        {
          name,
          required: h.value.required === true,
          ...text("description", h.value.description),
          ...isSchema(h.value.schema) ? { schema: h.value.schema } : {},
          origin: h.origin
        }
      ];
    }) : [];
    return [
      {
        status: status.toUpperCase() === "DEFAULT" ? "default" : status.toUpperCase(),
        description: typeof response.description === "string" ? response.description : "",
        headers,
        content: readContent(response.content, { file: at.file, path: [...at.path, "content"] }),
        origin: at
      }
    ];
  });
}
function readSecuritySchemes(doc, root, follow, warn) {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const types = /* @__PURE__ */ new Set(["apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"]);
  return Object.entries(schemes).flatMap(([name, raw]) => {
    const { value: s, origin } = follow(raw, { file: root, path: ["components", "securitySchemes", name] });
    if (!isObject(s) || typeof s.type !== "string" || !types.has(s.type)) {
      warn("model-security-scheme", `security scheme ${JSON.stringify(name)} has no known type`, origin);
      return [];
    }
    const where = s.in === "header" || s.in === "query" || s.in === "cookie" ? s.in : void 0;
    return [
      {
        name,
        type: s.type,
        ...text("description", s.description),
        ...where ? { in: where } : {},
        ...typeof s.name === "string" ? { parameterName: s.name } : {},
        ...typeof s.scheme === "string" ? { scheme: s.scheme.toLowerCase() } : {},
        ...text("bearerFormat", s.bearerFormat),
        ...isObject(s.flows) ? { flows: s.flows } : {},
        ...text("openIdConnectUrl", s.openIdConnectUrl),
        origin
      }
    ];
  });
}
function derivedId(method, path) {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean).join("_");
  return words ? `${method}_${words}` : `${method}_root`;
}
function makeIdsUnique(operations, warn) {
  const seen = /* @__PURE__ */ new Set();
  for (const op of operations) {
    if (!seen.has(op.id)) {
      seen.add(op.id);
      continue;
    }
    let n = 2;
    while (seen.has(`${op.id}_${n}`)) n++;
    const id = `${op.id}_${n}`;
    if (op.idWritten) {
      warn("model-duplicate-operation-id", `operationId ${JSON.stringify(op.id)} is used more than once; this one becomes ${JSON.stringify(id)}`, op.origin);
    }
    op.id = id;
    seen.add(id);
  }
}
function text(key, value) {
  return typeof value === "string" && value !== "" ? { [key]: value } : {};
}
function isSchema(value) {
  return typeof value === "boolean" || isObject(value);
}

export {
  buildApiModel
};
