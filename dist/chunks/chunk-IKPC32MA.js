import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  decodePointer,
  encodePointer,
  valueAt
} from "./chunk-XIPBR6KD.js";
import {
  HTTP_METHODS,
  followRefs,
  isObject,
  isRef
} from "./chunk-BL3GV6RR.js";

// src/openapi/place-name.ts
function nameFromPlace(file, path) {
  const last = path.at(-1);
  if (last !== void 0 && !/^\d+$/.test(last)) return last;
  const base = file.split(/[\\/]/).pop() ?? "Schema";
  const stem = base.replace(/\.(ya?ml|json)$/i, "");
  return path.length === 0 ? stem : `${stem}_${path.join("_")}`;
}

// src/openapi/convert/swagger2/source-map.ts
var SourceMap = class {
  constructor(fallback) {
    this.fallback = fallback;
  }
  fallback;
  sources = /* @__PURE__ */ new WeakMap();
  /** Registers `value` as built from `source`; returns it, so building and registering is one expression. */
  place(value, source) {
    this.sources.set(value, source);
    return value;
  }
  /** The 2.0 place of the value at `path` in `document`, located in its file. */
  locate(document, path) {
    let source = this.sources.get(document) ?? this.fallback;
    let rest = [];
    let node = document;
    for (const segment of path) {
      if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, segment)) {
        rest.push(segment);
        node = void 0;
        continue;
      }
      const renamed = rest.length === 0 ? source.renamed?.[segment] : void 0;
      if (renamed) rest.push(...renamed);
      else rest.push(segment);
      node = node[segment];
      const known = node !== null && typeof node === "object" ? this.sources.get(node) : void 0;
      if (known) {
        source = known;
        rest = [];
      }
    }
    return source.file.locate([...source.path, ...rest]);
  }
};

// src/openapi/convert/swagger2/conversion.ts
var Conversion = class {
  constructor(spec) {
    this.spec = spec;
    this.sources = new SourceMap({ file: spec.root, path: [] });
    this.definitions = isObject(spec.document.definitions) ? spec.document.definitions : {};
    for (const name of Object.keys(this.definitions)) this.taken.add(name);
  }
  spec;
  warnings = [];
  sources;
  /** `components/schemas` as it is built: the definitions in their order, then the hoisted schemas. */
  schemas = {};
  taken = /* @__PURE__ */ new Set();
  hoisted = /* @__PURE__ */ new Map();
  definitions;
  get root() {
    return { file: this.spec.root, path: [] };
  }
  warn(rule, message, at2, hint) {
    this.warnings.push({ severity: "warning", rule: `swagger2-${rule}`, message, ...hint ? { hint } : {}, location: at2.file.locate(at2.path) });
  }
  place(value, at2, renamed) {
    return this.sources.place(value, renamed ? { ...at2, renamed } : at2);
  }
  /**
   * Follows a `$ref` chain through the 2.0 files to the value and the place it is written.
   * Undefined when a ref is broken: the loader has reported it already, where it is written.
   */
  follow(node, at2) {
    let value = node;
    let place = at2;
    for (let hops = 0; hops < 32 && isRef(value); hops++) {
      const target = this.spec.target(value);
      if (!target) return void 0;
      value = target.value;
      place = { file: target.file, path: target.path };
    }
    return { value, at: place };
  }
  /**
   * The converted `$ref` for a schema ref of the 2.0 files: definitions of the root move to
   * `components/schemas` under their own name; any other target (a schema in another file, or
   * inside a parameter or response) is hoisted there under the name of its place, once.
   */
  schemaRef(ref, convert) {
    const target = this.spec.target(ref);
    if (!target) {
      const internal = /^#\/definitions\/(.*)$/.exec(ref.$ref);
      return internal ? `#/components/schemas/${internal[1]}` : ref.$ref;
    }
    const { file, path } = target;
    if (file === this.spec.root && path[0] === "definitions" && path.length >= 2 && Object.prototype.hasOwnProperty.call(this.definitions, path[1])) {
      return pointerRef(["components", "schemas", ...path.slice(1)]);
    }
    const key = `${file.id}#${encodePointer(path)}`;
    let name = this.hoisted.get(key);
    if (name === void 0) {
      const wanted = nameFromPlace(file.displayPath, path);
      name = wanted;
      for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
      this.taken.add(name);
      this.hoisted.set(key, name);
      put(this.schemas, name, void 0);
      put(this.schemas, name, convert(target.value, { file, path }));
    }
    return pointerRef(["components", "schemas", name]);
  }
};
function pointerRef(path) {
  return "#" + encodePointer(path).split("/").map(encodeURIComponent).join("/");
}
function put(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function extensionsOf(node, except = []) {
  const out = {};
  for (const [key, value] of Object.entries(node)) if (key.startsWith("x-") && !except.includes(key)) put(out, key, value);
  return out;
}
function brokenRef(cx, ref, place) {
  const moved = ref.replace(
    /^#\/(definitions|parameters|responses)\//,
    (_, section) => `#/components/${section === "definitions" ? "schemas" : section}/`
  );
  return cx.place({ $ref: moved }, place);
}
function at(place, ...segments) {
  return { file: place.file, path: [...place.path, ...segments] };
}

// src/openapi/convert/swagger2/converted-spec.ts
var ConvertedFile = class {
  constructor(source, data, sources) {
    this.data = data;
    this.sources = sources;
    this.id = source.id;
    this.displayPath = source.displayPath;
    this.format = source.format;
    this.text = source.text;
  }
  data;
  sources;
  id;
  displayPath;
  format;
  /** The 2.0 text: the converted document has no text of its own, and positions are the 2.0 file's. */
  text;
  locate(path) {
    return this.sources.locate(this.data, path);
  }
};
var ConvertedSpec = class {
  constructor(root, problems) {
    this.root = root;
    this.problems = problems;
    this.files = /* @__PURE__ */ new Map([[root.id, root]]);
  }
  root;
  problems;
  files;
  family = "3.0";
  version = "3.0.3";
  get document() {
    return this.root.data;
  }
  fileOf() {
    return this.root;
  }
  /** Every ref the converter writes is internal; one it kept as written (broken in 2.0 already) resolves to nothing. */
  target(ref) {
    if (!ref.$ref.startsWith("#")) return void 0;
    const path = decodePointer(ref.$ref);
    if (!path) return void 0;
    const value = valueAt(this.root.data, path);
    return value === void 0 ? void 0 : { file: this.root, path, value };
  }
  resolve(node) {
    return followRefs(node, (ref) => this.target(ref));
  }
};

// src/openapi/convert/swagger2/schemas.ts
var SINGLE = /* @__PURE__ */ new Set(["items", "additionalProperties", "not"]);
var LISTS = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf"]);
var ANNOTATIONS = ["title", "description", "readOnly", "example", "default", "externalDocs"];
function convertSchema(cx, schema, place) {
  if (!isObject(schema)) return schema;
  if (isRef(schema)) return refSchema(cx, schema, place);
  const out = {};
  const renamed = {};
  let file = false;
  for (const [key, value] of Object.entries(schema)) {
    if (key === "x-nullable") {
      if (value === true) {
        out.nullable = true;
        renamed.nullable = [key];
      }
    } else if (key === "type" && value === "file") {
      file = true;
    } else if (key === "discriminator" && typeof value === "string") {
      out.discriminator = cx.place({ propertyName: value }, at(place, key), { propertyName: [] });
    } else if (key === "properties" && isObject(value)) {
      const properties = {};
      for (const [name, property] of Object.entries(value)) put(properties, name, convertSchema(cx, property, at(place, key, name)));
      out.properties = cx.place(properties, at(place, key));
    } else if ((SINGLE.has(key) || LISTS.has(key)) && Array.isArray(value)) {
      out[key] = cx.place(
        value.map((member, index) => convertSchema(cx, member, at(place, key, String(index)))),
        at(place, key)
      );
    } else if (SINGLE.has(key)) {
      out[key] = convertSchema(cx, value, at(place, key));
    } else {
      put(out, key, value);
    }
  }
  if (file) {
    out.type = "string";
    out.format = "binary";
    renamed.format = ["type"];
  }
  return cx.place(out, place, Object.keys(renamed).length > 0 ? renamed : void 0);
}
function refSchema(cx, schema, place) {
  const ref = cx.place({ $ref: cx.schemaRef(schema, (value, where) => convertSchema(cx, value, where)) }, place);
  if (schema["x-nullable"] === true) {
    const wrapper = {};
    for (const key of ANNOTATIONS) if (key in schema) put(wrapper, key, schema[key]);
    wrapper.nullable = true;
    wrapper.allOf = [ref];
    return cx.place(wrapper, place, { nullable: ["x-nullable"], allOf: [] });
  }
  for (const [key, value] of Object.entries(schema)) if (key !== "$ref" && key !== "x-nullable") put(ref, key, value);
  return ref;
}
var SIMPLE_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "format",
  "default",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "enum",
  "multipleOf"
]);
function simpleSchema(cx, node, place) {
  const out = {};
  const renamed = {};
  for (const [key, value] of Object.entries(node)) if (SIMPLE_KEYWORDS.has(key)) put(out, key, value);
  if (node.type === "file") {
    out.type = "string";
    out.format = "binary";
    renamed.format = ["type"];
  }
  const items = node.items;
  if (isRef(items)) {
    out.items = convertSchema(cx, items, at(place, "items"));
  } else if (isObject(items)) {
    if (typeof items.collectionFormat === "string" && items.collectionFormat !== "csv") {
      cx.warn(
        "collection-format",
        `nested arrays serialised as "${items.collectionFormat}" have no OpenAPI 3 equivalent; the inner array is described as csv`,
        at(place, "items", "collectionFormat"),
        "Describe the inner values as a string with a pattern, or flatten the array."
      );
    }
    out.items = simpleSchema(cx, items, at(place, "items"));
  }
  if (node["x-nullable"] === true) {
    out.nullable = true;
    renamed.nullable = ["x-nullable"];
  }
  return cx.place(out, place, Object.keys(renamed).length > 0 ? renamed : void 0);
}

// src/openapi/convert/swagger2/parameters.ts
function readParameterList(cx, list, place) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => {
    const here = at(place, String(index));
    const found = cx.follow(raw, here);
    if (!found) return isRef(raw) ? [{ kind: "broken", ref: raw.$ref, at: here }] : [];
    if (!isObject(found.value)) return [];
    return [{ kind: "parameter", param: found.value, at: found.at }];
  });
}
function parameterKey(param) {
  return `${String(param.in)}:${String(param.name)}`;
}
function convertParameter(cx, p, place) {
  const where = p.in;
  if (typeof p.name !== "string" || where !== "path" && where !== "query" && where !== "header") {
    cx.warn(
      "parameter",
      `parameter ${JSON.stringify(p.name ?? "")} in ${JSON.stringify(where ?? "")} is not a 2.0 path, query, header, body or formData parameter; it is left out`,
      place
    );
    return void 0;
  }
  if (p.type === "file") {
    cx.warn(
      "file-parameter",
      `parameter ${JSON.stringify(p.name)} has type "file", which 2.0 allows only in formData; it is described as a binary string`,
      at(place, "type")
    );
  }
  const out = { name: p.name, in: where };
  const renamed = {};
  if (typeof p.description === "string") out.description = p.description;
  if (where === "path" || p.required === true) out.required = true;
  if (where === "query" && p.allowEmptyValue === true) out.allowEmptyValue = true;
  if (p.deprecated === true) out.deprecated = true;
  const style = collectionStyle(cx, p, place, where === "query" ? "form" : "simple");
  if (style) {
    Object.assign(out, style);
    renamed.style = renamed.explode = ["collectionFormat"];
  }
  out.schema = simpleSchema(cx, p, place);
  if ("x-example" in p) {
    out.example = p["x-example"];
    renamed.example = ["x-example"];
  }
  Object.assign(out, extensionsOf(p, ["x-nullable", "x-example"]));
  return cx.place(out, place, renamed);
}
function collectionStyle(cx, p, place, base) {
  if (p.type !== "array") return void 0;
  const format = typeof p.collectionFormat === "string" ? p.collectionFormat : "csv";
  const fallback = { style: base, explode: false };
  const approximate = (why) => {
    cx.warn(
      "collection-format",
      `parameter ${JSON.stringify(p.name)}: ${why}; it is described as csv`,
      at(place, "collectionFormat"),
      "Use csv, or (in a query) multi, ssv or pipes."
    );
    return fallback;
  };
  if (format === "csv") return fallback;
  if (base === "simple") return approximate(`collectionFormat "${format}" has no OpenAPI 3 style for a ${String(p.in)} parameter`);
  switch (format) {
    case "multi":
      return { style: "form", explode: true };
    case "ssv":
      return { style: "spaceDelimited", explode: false };
    case "pipes":
      return { style: "pipeDelimited", explode: false };
    case "tsv":
      return approximate('collectionFormat "tsv" (tab-separated) has no OpenAPI 3 style');
    default:
      return approximate(`collectionFormat ${JSON.stringify(format)} is not one 2.0 defines`);
  }
}
var FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
function isFormType(type) {
  return FORM_TYPES.includes(type.split(";")[0].trim().toLowerCase());
}
function bodyRequest(cx, p, place, consumes) {
  const others = consumes.filter((t) => !isFormType(t));
  const types = others.length > 0 ? others : consumes.length > 0 ? consumes : ["application/json"];
  const schema = p.schema === void 0 ? cx.place({}, place) : convertSchema(cx, p.schema, at(place, "schema"));
  const examples = isObject(p["x-examples"]) ? p["x-examples"] : {};
  const content = {};
  for (const type of [...types, ...Object.keys(examples).filter((t) => !types.includes(t))]) {
    const media = { schema };
    if (Object.prototype.hasOwnProperty.call(examples, type)) media.example = examples[type];
    put(content, type, cx.place(media, place, { example: ["x-examples", type] }));
  }
  const out = {};
  if (typeof p.description === "string") out.description = p.description;
  out.content = cx.place(content, place);
  if (p.required === true) out.required = true;
  Object.assign(out, extensionsOf(p, ["x-examples"]));
  return cx.place(out, place);
}
function formRequest(cx, fields, consumes) {
  const first = fields[0].at;
  const declared = consumes.filter(isFormType);
  const hasFile = fields.some(({ param }) => param.type === "file" || isObject(param.items) && param.items.type === "file");
  const types = declared.length > 0 ? declared : [hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded"];
  const properties = {};
  const required = [];
  const encoding = {};
  for (const { param, at: place } of fields) {
    if (typeof param.name !== "string") continue;
    const property = simpleSchema(cx, param, place);
    if (typeof param.description === "string") property.description = param.description;
    if ("x-example" in param) property.example = param["x-example"];
    Object.assign(property, extensionsOf(param, ["x-nullable", "x-example"]));
    put(properties, param.name, property);
    if (param.required === true) required.push(param.name);
    const style = collectionStyle(cx, param, place, "form");
    if (style && !(style.style === "form" && style.explode)) put(encoding, param.name, cx.place({ ...style }, at(place, "collectionFormat")));
  }
  const schema = cx.place({ type: "object", properties: cx.place(properties, first), ...required.length > 0 ? { required } : {} }, first);
  const content = {};
  for (const type of types) {
    put(content, type, cx.place({ schema, ...Object.keys(encoding).length > 0 ? { encoding: cx.place(encoding, first) } : {} }, first));
  }
  return cx.place({ content: cx.place(content, first), ...required.length > 0 ? { required: true } : {} }, first);
}

// src/openapi/convert/swagger2/responses.ts
function convertResponses(cx, responses, place, produces) {
  const out = {};
  if (isObject(responses)) {
    for (const [status, raw] of Object.entries(responses)) {
      put(out, status, status.startsWith("x-") ? raw : convertResponse(cx, raw, at(place, status), produces));
    }
  }
  return cx.place(out, place);
}
function convertResponse(cx, raw, place, produces) {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  const { value: response, at: where } = found;
  if (!isObject(response)) return response;
  const out = { description: typeof response.description === "string" ? response.description : "" };
  if (isObject(response.headers)) {
    const headers = {};
    for (const [name, header] of Object.entries(response.headers)) {
      if (isObject(header)) put(headers, name, convertHeader(cx, header, at(where, "headers", name)));
    }
    out.headers = cx.place(headers, at(where, "headers"));
  }
  const content = responseContent(cx, response, where, produces);
  if (content) out.content = content;
  Object.assign(out, extensionsOf(response));
  return cx.place(out, where);
}
function responseContent(cx, response, where, produces) {
  const examples = isObject(response.examples) ? response.examples : {};
  if (response.schema === void 0 && Object.keys(examples).length === 0) return void 0;
  const isFile = isObject(response.schema) && response.schema.type === "file";
  const types = produces.length > 0 ? produces : [isFile ? "application/octet-stream" : "application/json"];
  const schema = response.schema === void 0 ? void 0 : convertSchema(cx, response.schema, at(where, "schema"));
  const content = {};
  const listed = schema === void 0 ? Object.keys(examples) : [...types, ...Object.keys(examples).filter((t) => !types.includes(t))];
  for (const type of listed) {
    const media = schema === void 0 ? {} : { schema };
    if (Object.prototype.hasOwnProperty.call(examples, type)) media.example = examples[type];
    put(content, type, cx.place(media, where, { example: ["examples", type] }));
  }
  return cx.place(content, where);
}
function convertHeader(cx, header, place) {
  const out = {};
  if (typeof header.description === "string") out.description = header.description;
  if (header.type === "array" && typeof header.collectionFormat === "string" && header.collectionFormat !== "csv") {
    cx.warn(
      "collection-format",
      `a response header serialised as "${header.collectionFormat}" has no OpenAPI 3 style (headers are csv); it is described as csv`,
      at(place, "collectionFormat")
    );
  }
  out.schema = simpleSchema(cx, header, place);
  if ("x-example" in header) out.example = header["x-example"];
  Object.assign(out, extensionsOf(header, ["x-nullable", "x-example"]));
  return cx.place(out, place, { example: ["x-example"] });
}

// src/openapi/convert/swagger2/servers.ts
function schemesOf(value) {
  return Array.isArray(value) ? value.filter((s) => typeof s === "string" && s !== "").map((s) => s.toLowerCase()) : [];
}
function hostOf(doc) {
  return typeof doc.host === "string" && doc.host !== "" ? doc.host : void 0;
}
function serversFor(cx, doc, schemes, place) {
  const host = hostOf(doc);
  const basePath = typeof doc.basePath === "string" && doc.basePath !== "/" ? doc.basePath.replace(/\/+$/, "") : "";
  if (host === void 0) {
    if (basePath === "") return void 0;
    return cx.place([cx.place({ url: basePath }, at(cx.root, "basePath"), { url: [] })], at(cx.root, "basePath"));
  }
  const hostPlace = at(cx.root, "host");
  const urls = (schemes.length > 0 ? schemes : ["https"]).map((scheme) => cx.place({ url: `${scheme}://${host}${basePath}` }, hostPlace, { url: [] }));
  return cx.place(urls, schemes.length > 0 ? place : hostPlace);
}

// src/openapi/convert/swagger2/paths.ts
function mediaTypes(value) {
  return Array.isArray(value) ? value.filter((t) => typeof t === "string" && t !== "") : [];
}
function convertPaths(cx, paths, place, inherited) {
  const out = {};
  if (!isObject(paths)) return cx.place(out, place);
  for (const [path, raw] of Object.entries(paths)) {
    if (path.startsWith("x-")) {
      put(out, path, raw);
      continue;
    }
    try {
      put(out, path, convertPathItem(cx, raw, at(place, path), inherited));
    } catch (error) {
      cx.warn(
        "convert-failed",
        `the path ${JSON.stringify(path)} could not be converted to OpenAPI 3 (${error.message}); it is left out`,
        at(place, path)
      );
    }
  }
  return cx.place(out, place);
}
function convertPathItem(cx, raw, place, inherited) {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  if (!isObject(found.value)) return found.value;
  const { value: item, at: where } = found;
  const shared = readParameterList(cx, item.parameters, at(where, "parameters"));
  const out = {};
  const parameters = simpleParameters(cx, shared);
  if (parameters.length > 0) out.parameters = cx.place(parameters, at(where, "parameters"));
  for (const method of HTTP_METHODS) {
    if (item[method] !== void 0) out[method] = convertOperation(cx, item[method], at(where, method), shared, inherited);
  }
  Object.assign(out, extensionsOf(item));
  return cx.place(out, where);
}
function simpleParameters(cx, entries) {
  return entries.flatMap((entry) => {
    if (entry.kind === "broken") return [brokenRef(cx, entry.ref, entry.at)];
    if (entry.param.in === "body" || entry.param.in === "formData") return [];
    const converted2 = convertParameter(cx, entry.param, entry.at);
    return converted2 ? [converted2] : [];
  });
}
var KEPT = ["tags", "summary", "description", "externalDocs", "operationId"];
function convertOperation(cx, raw, place, shared, inherited) {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  if (!isObject(found.value)) return found.value;
  const { value: op, at: where } = found;
  const own = readParameterList(cx, op.parameters, at(where, "parameters"));
  const consumes = "consumes" in op ? mediaTypes(op.consumes) : inherited.consumes;
  const produces = "produces" in op ? mediaTypes(op.produces) : inherited.produces;
  const inBody = /* @__PURE__ */ new Map();
  for (const entry of [...shared, ...own]) {
    if (entry.kind === "parameter" && (entry.param.in === "body" || entry.param.in === "formData")) inBody.set(parameterKey(entry.param), entry);
  }
  const bodies = [...inBody.values()].filter((e) => e.param.in === "body");
  const fields = [...inBody.values()].filter((e) => e.param.in === "formData");
  if (bodies.length > 1) {
    cx.warn(
      "several-bodies",
      `the operation has ${bodies.length} body parameters; only the first, ${JSON.stringify(bodies[0].param.name)}, becomes the request body`,
      bodies[1].at
    );
  }
  if (bodies.length > 0 && fields.length > 0) {
    cx.warn(
      "body-and-form",
      "the operation has a body parameter and formData parameters, which 2.0 does not allow together; the formData parameters are left out",
      fields[0].at
    );
  }
  const body = bodies[0];
  const requestBody = body ? bodyRequest(cx, body.param, body.at, consumes) : fields.length > 0 ? formRequest(cx, fields, consumes) : void 0;
  const out = {};
  for (const key of KEPT) if (key in op) out[key] = op[key];
  const parameters = simpleParameters(cx, own);
  if (parameters.length > 0) out.parameters = cx.place(parameters, at(where, "parameters"));
  if (requestBody) out.requestBody = requestBody;
  out.responses = convertResponses(cx, op.responses, at(where, "responses"), produces);
  if ("deprecated" in op) out.deprecated = op.deprecated;
  if ("security" in op) out.security = op.security;
  const schemes = schemesOf(op.schemes);
  if (hostOf(cx.spec.document) && schemes.length > 0 && schemes.join() !== inherited.schemes.join()) {
    const servers = serversFor(cx, cx.spec.document, schemes, at(where, "schemes"));
    if (servers) out.servers = servers;
  }
  if (body && typeof body.param.name === "string") out["x-codegen-request-body-name"] = body.param.name;
  Object.assign(out, extensionsOf(op));
  return cx.place(out, where);
}

// src/openapi/convert/swagger2/security.ts
var FLOWS = {
  implicit: { name: "implicit", urls: ["authorizationUrl"] },
  password: { name: "password", urls: ["tokenUrl"] },
  application: { name: "clientCredentials", urls: ["tokenUrl"] },
  accessCode: { name: "authorizationCode", urls: ["authorizationUrl", "tokenUrl"] }
};
function convertSecuritySchemes(cx, definitions, place) {
  const out = {};
  for (const [name, raw] of Object.entries(definitions)) {
    const found = cx.follow(raw, at(place, name));
    if (!found) continue;
    const scheme = isObject(found.value) ? convertScheme(cx, name, found.value, found.at) : void 0;
    if (scheme) put(out, name, scheme);
  }
  return cx.place(out, place);
}
function convertScheme(cx, name, s, place) {
  const out = {};
  const renamed = {};
  const skip = (why, where) => {
    cx.warn("security-scheme", `security scheme ${JSON.stringify(name)} ${why}; it is left out, and requirements naming it are not enforced`, at(place, where));
    return void 0;
  };
  if (s.type === "basic") {
    Object.assign(out, { type: "http", scheme: "basic" });
    renamed.scheme = ["type"];
  } else if (s.type === "apiKey") {
    if (s.in !== "header" && s.in !== "query") return skip(`sends its key in ${JSON.stringify(s.in ?? "")}, not in a header or the query`, "in");
    if (typeof s.name !== "string") return skip("names no header or query parameter for its key", "name");
    Object.assign(out, { type: "apiKey", name: s.name, in: s.in });
  } else if (s.type === "oauth2") {
    const flow = typeof s.flow === "string" && Object.prototype.hasOwnProperty.call(FLOWS, s.flow) ? FLOWS[s.flow] : void 0;
    if (!flow) return skip(`has the oauth2 flow ${JSON.stringify(s.flow ?? "")}, not implicit, password, application or accessCode`, "flow");
    const converted2 = {};
    for (const url of flow.urls) if (typeof s[url] === "string") converted2[url] = s[url];
    converted2.scopes = isObject(s.scopes) ? s.scopes : {};
    out.type = "oauth2";
    out.flows = cx.place({ [flow.name]: cx.place(converted2, place) }, place, { [flow.name]: [] });
    renamed.flows = ["flow"];
  } else {
    return skip(`has the type ${JSON.stringify(s.type ?? "")}, not basic, apiKey or oauth2`, "type");
  }
  if (typeof s.description === "string") out.description = s.description;
  Object.assign(out, extensionsOf(s));
  return cx.place(out, place, renamed);
}

// src/openapi/convert/swagger2/convert.ts
function convertSwagger2(spec) {
  const cx = new Conversion(spec);
  const doc = spec.document;
  const root = cx.root;
  const inherited = { consumes: mediaTypes(doc.consumes), produces: mediaTypes(doc.produces), schemes: schemesOf(doc.schemes) };
  const definitions = isObject(doc.definitions) ? doc.definitions : {};
  for (const name of Object.keys(definitions)) put(cx.schemas, name, void 0);
  for (const [name, schema] of Object.entries(definitions)) put(cx.schemas, name, convertSchema(cx, schema, at(root, "definitions", name)));
  const out = { openapi: "3.0.3" };
  for (const key of ["info", "externalDocs"]) if (key in doc) out[key] = doc[key];
  const servers = serversFor(cx, doc, inherited.schemes, at(root, "schemes"));
  if (servers) out.servers = servers;
  if ("tags" in doc) out.tags = doc.tags;
  out.paths = convertPaths(cx, doc.paths, at(root, "paths"), inherited);
  const shared = convertComponents(cx, doc, inherited);
  const components = { ...Object.keys(cx.schemas).length > 0 ? { schemas: cx.place(cx.schemas, at(root, "definitions")) } : {}, ...shared };
  if (Object.keys(components).length > 0) out.components = cx.place(components, root);
  if ("security" in doc) out.security = doc.security;
  Object.assign(out, extensionsOf(doc));
  cx.place(out, root, { openapi: ["swagger"] });
  const file = new ConvertedFile(spec.root, out, cx.sources);
  return { spec: new ConvertedSpec(file, spec.problems), warnings: distinct(cx.warnings) };
}
function convertComponents(cx, doc, inherited) {
  const root = cx.root;
  const components = {};
  if (isObject(doc.parameters)) {
    const parameters = {};
    const requestBodies = {};
    for (const [name, raw] of Object.entries(doc.parameters)) {
      const found = cx.follow(raw, at(root, "parameters", name));
      if (!found || !isObject(found.value) || found.value.in === "formData") continue;
      if (found.value.in === "body") put(requestBodies, name, bodyRequest(cx, found.value, found.at, inherited.consumes));
      else {
        const converted2 = convertParameter(cx, found.value, found.at);
        if (converted2) put(parameters, name, converted2);
      }
    }
    if (Object.keys(parameters).length > 0) components.parameters = cx.place(parameters, at(root, "parameters"));
    if (Object.keys(requestBodies).length > 0) components.requestBodies = cx.place(requestBodies, at(root, "parameters"));
  }
  if (isObject(doc.responses)) {
    const responses = {};
    for (const [name, raw] of Object.entries(doc.responses)) put(responses, name, convertResponse(cx, raw, at(root, "responses", name), inherited.produces));
    components.responses = cx.place(responses, at(root, "responses"));
  }
  if (isObject(doc.securityDefinitions)) {
    components.securitySchemes = convertSecuritySchemes(cx, doc.securityDefinitions, at(root, "securityDefinitions"));
  }
  return components;
}
function distinct(warnings) {
  const seen = /* @__PURE__ */ new Set();
  return warnings.filter((w) => {
    const key = `${w.rule}\0${w.message}\0${w.location.file}\0${w.location.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/openapi/convert/openapi3.ts
var converted = /* @__PURE__ */ new WeakMap();
function openApi3(spec) {
  if (spec.family !== "2.0") return { spec, warnings: [] };
  let found = converted.get(spec);
  if (!found) converted.set(spec, found = convertSwagger2(spec));
  return found;
}

export {
  nameFromPlace,
  openApi3
};
