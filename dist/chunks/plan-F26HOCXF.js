import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  conforms,
  sampleValue
} from "./chunk-AMHJCR5A.js";
import {
  UserError
} from "./chunk-NWSZODET.js";
import {
  buildApiModel,
  locate
} from "./chunk-4G33H6ES.js";
import {
  isObject
} from "./chunk-KT4RHP5Z.js";
import "./chunk-YUSX2OFO.js";

// src/stages/fastapi/python.ts
function pyString(text2, form = "inline") {
  let out = "";
  for (const ch of text2) {
    const code = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += form === "block" ? "\n" : "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (code >= 32 && code < 127) out += ch;
    else if (code <= 255) out += `\\x${hex(code, 2)}`;
    else if (code <= 65535) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return form === "block" ? `"""${out}"""` : `"${out}"`;
}
function hex(code, width) {
  return code.toString(16).padStart(width, "0");
}
function pyLiteral(value, indent = 0) {
  const compact = literal(value, void 0, 0);
  if (compact.length + indent <= 88) return compact;
  return literal(value, indent, 0);
}
function literal(value, indent, depth) {
  if (value === null || value === void 0) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return pyString(value);
  const multiline = indent !== void 0;
  const pad = multiline ? " ".repeat(indent + 4 * (depth + 1)) : "";
  const close = multiline ? " ".repeat(indent + 4 * depth) : "";
  const join = (items, open, end) => {
    if (items.length === 0) return open + end;
    return multiline ? `${open}
${items.map((i) => `${pad}${i},`).join("\n")}
${close}${end}` : `${open}${items.join(", ")}${end}`;
  };
  if (Array.isArray(value)) return join(value.map((v) => literal(v, indent, depth + 1)), "[", "]");
  if (typeof value === "object") {
    return join(
      Object.entries(value).map(([k, v]) => `${pyString(k)}: ${literal(v, indent, depth + 1)}`),
      "{",
      "}"
    );
  }
  return "None";
}
var KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" ")
);
var RESERVED = /* @__PURE__ */ new Set(
  [
    ..."abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ __builtins__ __name__ __file__ __doc__ __spec__ __loader__ __package__ __path__ self cls".split(
      " "
    )
  ]
);
var RESERVED_ALWAYS = /* @__PURE__ */ new Set(["str", "int", "float", "bool", "list", "dict", "bytes", "date", "datetime", "time", "self", "cls", "__import__"]);
function words(raw) {
  return raw.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").replace(/[^\x00-\x7f]/g, " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function cased(parts, style) {
  if (style === "snake") return parts.join("_");
  if (style === "upper") return parts.join("_").toUpperCase();
  return parts.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
var NameScope = class {
  constructor(reserved = [], fallback = "value", allowBuiltins = false) {
    this.fallback = fallback;
    this.allowBuiltins = allowBuiltins;
    for (const name of reserved) this.taken.add(name);
  }
  fallback;
  allowBuiltins;
  taken = /* @__PURE__ */ new Set();
  claim(raw, style) {
    let base = cased(words(raw), style);
    if (base === "") base = cased(words(this.fallback), style);
    if (/^[0-9]/.test(base)) base = `${style === "pascal" ? "N" : "n"}${style === "snake" ? "_" : ""}${base}`;
    if (KEYWORDS.has(base) || RESERVED_ALWAYS.has(base) || !this.allowBuiltins && RESERVED.has(base) || this.reservedPrefix(base)) {
      base = `${base}_`;
    }
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${style === "pascal" ? "" : "_"}${n}`;
    this.taken.add(name);
    return name;
  }
  /** Marks a name as used without deriving it (imports, fixed parameters). */
  reserve(name) {
    this.taken.add(name);
  }
  has(name) {
    return this.taken.has(name);
  }
  reservedPrefix(name) {
    return name.startsWith("model_") || name.startsWith("__");
  }
};
function isRoutableParam(name) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

// src/stages/fastapi/imports.ts
var SOURCES = {
  Annotated: "typing",
  Any: "typing",
  Literal: "typing",
  date: "datetime",
  datetime: "datetime",
  time: "datetime",
  UUID: "uuid",
  BaseModel: "pydantic",
  ConfigDict: "pydantic",
  EmailStr: "pydantic",
  Field: "pydantic",
  RootModel: "pydantic",
  WithJsonSchema: "pydantic",
  UploadFile: "fastapi"
};
function expr(code, ...uses) {
  const set = /* @__PURE__ */ new Set();
  for (const u of uses) {
    if (typeof u === "string") set.add(u);
    else for (const name of u) set.add(name);
  }
  return { code, uses: set };
}
var Imports = class {
  /** `firstParty`: the project's own packages, grouped last like relative imports. */
  constructor(firstParty = []) {
    this.firstParty = firstParty;
  }
  firstParty;
  fromModules = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Set();
  add(module, ...names) {
    const set = this.fromModules.get(module) ?? /* @__PURE__ */ new Set();
    for (const n of names) set.add(n);
    this.fromModules.set(module, set);
    return this;
  }
  import(module) {
    this.plain.add(module);
    return this;
  }
  /** Adds the known symbols of `uses`; the others come from `modelsModule` (e.g. `..models`). */
  use(uses, modelsModule) {
    for (const name of uses) {
      const source = SOURCES[name];
      if (source) this.add(source, name);
      else if (modelsModule) this.add(modelsModule, name);
    }
    return this;
  }
  render() {
    const future = this.fromModules.get("__future__");
    const stdlib = ["datetime", "inspect", "json", "os", "sys", "typing", "urllib.request", "uuid", "collections.abc"];
    const groupOf = (module) => module.startsWith(".") || this.firstParty.some((p) => module === p || module.startsWith(`${p}.`)) ? 2 : stdlib.includes(module) ? 0 : 1;
    const plain = [[], [], []];
    const from = [[], [], []];
    for (const module of this.plain) plain[groupOf(module)].push(`import ${module}`);
    for (const [module, names] of this.fromModules) {
      if (module === "__future__") continue;
      const line = `from ${module} import ${[...names].sort(caseSensitive).join(", ")}`;
      from[groupOf(module)].push(wrapImport(line, module, names));
    }
    const blocks = [0, 1, 2].map((g) => [...plain[g].sort(caseSensitive), ...from[g].sort(caseSensitive)]).filter((g) => g.length > 0).map((g) => g.join("\n"));
    if (future) blocks.unshift(`from __future__ import ${[...future].sort().join(", ")}`);
    return blocks.join("\n\n");
  }
};
function caseSensitive(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function wrapImport(line, module, names) {
  if (line.length <= 100) return line;
  return `from ${module} import (
${[...names].sort(caseSensitive).map((n) => `    ${n},`).join("\n")}
)`;
}

// src/stages/fastapi/tag-modules.ts
var GENERATED_HEADER = "# Generated by fastapi-postman-deploy. Do not edit: this file is rewritten on every generation.";
function renderRouter(t, packageName) {
  const imports = new Imports().add("typing", "Any").add("fastapi", "APIRouter").add(".._dispatch", "dispatch").add("..handlers", `${t.module} as handlers`).add("..stubs", `${t.module} as stubs`);
  const routes = t.operations.map((plan) => {
    for (const p of plan.params) {
      imports.use(p.annotation.uses, "..models");
      imports.add("fastapi", ...p.markers);
    }
    if (plan.responseModel) imports.use(plan.responseModel.uses, "..models");
    for (const r of plan.responses) if (r.model) imports.use(r.model.uses, "..models");
    if (plan.security) imports.add("..", "security").add("fastapi", "Depends").add("typing", "Annotated");
    if (plan.stub.contentType === void 0) imports.add("fastapi", "Response");
    return renderRoute(plan);
  });
  const readers = bodyReaders(t.operations, imports, "..");
  const doc = pyString(`Routes of the \`${t.tag}\` operations. Answers come from ${packageName}/handlers/${t.module}.py, or from the stubs.`, "block");
  return `${GENERATED_HEADER}
${doc}

${imports.render()}

router = APIRouter()
${readers}

${routes.join("\n\n\n")}
`;
}
function bodyReaders(plans, imports, parent) {
  const readers = plans.flatMap((plan) => plan.bodyReader ? [plan.bodyReader] : []);
  for (const reader of readers) imports.add(`${parent}_bodies`, ...bodyReaderNames(reader));
  return readers.map((reader) => `

${renderBodyReader(reader)}
`).join("");
}
function routeArguments(plan) {
  const { op } = plan;
  const args = [pyString(plan.routePath), `operation_id=${pyString(op.id)}`];
  if (op.tags.length > 0) args.push(`tags=[${op.tags.map((t) => pyString(t)).join(", ")}]`);
  if (op.summary) args.push(`summary=${pyString(op.summary)}`);
  if (op.description) args.push(`description=${pyString(op.description)}`);
  args.push(`response_model=${plan.responseModel ? plan.responseModel.code : "None"}`);
  if (plan.responseModel) args.push("response_model_exclude_unset=True");
  if (plan.stub.contentType === void 0) args.push("response_class=Response");
  args.push(`status_code=${plan.successStatus}`);
  const responses = plan.responses.map((r) => {
    const key = /^\d{3}$/.test(r.status) ? r.status : pyString(r.status);
    const entries = [`"description": ${pyString(r.description)}`];
    if (r.model && String(plan.successStatus) !== r.status) entries.push(`"model": ${r.model.code}`);
    if (r.otherContent.length > 0) entries.push(`"content": {${r.otherContent.map((ct) => `${pyString(ct)}: {}`).join(", ")}}`);
    return `        ${key}: {${entries.join(", ")}},`;
  });
  if (responses.length > 0) args.push(`responses={
${responses.join("\n")}
    }`);
  if (op.deprecated) args.push("deprecated=True");
  if (plan.openapiExtra) args.push(`openapi_extra=${pyLiteral(plan.openapiExtra, 4)}`);
  if (plan.bodyReader) args.push(`openapi_extra=${plan.bodyReader.constant}.openapi_extra`);
  return args;
}
function renderRoute(plan) {
  const { op } = plan;
  const args = routeArguments(plan);
  const line = (p) => `    ${p.name}: ${p.annotation.code}${p.default ? ` = ${p.default}` : ""},`;
  const params = [
    ...plan.params.filter((p) => p.default === void 0).map(line),
    ...plan.security ? [`    credentials: Annotated[security.Credentials, Depends(security.${plan.security})],`] : [],
    ...plan.params.filter((p) => p.default !== void 0).map(line)
  ];
  const call = [pyString(plan.function), `stubs.${plan.function}`, ...plan.params.map((p) => `${p.name}=${p.name}`), ...plan.security ? ["credentials=credentials"] : []];
  const callLine = `    return await dispatch(handlers, ${call.join(", ")})`;
  const body = callLine.length <= 100 ? callLine : `    return await dispatch(
${["handlers", ...call].map((c) => `        ${c},`).join("\n")}
    )`;
  const signature = params.length === 0 ? `async def ${plan.function}() -> Any:` : `async def ${plan.function}(
${params.join("\n")}
) -> Any:`;
  return `@router.${op.method}(
${args.map((a) => `    ${a},`).join("\n")}
)
${signature}
${body}`;
}
function renderStubs(t) {
  const imports = new Imports().add("typing", "Any").add("fastapi", "Response");
  const constants = new NameScope([], "answer");
  const blocks = t.operations.map((plan) => {
    const { stub } = plan;
    const extra = Object.keys(stub.headers).length > 0 ? `, headers=${pyLiteral(stub.headers, 8)}` : "";
    let constant = "";
    let answer;
    if (stub.contentType === void 0) {
      answer = `Response(status_code=${stub.status}${extra})`;
    } else {
      const name = constants.claim(plan.function, "upper");
      const mediaType = pyString(stub.contentType);
      if (/^application\/(.+\+)?json/i.test(stub.contentType)) {
        imports.add("fastapi.responses", "JSONResponse");
        constant = `${name}: Any = ${pyLiteral(stub.body, 0)}`;
        const media = stub.contentType === "application/json" ? "" : `, media_type=${mediaType}`;
        answer = `JSONResponse(${name}, status_code=${stub.status}${media}${extra})`;
      } else {
        const text2 = typeof stub.body === "string" ? stub.body : JSON.stringify(stub.body);
        const framed = /^text\/event-stream/i.test(stub.contentType) ? `data: ${text2}

` : text2;
        constant = `${name} = ${pyString(framed)}`;
        answer = `Response(${name}, status_code=${stub.status}, media_type=${mediaType}${extra})`;
      }
    }
    const fn = `def ${plan.function}(**_: Any) -> Response:
    return ${answer}`;
    return constant ? `${constant}


${fn}` : fn;
  });
  const doc = pyString(`Contract-honouring answers of the \`${t.tag}\` operations, used until a handler takes over.`, "block");
  return `${GENERATED_HEADER}
${doc}

${imports.render()}


${blocks.join("\n\n\n")}
`;
}
function renderHandlers(t, packageName) {
  const doc = pyString(
    [
      `Handlers of the \`${t.tag}\` operations. This file is yours: it is written once and never overwritten.`,
      "",
      "Define a function named after an operation to answer it; it receives the parameters as",
      "keyword arguments (the templates below show them) and may return a model, a plain value or any",
      `Response. Operations without a function here answer with the stub in ${packageName}/stubs/${t.module}.py.`
    ].join("\n"),
    "block"
  );
  const names = /* @__PURE__ */ new Set();
  const templates = t.operations.map((plan) => {
    for (const p of plan.params) for (const n of p.annotation.uses) names.add(n);
    for (const n of plan.responseModel?.uses ?? ["Any"]) names.add(n);
    if (plan.security) names.add("Any");
    const line = (p) => `#     ${p.name}: ${p.type}${p.default ? ` = ${p.default}` : ""},`;
    const params = [
      ...plan.params.filter((p) => p.default === void 0).map(line),
      ...plan.security ? ["#     credentials: dict[str, Any],"] : [],
      ...plan.params.filter((p) => p.default !== void 0).map(line)
    ];
    const returns = plan.responseModel ? plan.responseModel.code : "Any";
    return [`# async def ${plan.function}(`, ...params, `# ) -> ${returns}:`, "#     ..."].join("\n");
  });
  const shown = templates.join("\n");
  const imports = new Imports().use([...names].filter((n) => new RegExp(`\\b${n}\\b`).test(shown)), "..models");
  const importBlock = imports.render().split("\n").map((line) => line === "" ? "#" : `# ${line}`).join("\n");
  return `${doc}

${importBlock}


${templates.join("\n\n\n")}
`;
}

// src/stages/fastapi/bodies.ts
function renderBodyReader(reader) {
  const entries = reader.media.map((m) => {
    const key = pyString(m.contentType);
    if (m.kind === "raw") return `        ${key}: RawBody(${pyLiteral(m.schema ?? {}, 8)}),`;
    if (m.kind === "json") return `        ${key}: JsonBody(${m.type.code}),`;
    const options = [
      ...m.repeated.length > 0 ? [`repeated=${pyLiteral(m.repeated)}`] : [],
      ...m.jsonParts.length > 0 ? [`json_parts=${pyLiteral(m.jsonParts)}`] : []
    ];
    return `        ${key}: FormBody(${[m.type.code, ...options].join(", ")}),`;
  });
  return `${reader.constant} = ByMediaType(
    {
${entries.join("\n")}
    },
    required=${reader.required ? "True" : "False"},
)`;
}
function bodyReaderNames(reader) {
  const kinds = { json: "JsonBody", form: "FormBody", raw: "RawBody" };
  return ["ByMediaType", ...new Set(reader.media.map((m) => kinds[m.kind]))];
}
function renderBodiesModule() {
  return `${GENERATED_HEADER}
"""Request bodies the contract accepts in more than one media type, read by their Content-Type.

FastAPI reads a body in the one media type its parameters declare; an operation whose contract
lists JSON and a form upload takes its body from a \`ByMediaType\` dependency instead. It validates
the body against the schema of the media type the request names and fails as FastAPI would: 422 for
a missing or invalid body, 415 for a media type the operation does not accept. The files of a form
arrive as bytes, as with \`Annotated[bytes, File()]\`.
"""

import json
from collections.abc import Collection, Mapping
from typing import Any, ClassVar

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError
from pydantic.json_schema import GenerateJsonSchema
from starlette.datastructures import UploadFile


def _bare(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()


def _invalid(errors: list[dict[str, Any]]) -> RequestValidationError:
    return RequestValidationError([{**error, "loc": ("body", *error["loc"])} for error in errors])


class JsonBody:
    """A JSON document."""

    def __init__(self, annotation: Any) -> None:
        self.adapter: TypeAdapter[Any] = TypeAdapter(annotation)

    async def read(self, request: Request) -> Any:
        raw = await request.body()
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError as error:
            position = error.pos if isinstance(error, json.JSONDecodeError) else 0
            detail = {"type": "json_invalid", "loc": (position,), "msg": "JSON decode error", "input": {}, "ctx": {"error": str(error)}}
            raise _invalid([detail]) from None


class FormBody:
    """A url-encoded or multipart form, validated as the object its fields make."""

    def __init__(self, annotation: Any, *, repeated: Collection[str] = (), json_parts: Collection[str] = ()) -> None:
        self.adapter: TypeAdapter[Any] = TypeAdapter(annotation)
        self.repeated = frozenset(repeated)
        self.json_parts = frozenset(json_parts)

    async def read(self, request: Request) -> Any:
        form = await request.form()
        try:
            fields: dict[str, Any] = {}
            for name in dict.fromkeys(form.keys()):
                values = [await self._value(name, value) for value in form.getlist(name)]
                # A field sent more than once keeps its last value, as FastAPI's Form() does.
                fields[name] = values if name in self.repeated else values[-1]
        finally:
            await form.close()
        return fields if fields else None

    async def _value(self, name: str, value: str | UploadFile) -> Any:
        data: str | bytes = await value.read() if isinstance(value, UploadFile) else value
        if name not in self.json_parts:
            return data
        try:
            return json.loads(data)
        except ValueError:
            # Left as sent: the schema decides, and names the field when it refuses it.
            return data


class RawBody:
    """Any bytes, documented with the schema the contract writes."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.adapter: TypeAdapter[Any] = TypeAdapter(bytes)
        self.schema = schema

    async def read(self, request: Request) -> Any:
        raw = await request.body()
        return raw if raw else None


class ByMediaType:
    """A FastAPI dependency: the request body, read and validated by the media type it is sent as.

    FastAPI documents no body for it: the route's \`openapi_extra\` leaves a mark where the body goes,
    and the served document (document.py) puts \`documented()\` there.
    """

    MARK: ClassVar[str] = "x-body-by-media-type"
    readers: ClassVar[list["ByMediaType"]] = []

    def __init__(self, media: Mapping[str, JsonBody | FormBody | RawBody], *, required: bool) -> None:
        self.media = dict(media)
        self.required = required
        self.openapi_extra = {"requestBody": {"content": {}, self.MARK: len(self.readers)}}
        self.readers.append(self)
        self._by_type = {_bare(name): part for name, part in self.media.items()}
        # A request without a Content-Type is read as JSON when the operation takes JSON, as FastAPI does.
        self._default = next((part for part in self.media.values() if isinstance(part, JsonBody)), next(iter(self.media.values())))

    async def __call__(self, request: Request) -> Any:
        content_type = request.headers.get("content-type")
        part = self._part(content_type)
        if part is None:
            raise HTTPException(415, f"Unsupported media type {_bare(content_type or '')!r}: send one of {', '.join(self.media)}")
        value = await part.read(request)
        if value is None:
            if self.required:
                raise _invalid([{"type": "missing", "loc": (), "msg": "Field required", "input": None}])
            return None
        try:
            return part.adapter.validate_python(value)
        except ValidationError as error:
            raise _invalid(error.errors(include_url=False)) from None

    def _part(self, content_type: str | None) -> JsonBody | FormBody | RawBody | None:
        if content_type is None:
            return self._default
        media = _bare(content_type)
        # The exact type; a structured suffix (application/merge-patch+json) as JSON; then the ranges (image/*).
        for candidate in (media, "application/json" if media.endswith("+json") else "", media.split("/")[0] + "/*", "*/*"):
            if candidate in self._by_type:
                return self._by_type[candidate]
        return None

    def documented(self, ref_template: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The operation's requestBody for the served document, and the schemas it references."""
        typed = [(media, "validation", part.adapter.core_schema) for media, part in self.media.items() if not isinstance(part, RawBody)]
        schemas, definitions = GenerateJsonSchema(ref_template=ref_template).generate_definitions(typed)  # type: ignore[arg-type]
        content = {
            media: {"schema": part.schema if isinstance(part, RawBody) else schemas[(media, "validation")]}
            for media, part in self.media.items()
        }
        return {"content": content, "required": self.required}, definitions
`;
}

// src/openapi/sample/request.ts
var SAMPLE_CREDENTIALS = { username: "user", password: "secret", token: "test-token", apiKey: "test-key" };
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
      request.headers.push(["Authorization", `${scheme.type === "http" && scheme.scheme && scheme.scheme !== "bearer" ? capitalize(scheme.scheme) : "Bearer"} ${SAMPLE_CREDENTIALS.token}`]);
    }
  }
}
function capitalize(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}
function text(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

// src/stages/fastapi/contract-tests.ts
function renderContractTests(api, tags, packageName) {
  const imports = new Imports([packageName]).add("typing", "Any").import("pytest").add("fastapi.testclient", "TestClient").add("pydantic", "TypeAdapter").add(`${packageName}.main`, "app");
  const cases = [];
  for (const t of tags) {
    for (const plan of t.operations) {
      const declared = plan.responses.map((r) => {
        if (r.model) imports.use(r.model.uses, `${packageName}.models`);
        const types = r.contentTypes.map((c) => pyString(c));
        return `            ${pyString(r.status)}: ((${types.join(", ")}${types.length === 1 ? "," : ""}), ${r.model ? r.model.code : "None"}),`;
      });
      const request = pyLiteral(requestArguments(sampleRequest(api, plan.op, { credentials: true })), 8);
      cases.push(
        [
          "    pytest.param(",
          `        ${request},`,
          declared.length > 0 ? `        {
${declared.join("\n")}
        },` : "        {},",
          `        id=${pyString(plan.op.id)},`,
          "    ),"
        ].join("\n")
      );
    }
  }
  return `${GENERATED_HEADER}
${pyString("Every operation called through the app with a request sampled from the contract: the answer must carry a declared status and media type, and a body the response model accepts.", "block")}

${imports.render()}

Declared = dict[str, tuple[tuple[str, ...], Any]]

CASES = [
${cases.join("\n")}
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(app)


def _declared(declared: Declared, status: int) -> tuple[tuple[str, ...], Any] | None:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in declared:
            return declared[key]
    return None


@pytest.mark.parametrize(("request_", "declared"), CASES)
def test_operation_answers_within_contract(client: TestClient, request_: dict[str, Any], declared: Declared) -> None:
    if "files" in request_:
        # httpx reads a file as a (filename, content) tuple; the literal above holds lists.
        request_ = {**request_, "files": [(name, tuple(file)) for name, file in request_["files"]]}
    response = client.request(**request_)
    answer = _declared(declared, response.status_code)
    assert answer is not None, f"status {response.status_code} is not declared: {response.text[:500]}"
    if any(key.startswith("2") or key == "default" for key in declared):
        assert response.is_success or response.is_redirect, f"no success: {response.status_code} {response.text[:500]}"
    media_types, model = answer
    if not media_types or not response.content:
        return
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type in media_types, f"media type {media_type} is not declared"
    if model is not None and media_type.endswith("json"):
        TypeAdapter(model).validate_json(response.content)
`;
}
function requestArguments(r) {
  const args = { method: r.method, url: r.path };
  if (r.query.length > 0) args.params = r.query;
  const headers = Object.fromEntries(r.headers);
  if (r.cookies.length > 0) headers.cookie = r.cookies.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ");
  const body = r.body;
  if (body && body.kind !== "multipart") headers["content-type"] = body.contentType;
  if (Object.keys(headers).length > 0) args.headers = headers;
  if (body?.kind === "json") args.content = JSON.stringify(body.value);
  else if (body?.kind === "form") args.content = new URLSearchParams(body.fields).toString();
  else if (body?.kind === "raw") args.content = body.text;
  else if (body?.kind === "multipart" && body.files.length === 0) {
    args.files = body.fields.map(([name, value]) => [name, [null, value]]);
  } else if (body?.kind === "multipart") {
    args.data = Object.fromEntries(groupFields(body.fields));
    args.files = body.files.map(([name, file]) => [name, [file.filename, file.content]]);
  }
  return args;
}
function groupFields(fields) {
  const grouped = /* @__PURE__ */ new Map();
  for (const [k, v] of fields) grouped.set(k, [...grouped.get(k) ?? [], v]);
  return [...grouped].map(([k, v]) => [k, v.length === 1 ? v[0] : v]);
}

// src/stages/fastapi/schema-helpers.ts
var ONE_WAY_HELPER = `def _one_way(fields: dict[str, tuple[str, bool]], typed: bool = True) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        for name, (marker, required) in fields.items():
            schema["properties"][name][marker] = True
            if required:
                schema.setdefault("required", []).append(name)
        if not typed:
            schema.pop("type", None)

    return extra`;
var REQUIRED_SETS_HELPER = `def _required_sets(key: str, sets: tuple[tuple[str, ...], ...], typed: bool = True) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        schema[key] = [{"required": list(names)} for names in sets]
        if not typed:
            schema.pop("type", None)

    return extra


def _require_sets(data: Any, key: str, sets: tuple[tuple[str, ...], ...]) -> Any:
    if isinstance(data, dict):
        given = sum(all(name in data for name in names) for names in sets)
        if given == 0 or (key == "oneOf" and given > 1):
            wanted = " | ".join(", ".join(names) for names in sets)
            raise ValueError(f"expected {'exactly' if key == 'oneOf' else 'at least'} one of these sets of properties: {wanted}")
    return data`;
var UNION_HELPER = `_ANNOTATIONS = ("title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly")


def _union(key: str, null_in: tuple[int, ...] = (), nullable: bool = False, typed: str | None = None) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        options = schema.pop("anyOf", None)
        if options is None:
            options = [{k: schema.pop(k) for k in list(schema) if k not in _ANNOTATIONS}]
        if null_in:
            # The options that take null, by position among the others.
            rest = [option for option in options if option != _NULL]
            options = [{"anyOf": [option, _NULL]} if i in null_in else option for i, option in enumerate(rest)]
        if nullable:
            options = [option for option in options if option != _NULL]
            schema["nullable"] = True
        schema[key] = options
        if typed is not None:
            schema["type"] = typed

    return extra`;
var ANNOTATED_HELPER = `class _Annotated:
    """Merged into the option's schema after Pydantic's own, so the option's other settings stay."""

    def __init__(self, written: dict[str, Any]) -> None:
        self.written = written

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(core_schema)
        _merge(schema, self.written)
        return schema


def _merge(schema: dict[str, Any], written: dict[str, Any]) -> None:
    for key, value in written.items():
        if key == "items" and isinstance(schema.get("items"), dict):
            _merge(schema["items"], value)
        else:
            schema[key] = value`;
var ENUM_HELPER = `class _OneValueEnum:
    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(core_schema)
        if "const" in schema:
            schema["enum"] = [schema.pop("const")]
        return schema


_enum = _OneValueEnum()`;
var UNTYPED_HELPER = `def _untyped(schema: dict[str, Any]) -> None:
    schema.pop("type", None)
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]`;
var RECURSIVE_REF_HELPER = `def _recursive_ref(*options: int) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        for option in options:
            schema["oneOf"][option] = {"$recursiveRef": "#"}
        schema["discriminator"].pop("mapping", None)

    return extra`;
var UNTYPED_ITEMS_HELPER = `def _untyped_items(schema: dict[str, Any]) -> None:
    array = schema.pop("anyOf")[0]
    array.pop("type", None)
    schema.update(array)`;
var NULLABLE_HELPER = `def _nullable(schema: dict[str, Any]) -> None:
    options = [option for option in schema.pop("anyOf", []) if option != _NULL]
    if len(options) == 1:
        schema.update(options[0])
    else:
        schema["anyOf"] = options
    schema["nullable"] = True`;
var NULLABLE_ALL_OF_HELPER = `def _nullable_all_of(schema: dict[str, Any]) -> None:
    schema["allOf"] = [option for option in schema.pop("anyOf", []) if option != _NULL]
    schema["nullable"] = True`;
var TYPE_HELPERS = {
  _union: UNION_HELPER,
  _Annotated: ANNOTATED_HELPER,
  _enum: ENUM_HELPER,
  _untyped: UNTYPED_HELPER,
  _untyped_items: UNTYPED_ITEMS_HELPER,
  _recursive_ref: RECURSIVE_REF_HELPER,
  _nullable: NULLABLE_HELPER,
  _nullable_all_of: NULLABLE_ALL_OF_HELPER
};
var HELPERS = Object.keys(TYPE_HELPERS);
function helperSources(used, classes) {
  const sources = [];
  if (classes.oneWay) sources.push(ONE_WAY_HELPER);
  if (classes.alternatives) sources.push(REQUIRED_SETS_HELPER);
  if (used.has("_union") || used.has("_nullable") || used.has("_nullable_all_of")) sources.push('_NULL = {"type": "null"}');
  for (const [name, source] of Object.entries(TYPE_HELPERS)) if (used.has(name)) sources.push(source);
  return sources;
}

// src/stages/fastapi/models.ts
var FIELD_RESERVED = ["copy", "dict", "json", "schema", "schema_json", "construct", "validate", "parse_obj", "parse_raw", "parse_file", "from_orm", "update_forward_refs", "fields"];
var MODULE_RESERVED = [
  ...["Annotated", "Any", "Literal", "BaseModel", "ConfigDict", "EmailStr", "Field", "RootModel", "TypeAliasType", "UUID", "WithJsonSchema", "date", "datetime", "time", "annotations"],
  // Routers, stubs and tests import model names beside these: a model may not take one.
  ...["APIRouter", "Body", "Cookie", "Depends", "File", "Form", "Header", "Path", "Query", "Request", "Response", "JSONResponse", "UploadFile"],
  ...["HTTPException", "RequestValidationError", "TestClient", "TypeAdapter", "Declared", "Credentials", "Callable", "ModuleType"],
  // The readers of bodies that come in several media types (_bodies.py), imported beside the models.
  ...["ByMediaType", "FormBody", "JsonBody", "RawBody"],
  // FastAPI documents its own 422 body under these component names.
  ...["ValidationError", "HTTPValidationError"]
];
var ModelTypes = class {
  constructor(api, warnings) {
    this.api = api;
    this.warnings = warnings;
    for (const named of api.schemas) {
      if (typeof named.schema !== "object") continue;
      const name = this.scope.claim(named.name, "pascal");
      this.namedNames.set(named.schema, name);
      if (named.kind === "component") {
        this.componentNames.set(name, named.name);
        this.components.add(named.schema);
      }
    }
  }
  api;
  warnings;
  scope = new NameScope(MODULE_RESERVED, "Model");
  namedNames = /* @__PURE__ */ new Map();
  inlineTypes = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  aliases = /* @__PURE__ */ new Map();
  pending = [];
  emitted = /* @__PURE__ */ new Set();
  formats = /* @__PURE__ */ new Map();
  exports = /* @__PURE__ */ new Map();
  /** Python name → the spec's name, for component schemas. */
  componentNames = /* @__PURE__ */ new Map();
  components = /* @__PURE__ */ new Set();
  /** The component schema being defined (see \`drain\`), which a \`$recursiveRef: "#"\` inside it names. */
  enclosing;
  /**
   * For the served document (document.py), once the module is rendered: the components whose Python
   * name is not the spec's, and the classes made for inline schemas.
   */
  documentNames() {
    const named = new Set(this.namedNames.values());
    const renamed = [...this.componentNames].filter(([python, spec]) => python !== spec && (this.classes.has(python) || this.aliases.get(python)?.component === true));
    return {
      renamed: renamed.sort((a, b) => a[0].localeCompare(b[0])),
      allOf: [...this.classes.values()].filter((c) => c.allOf?.every((m) => typeof m !== "string" || this.classes.has(m))).sort((a, b) => a.name.localeCompare(b.name)).map((c) => [c.name, c.allOf]),
      inline: [...this.classes.keys()].filter((name) => !named.has(name)).sort((a, b) => a.localeCompare(b)),
      classes: [...this.classes.values()].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({
        name: c.name,
        title: c.title !== void 0,
        additionalProperties: c.additionalProperties,
        annotations: c.fields.flatMap((f) => f.annotations ? [[f.wire, f.annotations]] : [])
      }))
    };
  }
  get openapi30() {
    return this.api.family === "3.0" || this.api.family === "2.0";
  }
  /**
   * The type of a parameter, body or response, as the router and the tests write it: a type that
   * needs one of the models module's helpers becomes a named alias there (`hint`), as a person would
   * name an involved body type rather than spell it out in every signature. `inline` types a
   * parameter: a named schema that is not an object is spelled out, because FastAPI tells scalars,
   * lists and bodies apart by the annotation itself.
   */
  typeAt(schema, hint, origin, inline = false) {
    if (inline && schema !== void 0 && typeof schema === "object") {
      const target = this.api.resolveSchema(schema);
      if (isObject(target) && this.namedNames.has(target) && !this.isObjectLike(target)) return this.typeOfBody(target, hint, origin);
    }
    return this.typeOf(schema, hint, origin);
  }
  /** `type`, or a plain alias of it named after `hint` when it uses a helper of the models module. */
  exported(type, hint) {
    if (!HELPERS.some((h) => type.uses.has(h))) return type;
    const known = this.exports.get(type.code);
    if (known) return known;
    const name = this.scope.claim(hint, "pascal");
    this.aliases.set(name, { name, type, component: false });
    const named = expr(name, name);
    this.exports.set(type.code, named);
    return named;
  }
  /** The Python type for `schema`; `hint` names a class made for an inline object. */
  typeOf(schema, hint, origin) {
    if (schema === void 0 || schema === true || schema !== false && !isObject(schema)) return expr("Any", "Any");
    if (schema === false) {
      this.warn("fastapi-false-schema", "a schema that accepts nothing has no Python type; Any is used", origin);
      return expr("Any", "Any");
    }
    const s = schema;
    if (this.recursive(s)) return this.typeOf(this.enclosing, hint, origin);
    if (typeof s.$ref === "string") {
      const target = this.api.resolveSchema(s);
      if (target === s) return expr("Any", "Any");
      const type = this.typeOf(target, hint, origin);
      if (this.nullableKeyword(s) && type.code !== "Any" && !type.code.endsWith(" | None")) {
        return expr(`Annotated[${type.code} | None, Field(json_schema_extra=_nullable)]`, type.uses, "Annotated", "Field", "_nullable");
      }
      return type;
    }
    const named = this.namedNames.get(s);
    if (named) {
      if (!this.emitted.has(named)) {
        this.emitted.add(named);
        this.pending.push({ schema: s, name: named, origin });
      }
      return this.isObjectLike(s) && this.isNullable(s) ? expr(`${named} | None`, named) : expr(named, named);
    }
    return this.typeOfBody(s, hint, origin);
  }
  /** Emits every schema reached so far (and those they reach) as the `models` module. */
  renderModule(header) {
    this.drain();
    const imports = new Imports().add("__future__", "annotations");
    const classes = [...this.classes.values()].sort((a, b) => a.name.localeCompare(b.name));
    if (classes.length > 0) imports.add("pydantic", "BaseModel", "ConfigDict");
    const blocks = [];
    const ordered = this.orderedAliases();
    const used = /* @__PURE__ */ new Set([...classes.flatMap((c) => c.fields.flatMap((f) => [...f.type.uses])), ...ordered.flatMap((a) => [...a.type.uses])]);
    if (classes.some((c) => c.format === void 0 && c.untyped && !c.fields.some((f) => f.oneWay))) used.add("_untyped");
    const oneWay = classes.some((c) => c.format === void 0 && c.fields.some((f) => f.oneWay));
    const alternatives = classes.some((c) => c.alternatives);
    if (oneWay || alternatives || HELPERS.some((h) => used.has(h))) imports.add("typing", "Any");
    if (oneWay || alternatives || used.has("_union") || used.has("_recursive_ref")) imports.add("collections.abc", "Callable");
    if (alternatives) imports.add("pydantic", "model_validator");
    blocks.push(...helperSources(used, { oneWay, alternatives }));
    for (const c of classes) {
      for (const f of c.fields) imports.use(f.type.uses);
      if (c.fields.some((f) => needsField(f))) imports.add("pydantic", "Field");
      blocks.push(renderClass(c));
    }
    const line = (a) => {
      imports.use(a.type.uses);
      if (!a.component) return `${a.name} = ${a.type.code}`;
      imports.add("typing_extensions", "TypeAliasType");
      return `${a.name} = TypeAliasType(${pyString(a.name)}, ${a.type.code})`;
    };
    const formats = new Set(this.formats.values());
    const formatLines = ordered.filter((a) => formats.has(a.name)).map(line);
    const aliasLines = ordered.filter((a) => !formats.has(a.name)).map(line);
    if (formatLines.length > 0) blocks.unshift(formatLines.join("\n"));
    if (aliasLines.length > 0) blocks.push(aliasLines.join("\n"));
    if (classes.length > 0) {
      const names = classes.map((c) => c.name);
      blocks.push(`for _model in (
${names.map((n) => `    ${n},`).join("\n")}
):
    _model.model_rebuild()`);
    }
    return `${header}
${imports.render()}


${blocks.join("\n\n\n")}
`;
  }
  drain() {
    while (this.pending.length > 0) {
      const { schema, name, origin } = this.pending.shift();
      const s = schema;
      this.enclosing = this.components.has(s) ? s : void 0;
      if (this.isObjectLike(s)) this.defineClass(name, s, origin);
      else this.aliases.set(name, { name, type: this.typeOfBody(s, name, origin), component: true });
      this.enclosing = void 0;
    }
  }
  /**
   * \`$recursiveRef: "#"\` (JSON Schema 2019-09, OpenAI's \`CompoundFilter\`) inside a component: the
   * component itself, a recursive reference Pydantic follows like any other (the class is rebuilt
   * once every name exists). Elsewhere it names nothing this generator can tell, and stays \`Any\`.
   */
  recursive(s) {
    return s.$recursiveRef === "#" && this.enclosing !== void 0;
  }
  /** The schema a reference (\`$ref\`, or a recursive one) stands for; any other schema itself. */
  resolve(s) {
    if (isObject(s) && this.recursive(s)) return this.enclosing;
    return this.api.resolveSchema(s);
  }
  typeOfBody(s, hint, origin) {
    const types = Array.isArray(s.type) ? s.type.filter((t) => typeof t === "string") : typeof s.type === "string" ? [s.type] : [];
    const nullable = this.isNullable(s);
    const nonNull = types.filter((t) => t !== "null");
    const choice = this.choiceType(s, nonNull, nullable, hint, origin);
    if (choice) return choice;
    const base = this.nonNull(s, nonNull, hint, origin);
    if (!nullable || base.code === "Any" || base.code.endsWith(" | None")) return base;
    if (s.nullable === true && this.wrapsOneRef(s)) {
      return expr(`Annotated[${base.code} | None, Field(json_schema_extra=_nullable_all_of)]`, base.uses, "Annotated", "Field", "_nullable_all_of");
    }
    if (this.nullableKeyword(s)) return expr(`Annotated[${base.code} | None, Field(json_schema_extra=_nullable)]`, base.uses, "Annotated", "Field", "_nullable");
    return expr(`${base.code} | None`, base.uses);
  }
  nonNull(s, types, hint, origin) {
    if ("const" in s) return this.literalOf([s.const]) ?? expr("Any", "Any");
    if (Array.isArray(s.enum)) {
      const values = s.enum.filter((e) => e !== null);
      const literal2 = this.literalOf(values);
      if (literal2 && typeof s.format === "string" && s.format !== "") {
        return expr(`Annotated[${literal2.code}, Field(json_schema_extra={"format": ${pyString(s.format)}})]`, literal2.uses, "Annotated", "Field");
      }
      if (literal2 && values.length === 1 && !this.openapi30) return expr(`Annotated[${literal2.code}, _enum]`, literal2.uses, "Annotated", "_enum");
      if (literal2 && s.type === void 0) return expr(`Annotated[${literal2.code}, Field(json_schema_extra=_untyped)]`, literal2.uses, "Annotated", "Field", "_untyped");
      if (literal2) return literal2;
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0) return this.allOfType(s, hint, origin);
    if (types.length === 0) {
      if (this.isObjectLike(s)) return this.objectType(s, hint, origin);
      if (s.items === void 0) return expr("Any", "Any");
      const array = this.ofType("array", s, hint, origin);
      const code = `${array.code} | str | int | float | bool | dict[str, Any]`;
      return expr(`Annotated[${code}, Field(json_schema_extra=_untyped_items)]`, array.uses, "Annotated", "Field", "Any", "_untyped_items");
    }
    return this.union(types.map((t) => this.ofType(t, s, hint, origin)));
  }
  /**
   * A `oneOf` / `anyOf` (when nothing before it in `nonNull` decides the type): the union of its
   * options, documented under the spec's keyword, with null where the spec puts it (an option, the
   * whole, or each option), and as a discriminated union where the spec names a discriminator
   * Pydantic can follow. Undefined when the schema is not a union.
   */
  choiceType(s, types, nullable, hint, origin) {
    if ("const" in s || Array.isArray(s.enum) && this.literalOf(s.enum.filter((e) => e !== null)) || Array.isArray(s.allOf) && s.allOf.length > 0) return void 0;
    if (requiredSets(s) && this.isObjectLike(s)) return void 0;
    const key = Array.isArray(s.oneOf) && s.oneOf.length > 0 ? "oneOf" : Array.isArray(s.anyOf) && s.anyOf.length > 0 ? "anyOf" : void 0;
    if (!key) return void 0;
    const choices = s[key];
    const options = [];
    const nullableCodes = /* @__PURE__ */ new Set();
    let nullOption = false;
    const recursiveCodes = /* @__PURE__ */ new Set();
    choices.forEach((c, i) => {
      const r = this.resolve(c);
      if (isObject(r) && isNullOnly(r)) {
        nullOption = true;
        return;
      }
      let t = this.typeOf(c, `${hint}Option${i + 1}`, origin);
      if (isObject(c) && this.recursive(c)) recursiveCodes.add(t.code);
      let optionNullable = false;
      if (t.code.endsWith(" | None")) {
        t = expr(t.code.slice(0, -" | None".length), t.uses);
        optionNullable = true;
      }
      const inPlace = isObject(c) && c.$ref === void 0 && !this.recursive(c);
      const title = inPlace && isObject(r) && typeof r.title === "string" ? r.title : void 0;
      if (title !== void 0 && !this.classes.has(t.code) && t.code !== "Any") t = expr(`Annotated[${t.code}, Field(title=${pyString(title)})]`, t.uses, "Annotated", "Field");
      const written = inPlace && isObject(r) && !this.isObjectLike(r) && t.code !== "Any" ? optionAnnotations(r, nullable || nullOption) : void 0;
      if (written) t = expr(`Annotated[${t.code}, _Annotated(${pyLiteral(written)})]`, t.uses, "Annotated", "_Annotated");
      else if (inPlace && isObject(r) && (r.anyOf !== void 0 || r.oneOf !== void 0) && isBareUnion(t.code)) {
        t = expr(`Annotated[${t.code}, _Annotated(${pyLiteral(annotationsOf(r))})]`, t.uses, "Annotated", "_Annotated");
      }
      if (optionNullable) nullableCodes.add(t.code);
      options.push(t);
    });
    const unique2 = [...new Map(options.map((o) => [o.code, o])).values()];
    if (unique2.some((o) => o.code === "Any")) return expr("Any", "Any");
    if (unique2.length === 0) return expr("None");
    const whole = nullable || nullOption;
    const nullIn = whole ? [] : unique2.flatMap((o, i) => nullableCodes.has(o.code) ? [i] : []);
    const each = nullIn.length > 0;
    const code = `${unique2.map((o) => o.code).join(" | ")}${whole || each ? " | None" : ""}`;
    const uses = unique2.map((o) => o.uses);
    const discriminator = this.discriminator(s, choices);
    const typed = types.length === 1 ? types[0] : void 0;
    const recursiveAt = unique2.flatMap((o, i) => recursiveCodes.has(o.code) ? [i] : []);
    if (discriminator && unique2.length > 1 && !each && !(recursiveAt.length > 0 && typed)) {
      const extra = typed ? `, json_schema_extra={"type": ${pyString(typed)}}` : recursiveAt.length > 0 ? `, json_schema_extra=_recursive_ref(${recursiveAt.join(", ")})` : "";
      const union = `Annotated[${unique2.map((o) => o.code).join(" | ")}, Field(discriminator=${pyString(discriminator)}${extra})]`;
      return expr(whole ? `${union} | None` : union, ...uses, "Annotated", "Field", ...recursiveAt.length > 0 ? ["_recursive_ref"] : []);
    }
    if (key === "anyOf" && !(unique2.length === 1 && !whole) && !each && typed === void 0 && !(whole && !nullOption && this.nullableKeyword(s))) return expr(code, ...uses);
    const keyword = whole && !nullOption && this.nullableKeyword(s);
    const args = [pyString(key), ...each ? [`null_in=(${nullIn.join(", ")}${nullIn.length === 1 ? "," : ""})`] : [], ...keyword ? ["nullable=True"] : [], ...typed ? [`typed=${pyString(typed)}`] : []];
    return expr(`Annotated[${code}, Field(json_schema_extra=_union(${args.join(", ")}))]`, ...uses, "Annotated", "Field", "_union");
  }
  /**
   * The discriminator property of a union, when Pydantic can dispatch on it: every option is an
   * object that requires the property as a string enum of its own, and no value names two options.
   */
  discriminator(s, choices) {
    const property = isObject(s.discriminator) && typeof s.discriminator.propertyName === "string" ? s.discriminator.propertyName : void 0;
    if (property === void 0) return void 0;
    const seen = /* @__PURE__ */ new Set();
    for (const c of choices) {
      const r = this.resolve(c);
      if (!isObject(r) || !this.isObjectLike(r) || this.isNullable(r)) return void 0;
      const flat = Array.isArray(r.allOf) ? this.flatten(r) : r;
      const prop = isObject(flat.properties) ? flat.properties[property] : void 0;
      const required = Array.isArray(flat.required) && flat.required.includes(property);
      if (!isObject(prop) || prop.$ref !== void 0 || !required || prop.readOnly === true || prop.writeOnly === true) return void 0;
      const values = "const" in prop ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : [];
      if (values.length === 0 || this.isNullable(prop) || typeof prop.format === "string" && prop.format !== "") return void 0;
      for (const v of values) {
        if (typeof v !== "string" || seen.has(v)) return void 0;
        seen.add(v);
      }
    }
    return property;
  }
  ofType(type, s, hint, origin) {
    switch (type) {
      case "string": {
        const format = typeof s.format === "string" ? s.format : "";
        const byFormat = { "date-time": "datetime", date: "date", uuid: "UUID", email: "EmailStr", binary: "bytes" };
        const name = byFormat[format] ?? "str";
        const constraints = name === "str" ? stringConstraints(s, (m) => this.warn("fastapi-pattern", m, origin)) : [];
        const foreign = Object.fromEntries(Object.entries(s).filter(([key]) => ["minItems", "maxItems", "uniqueItems"].includes(key)));
        if (name === "str" && format === "" && Object.keys(foreign).length > 0) constraints.push(`json_schema_extra=${pyLiteral(foreign)}`);
        const base = name === "str" ? this.formatted("str", format) : name === "bytes" ? this.binary() : expr(name, name);
        return constrained(base, constraints);
      }
      case "integer":
      case "number": {
        const format = typeof s.format === "string" ? s.format : "";
        return constrained(this.formatted(type === "integer" ? "int" : "float", format), numberConstraints(s, !this.openapi30));
      }
      case "boolean":
        return expr("bool");
      case "array": {
        const item = Array.isArray(s.items) || s.prefixItems !== void 0 ? expr("Any", "Any") : this.typeOf(s.items, `${hint}Item`, origin);
        const constraints = [];
        if (typeof s.minItems === "number" && s.minItems > 0) constraints.push(`min_length=${s.minItems}`);
        if (typeof s.maxItems === "number") constraints.push(`max_length=${s.maxItems}`);
        return constrained(expr(`list[${item.code}]`, item.uses), constraints);
      }
      case "object":
        return this.objectType(s, hint, origin);
      default:
        return expr("Any", "Any");
    }
  }
  objectType(s, hint, origin) {
    if (isObject(s.properties) && Object.keys(s.properties).length > 0) {
      const known = this.inlineTypes.get(s);
      if (known) return known;
      const name = this.scope.claim(hint, "pascal");
      const type = expr(name, name);
      this.inlineTypes.set(s, type);
      this.defineClass(name, s, origin);
      return type;
    }
    const extra = s.additionalProperties;
    const value = extra === void 0 || extra === true || extra === false ? expr("Any", "Any") : this.typeOf(extra, `${hint}Value`, origin);
    const names = keyNames(s.propertyNames);
    const key = names ? constrained(expr("str"), stringConstraints(names, () => void 0)) : expr("str");
    let map = expr(`dict[${key.code}, ${value.code}]`, key.uses, value.uses);
    if (names) map = expr(`Annotated[${map.code}, _Annotated(${pyLiteral({ propertyNames: names })})]`, map.uses, "Annotated", "_Annotated");
    if (typeof s.format !== "string" || s.format === "") return map;
    return expr(`Annotated[${map.code}, Field(json_schema_extra={"format": ${pyString(s.format)}})]`, map.uses, "Annotated", "Field");
  }
  /**
   * `allOf` of one reference and nothing else that constrains (GitHub's way of making a reference
   * nullable or describing it in place): the referenced type itself.
   */
  wrapsOneRef(s) {
    const members = s.allOf;
    return Array.isArray(members) && members.length === 1 && isObject(members[0]) && typeof members[0].$ref === "string" && ownKeywords(s).length === 0;
  }
  /** `allOf` of one schema is that schema; of several objects, one class with every property. */
  allOfType(s, hint, origin) {
    const members = s.allOf;
    if (members.length === 1 && ownKeywords(s).length === 0) return this.typeOf(members[0], hint, origin);
    if (this.isObjectLike(s)) {
      const type = this.objectType(this.flatten(s), hint, origin);
      const layout = this.allOfLayout(s, origin);
      const def = this.classes.get(type.code);
      if (layout && def && def.allOf === void 0) def.allOf = layout;
      return type;
    }
    this.warn("fastapi-allof", "an allOf that does not combine objects has no Pydantic type; Any is used", origin);
    return expr("Any", "Any");
  }
  isNullable(s) {
    const types = [s.type].flat();
    const composed = s.oneOf !== void 0 || s.anyOf !== void 0 || s.allOf !== void 0;
    return types.includes("null") || this.openapi30 && s.nullable === true && (s.type !== void 0 || composed) || this.nullableKeyword(s) || Array.isArray(s.enum) && s.enum.includes(null);
  }
  /**
   * `nullable: true` in a 3.1 document (OpenAI's keeps the 3.0 keyword): accepted as the author
   * means it, and documented with the same keyword rather than as a null option.
   */
  nullableKeyword(s) {
    return !this.openapi30 && s.nullable === true && ![s.type].flat().includes("null");
  }
  isObjectLike(s, depth = 0) {
    if (depth > 16) return false;
    if (Array.isArray(s.allOf)) {
      return s.allOf.every((m) => {
        const r = this.api.resolveSchema(m);
        return isObject(r) && this.isObjectLike(r, depth + 1);
      });
    }
    if ((s.oneOf !== void 0 || s.anyOf !== void 0) && !requiredSets(s) || s.enum !== void 0 || "const" in s) return false;
    const types = [s.type].flat().filter((t) => t !== void 0 && t !== "null");
    return isObject(s.properties) && Object.keys(s.properties).length > 0 && (types.length === 0 || types.length === 1 && types[0] === "object");
  }
  /**
   * The members of an object's `allOf` as the document can list them: references to named classes,
   * and objects written in place that only give properties (the merged class checks them all).
   * Undefined where the schema or a member says more than the merged class documents.
   */
  allOfLayout(s, origin) {
    if (!ownKeywords(s).every((k) => k === "type" || k.startsWith("x-")) || s.nullable === true) return void 0;
    const members = [];
    const referenced = [];
    for (const member of s.allOf) {
      if (!isObject(member)) return void 0;
      if (typeof member.$ref === "string") {
        const name = this.namedNames.get(this.api.resolveSchema(member));
        if (name === void 0 || Object.keys(member).length > 1) return void 0;
        members.push(name);
        referenced.push(member);
        continue;
      }
      const plain = Object.keys(member).every((k) => ["type", "properties", "required", "description", "title"].includes(k) || k.startsWith("x-"));
      if (!plain || member.type !== void 0 && member.type !== "object" || !isObject(member.properties)) return void 0;
      const { properties: own, ...written } = member;
      const oneWay = (name) => {
        const r = typeof name === "string" && name in own ? this.api.resolveSchema(own[name]) : void 0;
        return isObject(r) && (r.readOnly === true || r.writeOnly === true);
      };
      if (Array.isArray(member.required) && member.required.some(oneWay)) return void 0;
      const properties = Object.fromEntries(Object.entries(own).map(([wire, prop]) => [wire, isObject(prop) ? propertyAnnotations(prop) : {}]));
      members.push({ written, properties });
    }
    for (const member of referenced) this.typeOf(member, "Member", origin);
    return members;
  }
  /** The properties and requirements of every allOf member, in member order. */
  flatten(s) {
    const properties = {};
    const required = /* @__PURE__ */ new Set();
    const visit = (node, d) => {
      if (d > 16) return;
      for (const member of node.allOf ?? []) {
        const r = this.api.resolveSchema(member);
        if (isObject(r)) visit(r, d + 1);
      }
      if (isObject(node.properties)) Object.assign(properties, node.properties);
      if (Array.isArray(node.required)) {
        for (const k of node.required) if (typeof k === "string") required.add(k);
      }
    };
    visit(s, 0);
    const flat = { ...s.type !== void 0 ? { type: s.type } : {}, properties, required: [...required] };
    if (typeof s.description === "string") flat.description = s.description;
    if (typeof s.title === "string") flat.title = s.title;
    return flat;
  }
  defineClass(name, s, origin) {
    const flat = Array.isArray(s.allOf) ? this.flatten(s) : s;
    const properties = isObject(flat.properties) ? flat.properties : {};
    const required = new Set(Array.isArray(flat.required) ? flat.required : []);
    const fieldScope = new NameScope(FIELD_RESERVED, "field", true);
    const fields = [];
    const def = {
      name,
      ...typeof s.description === "string" && s.description.trim() !== "" ? { description: s.description.trim() } : {},
      fields,
      forbidExtra: flat.additionalProperties === false,
      ...typeof s.format === "string" && s.format !== "" ? { format: s.format } : {},
      ...typeof s.title === "string" && s.title !== "" ? { title: s.title } : {},
      untyped: s.type === void 0,
      additionalProperties: "additionalProperties" in flat
    };
    const alternatives = requiredSets(s);
    if (alternatives) def.alternatives = alternatives;
    const layout = Array.isArray(s.allOf) ? this.allOfLayout(s, origin) : void 0;
    if (layout) def.allOf = layout;
    this.classes.set(name, def);
    for (const [wire, raw] of Object.entries(properties)) {
      const prop = raw;
      const resolved = this.api.resolveSchema(prop);
      const r = isObject(resolved) ? resolved : {};
      const local = isObject(prop) ? prop : {};
      const readOnly = r.readOnly === true || local.readOnly === true;
      const writeOnly = r.writeOnly === true || local.writeOnly === true;
      const oneSided = readOnly || writeOnly;
      const description = typeof local.description === "string" ? local.description : void 0;
      const defaultValue = "default" in local ? local.default : "default" in r ? r.default : void 0;
      const type = this.typeOf(prop, `${name}${pascal(wire)}`, origin);
      const wrapped = this.wrapsOneRef(local) && /^\w+$/.test(type.code) ? { allOf: "$ref" } : {};
      const annotations = { ...propertyAnnotations(local), ...wrapped };
      fields.push({
        name: fieldScope.claim(wire, "snake"),
        wire,
        type,
        ...type.code === "Any" && (local.nullable === true || r.nullable === true) ? { nullable: true } : {},
        required: required.has(wire) && !oneSided,
        ...oneSided ? { oneWay: { marker: readOnly ? "readOnly" : "writeOnly", required: required.has(wire) } } : {},
        ...defaultValue !== void 0 && !required.has(wire) ? { default: defaultValue } : {},
        ...description ? { description: description.trim() } : {},
        ...Object.keys(annotations).length > 0 ? { annotations } : {}
      });
    }
    if (def.format !== void 0 || fields.some((f) => f.oneWay)) delete def.alternatives;
  }
  /**
   * A base type carrying a format Python has no type for (`int64`, `uri`), as a named alias, so the
   * document FastAPI computes keeps the format the spec wrote.
   */
  formatted(base, format) {
    if (format === "") return expr(base);
    const key = `${base}\0${format}`;
    let name = this.formats.get(key);
    if (!name) {
      name = this.scope.claim(base === "str" ? `${format} string` : format, "pascal");
      this.formats.set(key, name);
      this.aliases.set(name, { name, type: expr(`Annotated[${base}, Field(json_schema_extra={"format": ${pyString(format)}})]`, "Annotated", "Field"), component: false });
    }
    return expr(name, name);
  }
  /**
   * \`format: binary\` in a JSON or form body (OpenAI's skill \`files\`): \`bytes\`, which takes any
   * string, documented as the contract writes it rather than as Pydantic's \`contentMediaType\`,
   * which tools read as another schema. A named alias, like the other formats.
   */
  binary() {
    const key = "bytes\0binary";
    let name = this.formats.get(key);
    if (!name) {
      name = this.scope.claim("binary", "pascal");
      this.formats.set(key, name);
      this.aliases.set(name, { name, type: expr(`Annotated[bytes, WithJsonSchema(${pyLiteral({ type: "string", format: "binary" })})]`, "Annotated", "WithJsonSchema"), component: false });
    }
    return expr(name, name);
  }
  literalOf(values) {
    if (values.length === 0) return void 0;
    if (!values.every((v) => typeof v === "string" || typeof v === "boolean" || typeof v === "number" && Number.isInteger(v))) return void 0;
    return expr(`Literal[${values.map((v) => pyLiteral(v)).join(", ")}]`, "Literal");
  }
  union(parts) {
    const seen = /* @__PURE__ */ new Map();
    for (const p of parts) seen.set(p.code, p);
    const unique2 = [...seen.values()];
    if (unique2.length === 1) return unique2[0];
    if (unique2.some((p) => p.code === "Any")) return expr("Any", "Any");
    return expr(unique2.map((p) => p.code).join(" | "), ...unique2.map((p) => p.uses));
  }
  /** Aliases in dependency order; an alias that needs itself (through other aliases) becomes `Any`. */
  orderedAliases() {
    const out = [];
    const state = /* @__PURE__ */ new Map();
    const visit = (a) => {
      if (state.get(a.name) === "done") return;
      state.set(a.name, "visiting");
      for (const dep of a.type.uses) {
        const target = this.aliases.get(dep);
        if (!target) continue;
        if (state.get(dep) === "visiting") {
          a.type = expr("Any", "Any");
          break;
        }
        visit(target);
      }
      state.set(a.name, "done");
      out.push(a);
    };
    for (const a of [...this.aliases.values()].sort((x, y) => x.name.localeCompare(y.name))) visit(a);
    return out;
  }
  warn(rule, message, origin) {
    this.warnings.push({ severity: "warning", rule, message, location: locate(origin) });
  }
};
function propertyAnnotations(local) {
  return Object.fromEntries(Object.entries(local).filter(([key]) => ["title", "example", "examples"].includes(key) || key.startsWith("x-")));
}
function keyNames(s) {
  if (!isObject(s) || s.type !== void 0 && s.type !== "string") return void 0;
  if (!Object.keys(s).every((k) => ["type", "minLength", "maxLength", "pattern"].includes(k))) return void 0;
  if (s.pattern !== void 0 && !(typeof s.pattern === "string" && portablePattern(s.pattern))) return void 0;
  if (s.minLength !== void 0 && typeof s.minLength !== "number" || s.maxLength !== void 0 && typeof s.maxLength !== "number") return void 0;
  return s;
}
var OPTION_ANNOTATIONS = ["description", "default", "example", "examples", "deprecated", "readOnly", "writeOnly"];
function optionAnnotations(s, unionNullable, depth = 0) {
  if (s.$ref !== void 0 || s.oneOf !== void 0 || s.anyOf !== void 0 || s.allOf !== void 0 || s.properties !== void 0) return void 0;
  const out = {};
  for (const [key, value] of Object.entries(s)) {
    if (OPTION_ANNOTATIONS.includes(key) || key.startsWith("x-") || key === "title" && depth > 0) out[key] = value;
  }
  if (depth === 0 && unionNullable && s.nullable === true) out.nullable = true;
  if (isObject(s.items) && depth < 8) {
    const items = optionAnnotations(s.items, false, depth + 1);
    if (items) out.items = items;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function annotationsOf(s) {
  return Object.fromEntries(Object.entries(s).filter(([key]) => OPTION_ANNOTATIONS.includes(key) || key === "title" || key.startsWith("x-")));
}
function isBareUnion(code) {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth--;
    else if (depth === 0 && code.startsWith(" | ", i)) return true;
  }
  return false;
}
function ownKeywords(s) {
  return Object.keys(s).filter((k) => !["allOf", "description", "title", "example", "examples", "default", "nullable", "readOnly", "writeOnly", "deprecated", "discriminator"].includes(k));
}
function requiredSets(s) {
  if (!isObject(s.properties) || s.oneOf !== void 0 && s.anyOf !== void 0) return void 0;
  const key = Array.isArray(s.oneOf) ? "oneOf" : Array.isArray(s.anyOf) ? "anyOf" : void 0;
  if (!key) return void 0;
  const sets = [];
  for (const option of s[key]) {
    if (!isObject(option) || Object.keys(option).some((k) => k !== "required")) return void 0;
    const names = option.required;
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === "string")) return void 0;
    sets.push(names);
  }
  return sets.length > 0 ? { key, sets } : void 0;
}
function pyTuple(items) {
  return `(${items.join(", ")}${items.length === 1 ? "," : ""})`;
}
function isNullOnly(s) {
  const types = [s.type].flat();
  return types.length === 1 && types[0] === "null" || Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null;
}
function needsField(f) {
  return f.name !== f.wire || f.description !== void 0 || f.nullable === true || !f.required && f.default !== void 0;
}
function renderClass(c) {
  const lines = [`class ${c.name}(BaseModel):`];
  if (c.description) lines.push(`    ${pyString(c.description, "block")}`, "");
  const oneWay = c.fields.filter((f) => f.oneWay);
  let extra = "";
  if (c.format !== void 0) extra = `, json_schema_extra={"format": ${pyString(c.format)}}`;
  else if (oneWay.length > 0) {
    const entries = oneWay.map((f) => `${pyString(f.wire)}: (${pyString(f.oneWay.marker)}, ${f.oneWay.required ? "True" : "False"})`);
    extra = `, json_schema_extra=_one_way({${entries.join(", ")}}${c.untyped ? ", typed=False" : ""})`;
  } else if (c.alternatives) {
    const sets = pyTuple(c.alternatives.sets.map((set) => pyTuple(set.map((name) => pyString(name)))));
    extra = `, json_schema_extra=_required_sets(${pyString(c.alternatives.key)}, ${sets}${c.untyped ? ", typed=False" : ""})`;
  } else if (c.untyped) extra = ", json_schema_extra=_untyped";
  if (c.title !== void 0) extra = `, title=${pyString(c.title)}${extra}`;
  const config = `    model_config = ConfigDict(populate_by_name=True, extra=${c.forbidExtra ? '"forbid"' : '"allow"'}${extra})`;
  const settings = ["populate_by_name=True", `extra=${c.forbidExtra ? '"forbid"' : '"allow"'}`];
  if (c.title !== void 0) settings.push(`title=${pyString(c.title)}`);
  if (extra.includes("json_schema_extra=")) settings.push(extra.slice(extra.indexOf("json_schema_extra=")));
  lines.push(config.length <= 100 ? config : ["    model_config = ConfigDict(", ...settings.map((s) => `        ${s},`), "    )"].join("\n"));
  if (c.fields.length > 0) lines.push("");
  for (const f of c.fields) lines.push(renderField(f));
  if (c.alternatives) {
    const sets = pyTuple(c.alternatives.sets.map((set) => pyTuple(set.map((name) => pyString(name)))));
    lines.push(
      "",
      '    @model_validator(mode="before")',
      "    @classmethod",
      "    def _given_sets(cls, data: Any) -> Any:"
    );
    const call = `        return _require_sets(data, ${pyString(c.alternatives.key)}, ${sets})`;
    if (call.length <= 100) lines.push(call);
    else {
      const each = c.alternatives.sets.map((set) => `                ${pyTuple(set.map((name) => pyString(name)))},`);
      lines.push("        return _require_sets(", "            data,", `            ${pyString(c.alternatives.key)},`, "            (", ...each, "            ),", "        )");
    }
  }
  return lines.join("\n");
}
function renderField(f) {
  const type = f.type.code;
  const args = [];
  if (!f.required) args.push(`default=${f.default === void 0 ? "None" : pyLiteral(f.default)}`);
  if (f.name !== f.wire) args.push(`alias=${pyString(f.wire)}`);
  if (f.description !== void 0) args.push(`description=${pyString(f.description)}`);
  if (f.nullable) args.push('json_schema_extra={"nullable": True}');
  const head = `    ${f.name}: ${type}`;
  if (args.length === 0) return head;
  if (args.length === 1 && args[0] === "default=None") return `${head} = None`;
  const inline = `${head} = Field(${args.join(", ")})`;
  if (inline.length <= 100) return inline;
  return `${head} = Field(
${args.map((a) => `        ${a},`).join("\n")}
    )`;
}
function constrained(base, constraints) {
  if (constraints.length === 0) return base;
  return { ...expr(`Annotated[${base.code}, Field(${constraints.join(", ")})]`, base.uses, "Annotated", "Field"), base, constraints };
}
function stringConstraints(s, warn) {
  const out = [];
  if (typeof s.minLength === "number" && s.minLength > 0) out.push(`min_length=${s.minLength}`);
  if (typeof s.maxLength === "number") out.push(`max_length=${s.maxLength}`);
  if (typeof s.pattern === "string") {
    if (portablePattern(s.pattern)) out.push(`pattern=${pyString(s.pattern)}`);
    else warn(`pattern ${JSON.stringify(s.pattern)} uses syntax Pydantic's regex engine lacks; it is not enforced`);
  }
  return out;
}
function portablePattern(pattern) {
  if (/\(\?[=!<]|\\[1-9kpPcu]|\\x|\[\^?\]|\\\//.test(pattern)) return false;
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
function numberConstraints(s, keepBooleanForm = false) {
  const out = [];
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = s;
  if (typeof minimum === "number") out.push(`${exclusiveMinimum === true ? "gt" : "ge"}=${minimum}`);
  if (typeof maximum === "number") out.push(`${exclusiveMaximum === true ? "lt" : "le"}=${maximum}`);
  if (typeof exclusiveMinimum === "number") out.push(`gt=${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === "number") out.push(`lt=${exclusiveMaximum}`);
  if (typeof multipleOf === "number" && multipleOf > 0) out.push(`multiple_of=${multipleOf}`);
  const written = [];
  if (keepBooleanForm && typeof minimum === "number" && exclusiveMinimum === true) written.push(`"minimum": ${minimum}, "x-exclusiveMinimum": True`);
  if (keepBooleanForm && typeof maximum === "number" && exclusiveMaximum === true) written.push(`"maximum": ${maximum}, "x-exclusiveMaximum": True`);
  if (written.length > 0) out.push(`json_schema_extra={${written.join(", ")}}`);
  return out;
}
function pascal(raw) {
  return new NameScope().claim(raw, "pascal").replace(/_$/, "");
}

// src/stages/fastapi/operations.ts
var ROUTER_GLOBALS = ["handlers", "stubs", "dispatch", "security", "router", "credentials", "ByMediaType", "FormBody", "JsonBody", "RawBody"];
var JSON_TYPE = /^application\/(.+\+)?json(;.*)?$/i;
function planOperation(api, op, functionName, types, dependencyFor, warnings) {
  const warn = (rule, message, origin) => warnings.push({ severity: "warning", rule, message, location: locate(origin) });
  const scope = new NameScope(ROUTER_GLOBALS, "param", true);
  const hint = pascal(op.id);
  const required = [];
  const optional = [];
  const add = (p) => (p.default === void 0 ? required : optional).push(p);
  let routePath = op.path;
  for (const p of op.parameters) {
    if ((p.in === "header" || p.in === "cookie") && !isHeaderName(p.name)) {
      warn("fastapi-header-name", `${p.in} parameter ${JSON.stringify(p.name)} is not a valid HTTP ${p.in} name; it is left out`, p.origin);
      continue;
    }
    const name = scope.claim(p.name, "snake");
    const renamed = p.in === "path" && !isRoutableParam(p.name);
    if (renamed) {
      warn("fastapi-path-param-renamed", `path parameter ${JSON.stringify(p.name)} is routed as {${name}}: Starlette only routes identifier names`, p.origin);
    }
    if (p.in === "path") {
      const routed = `${renamed ? name : p.name}${p.extensions["x-multi-segment"] === true ? ":path" : ""}`;
      routePath = routePath.split(`{${p.name}}`).join(`{${routed}}`);
    }
    const aliased = name !== p.name && !renamed;
    add(parameter(api, p, name, aliased, types, hint, warn));
  }
  const content = op.requestBody?.content ?? [];
  const body = chooseMedia(content);
  const alsoRaw = body && kindOf(body.contentType) === "raw" ? content.filter((m) => m !== body && kindOf(m.contentType) === "raw") : [];
  const openapiExtra = alsoRaw.length > 0 ? { requestBody: { content: Object.fromEntries(alsoRaw.map((m) => [m.contentType, { schema: writtenForm(m.schema, api) ?? {} }])) } } : void 0;
  let bodyReader;
  const severalKinds = content.length > 1 + alsoRaw.length;
  if (op.requestBody && (severalKinds || body && kindOf(body.contentType) === "form" && jsonParts(api, body).length > 0)) {
    bodyReader = {
      constant: `${functionName.toUpperCase()}_BODY`,
      required: op.requestBody.required,
      media: content.map((m) => bodyMedia(api, m, types, hint, warn))
    };
    add(readerParam(bodyReader, scope.claim("body", "snake")));
  } else if (op.requestBody && body) {
    for (const p of bodyParams(api, body, op.requestBody.required, scope, types, hint, warn)) add(p);
  }
  const security = dependencyFor(op);
  const success = chooseSuccess(op.responses);
  const successMedia = success ? chooseMedia(success.content) : void 0;
  const successStatus = success ? statusNumber(success.status) : 200;
  const responseModel = successMedia && JSON_TYPE.test(successMedia.contentType) ? types.exported(types.typeAt(successMedia.schema, `${hint}Response`, successMedia.origin), `${hint}Response`) : void 0;
  const ctx = { openapi30: api.family !== "3.1" && api.family !== "3.2", resolve: api.resolveSchema };
  const stub = stubAnswer(success, successMedia, successStatus, ctx, warn);
  const responses = op.responses.map((r) => {
    const json = r.content.find((m) => JSON_TYPE.test(m.contentType));
    const name = `${hint}${pascal(r.status)}Response`;
    const model = r === success ? responseModel : json?.schema !== void 0 ? types.exported(types.typeAt(json.schema, name, json.origin), name) : void 0;
    const modelled = model !== void 0 && model.code !== "Any";
    return {
      status: r.status,
      description: r.description,
      ...modelled ? { model } : {},
      // A JSON body without a model is documented by its media type alone, like the others.
      otherContent: r.content.filter((m) => !(modelled && m === json)).map((m) => m.contentType),
      contentTypes: r.content.map((m) => m.contentType)
    };
  });
  return {
    op,
    function: functionName,
    routePath,
    params: [...required, ...optional],
    ...security ? { security } : {},
    successStatus,
    ...responseModel && responseModel.code !== "Any" && stub.contentType !== void 0 ? { responseModel } : {},
    responses,
    stub,
    ...openapiExtra ? { openapiExtra } : {},
    ...bodyReader ? { bodyReader } : {}
  };
}
function readerParam(reader, name) {
  const distinct = [...new Map(reader.media.map((m) => [m.type.code, m.type])).values()];
  const type = expr([...distinct.map((t) => t.code), ...reader.required ? [] : ["None"]].join(" | "), ...distinct.map((t) => t.uses));
  return { name, annotation: expr(`Annotated[${type.code}, Depends(${reader.constant})]`, type.uses, "Annotated"), type: type.code, markers: ["Depends"] };
}
function kindOf(contentType) {
  if (JSON_TYPE.test(contentType)) return "json";
  return /^(application\/x-www-form-urlencoded|multipart\/)/i.test(contentType) ? "form" : "raw";
}
function bodyMedia(api, media, types, hint, warn) {
  const kind = kindOf(media.contentType);
  const properties = formProperties(api, media);
  const raw = () => ({ contentType: media.contentType, kind: "raw", type: expr("bytes"), repeated: [], jsonParts: [], schema: writtenForm(media.schema, api) ?? {} });
  if (kind === "raw") return raw();
  if (kind === "json") {
    const name2 = `${hint}Request`;
    return { contentType: media.contentType, kind, type: types.exported(types.typeAt(media.schema, name2, media.origin), name2), repeated: [], jsonParts: [] };
  }
  if (!properties) {
    warn("fastapi-form-schema", "a form body without object properties is received as raw bytes", media.origin);
    return raw();
  }
  const name = `${hint}Form`;
  return {
    contentType: media.contentType,
    kind,
    type: types.exported(types.typeAt(media.schema, name, media.origin), name),
    repeated: Object.entries(properties).filter(([, schema]) => isArray(api.resolveSchema(schema))).map(([wire]) => wire),
    jsonParts: jsonParts(api, media)
  };
}
function isArray(s) {
  return typeof s === "object" && [s.type].flat().includes("array");
}
function jsonParts(api, media) {
  const encoding = isObject(media.encoding) ? media.encoding : {};
  return Object.entries(formProperties(api, media) ?? {}).filter(([wire, schema]) => {
    const declared = encoding[wire];
    if (isObject(declared) && typeof declared.contentType === "string") return JSON_TYPE.test(declared.contentType);
    const field = api.resolveSchema(schema);
    const item = isArray(field) && typeof field === "object" ? api.resolveSchema(field.items ?? true) : field;
    return !isBinary2(field, api) && structured(api, item);
  }).map(([wire]) => wire);
}
function formProperties(api, media) {
  const resolved = media.schema === void 0 ? void 0 : api.resolveSchema(media.schema);
  return typeof resolved === "object" && isObject(resolved.properties) ? resolved.properties : void 0;
}
function parameter(api, p, name, aliased, types, hint, warn) {
  const marker = { path: "Path", query: "Query", header: "Header", cookie: "Cookie" }[p.in];
  let type = scalarType(api, p.schema, types, `${hint}${pascal(p.name)}`, p.origin);
  const isArray2 = type.code.startsWith("list[");
  if (isArray2 && (p.in !== "query" || p.style !== "form" || !p.explode)) {
    warn("fastapi-param-style", `parameter ${JSON.stringify(p.name)} (${p.in}, style ${p.style}) is received as one string: FastAPI reads arrays only from repeated query keys`, p.origin);
    type = expr("str");
  }
  if (type.code === "Any" && p.schema !== void 0) {
    warn("fastapi-param-type", `parameter ${JSON.stringify(p.name)} has a structured schema and is received as a string`, p.origin);
    type = expr("str");
  }
  const args = [];
  if (aliased) args.push(`alias=${pyString(p.name)}`);
  if (type.base && type.constraints) {
    args.push(...type.constraints);
    type = type.base;
  }
  if (p.description) args.push(`description=${pyString(p.description)}`);
  if (p.deprecated) args.push("deprecated=True");
  const resolved = p.schema === void 0 ? void 0 : api.resolveSchema(p.schema);
  const declaredDefault = typeof resolved === "object" && "default" in resolved && isScalar(resolved.default) ? pyLiteral(resolved.default) : void 0;
  type = types.exported(type, `${hint}${pascal(p.name)}`);
  const inner = type.code;
  return {
    name,
    annotation: expr(`Annotated[${inner}, ${marker}(${args.join(", ")})]`, type.uses, "Annotated"),
    type: inner,
    ...p.required ? {} : { default: declaredDefault ?? "None" },
    markers: [marker]
  };
}
function scalarType(api, schema, types, hint, origin) {
  if (schema === void 0) return expr("str");
  if (structured(api, schema)) return expr("Any", "Any");
  return types.typeAt(schema, hint, origin, true);
}
function structured(api, schema, depth = 0) {
  const resolved = api.resolveSchema(schema);
  if (typeof resolved !== "object" || depth > 8) return false;
  const kinds = [resolved.type].flat();
  if (kinds.includes("object") || resolved.properties !== void 0 || resolved.allOf !== void 0) return true;
  const options = [resolved.oneOf, resolved.anyOf].flatMap((o) => Array.isArray(o) ? o : []);
  return options.some((o) => structured(api, o, depth + 1));
}
function bodyParams(api, media, required, scope, types, hint, warn) {
  const ct = media.contentType.toLowerCase();
  const form = ct.startsWith("application/x-www-form-urlencoded");
  const multipart = ct.startsWith("multipart/");
  if (form || multipart) {
    const schema = media.schema === void 0 ? void 0 : api.resolveSchema(media.schema);
    const properties = formProperties(api, media);
    if (!properties || typeof schema !== "object") {
      warn("fastapi-form-schema", "a form body without object properties is received as raw bytes", media.origin);
    } else {
      const requiredFields = new Set(Array.isArray(schema.required) ? schema.required : []);
      const files = new Set(Object.entries(properties).filter(([, prop]) => multipart && isBinary2(api.resolveSchema(prop), api)).map(([wire]) => wire));
      const documented = files.size > 0 ? "multipart/form-data" : "application/x-www-form-urlencoded";
      const mediaArg = ct.split(";")[0].trim() === documented ? [] : [`media_type=${pyString(media.contentType)}`];
      return Object.entries(properties).map(([wire, prop]) => {
        const name2 = scope.claim(wire, "snake");
        const resolved2 = api.resolveSchema(prop);
        const file = files.has(wire) ? fileType(resolved2, api) : void 0;
        let type2 = file ?? scalarType(api, prop, types, `${hint}${pascal(wire)}`, media.origin);
        if (type2.code === "Any") type2 = expr("str");
        const fieldRequired = required && requiredFields.has(wire);
        const marker = file ? "File" : "Form";
        const args2 = [...name2 !== wire ? [`alias=${pyString(wire)}`] : [], ...mediaArg];
        if (type2.base && type2.constraints) {
          args2.push(...type2.constraints);
          type2 = type2.base;
        }
        type2 = types.exported(type2, `${hint}${pascal(wire)}`);
        const inner2 = type2.code;
        const written2 = file ? asWritten(resolved2, api) : void 0;
        return {
          name: name2,
          annotation: written2 ? expr(`Annotated[${inner2}, ${marker}(${args2.join(", ")}), ${written2}]`, type2.uses, "Annotated", "WithJsonSchema") : expr(`Annotated[${inner2}, ${marker}(${args2.join(", ")})]`, type2.uses, "Annotated"),
          type: inner2,
          ...fieldRequired ? {} : { default: "None" },
          markers: [marker]
        };
      });
    }
  }
  const name = scope.claim("body", "snake");
  const json = JSON_TYPE.test(ct);
  const type = json ? types.exported(types.typeAt(media.schema, `${hint}Request`, media.origin), `${hint}Request`) : expr("bytes");
  const args = ct === "application/json" ? [] : [`media_type=${pyString(media.contentType)}`];
  const resolved = media.schema === void 0 ? void 0 : api.resolveSchema(media.schema);
  const untyped = typeof resolved === "object" && resolved.type === void 0 && type.code !== "Any" && !type.code.endsWith(" | None");
  const inner = untyped ? `${type.code} | None` : type.code;
  const written = json ? void 0 : asWritten(media.schema, api);
  return [
    {
      name,
      annotation: written ? expr(`Annotated[${inner}, Body(${args.join(", ")}), ${written}]`, type.uses, "Annotated", "WithJsonSchema") : expr(`Annotated[${inner}, Body(${args.join(", ")})]`, type.uses, "Annotated"),
      type: inner,
      ...required ? {} : { default: "None" },
      markers: ["Body"]
    }
  ];
}
function isBinary2(schema, api) {
  if (typeof schema !== "object") return false;
  if (schema.type === "array") return isBinary2(api.resolveSchema(schema.items ?? true), api);
  return schema.format === "binary" || typeof schema.contentMediaType === "string" && schema.contentEncoding === void 0;
}
function fileType(schema, api) {
  return typeof schema === "object" && schema.type === "array" && isBinary2(api.resolveSchema(schema.items ?? true), api) ? expr("list[UploadFile]", "UploadFile") : expr("UploadFile", "UploadFile");
}
function asWritten(schema, api) {
  const written = writtenForm(schema, api);
  return written ? `WithJsonSchema(${pyLiteral(written)})` : void 0;
}
function writtenForm(schema, api) {
  const form = (s) => {
    if (typeof s !== "object" || s.type !== "string") return void 0;
    const out = { type: "string" };
    for (const key of ["format", "contentMediaType", "contentEncoding"]) if (typeof s[key] === "string") out[key] = s[key];
    return out;
  };
  const resolved = schema === void 0 ? void 0 : api.resolveSchema(schema);
  const items = typeof resolved === "object" && resolved.type === "array" ? form(api.resolveSchema(resolved.items ?? true)) : void 0;
  return items ? { type: "array", items } : form(resolved);
}
function chooseMedia(content) {
  return content.find((m) => JSON_TYPE.test(m.contentType)) ?? content.find((m) => /^application\/x-www-form-urlencoded/i.test(m.contentType)) ?? content.find((m) => /^multipart\/form-data/i.test(m.contentType)) ?? content[0];
}
function chooseSuccess(responses) {
  const byCode = responses.filter((r) => /^\d{3}$/.test(r.status)).sort((a, b) => Number(a.status) - Number(b.status));
  return byCode.find((r) => r.status.startsWith("2")) ?? responses.find((r) => r.status === "2XX") ?? responses.find((r) => r.status === "default") ?? byCode.find((r) => r.status >= "300");
}
function statusNumber(status) {
  return /^\d{3}$/.test(status) ? Number(status) : 200;
}
function stubAnswer(success, media, status, ctx, warn) {
  const headers = {};
  for (const h of success?.headers ?? []) {
    if (!h.required || h.name.toLowerCase() === "content-type") continue;
    const sampled2 = sampleValue(h.schema, void 0, ctx, { direction: "response" });
    headers[h.name] = typeof sampled2.value === "string" ? sampled2.value : JSON.stringify(sampled2.value);
  }
  if (!media || status === 204 || status === 304) return { status, headers };
  const sampled = sampleValue(media.schema, media.example, ctx, { direction: "response" });
  if (!sampled.valid) warn("fastapi-stub-sample", "no value satisfying this response schema was found; the stub answers the closest one", media.origin);
  return { status, contentType: media.contentType, body: sampled.value, headers };
}
function isScalar(value) {
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value);
}
function isHeaderName(name) {
  return /^[\x21-\x39\x3b\x3c\x3e-\x7e]+$/.test(name);
}

// src/stages/fastapi/project-files.ts
var DEPENDENCIES = ["fastapi[standard]>=0.115", "pydantic>=2.7,<3", "uvicorn[standard]>=0.30", "email-validator>=2", "python-multipart>=0.0.9"];
var TEST_DEPENDENCIES = ["pytest>=8", "httpx>=0.27"];
function renderMain(info, tags, declaredValidationErrors, webhooks = false) {
  const imports = new Imports().add("fastapi", "FastAPI").add("._build", "BuildIdHeader");
  imports.add(".document", "serve_document");
  if (declaredValidationErrors) imports.add("fastapi.exceptions", "RequestValidationError").add(".", "validation");
  if (tags.length > 0) imports.add(".routers", ...tags.map((t) => t.module));
  if (webhooks) imports.add(".", "webhooks");
  const args = [`title=${pyString(info.title)}`, `version=${pyString(info.version)}`];
  if (info.description) args.push(`description=${pyString(info.description)}`);
  if (tags.length > 0) args.push("routes=[route for router in ROUTERS for route in router.routes]");
  const routers = tags.length === 0 ? [] : [
    "",
    "",
    "# The routers in the order Starlette tries them: `/users/me` before `/users/{id}`. Their routes are",
    "# served as they are: include_router() would have FastAPI build every route again on the first",
    "# request, which for a large API delays the first answer by seconds.",
    `ROUTERS = (
${tags.map((t) => `    ${t.module}.router,`).join("\n")}
)`
  ];
  const lines = [
    GENERATED_HEADER,
    pyString("The application factory: every router of the API, and a health check for the container.", "block"),
    "",
    imports.render(),
    ...routers,
    "",
    "",
    "def create_app() -> FastAPI:",
    `    app = FastAPI(
${args.map((a) => `        ${a},`).join("\n")}
    )`,
    // Documented under `webhooks`, never routed.
    ...webhooks ? ["    app.webhooks.include_router(webhooks.router)"] : [],
    ...declaredValidationErrors ? ["    app.add_exception_handler(RequestValidationError, validation.validation_error)"] : [],
    "    serve_document(app)",
    "    app.add_middleware(BuildIdHeader)",
    "",
    `    @app.get(${pyString(info.healthPath)}, include_in_schema=False)`,
    "    async def health() -> dict[str, str]:",
    '        return {"status": "ok"}',
    "",
    "    return app",
    "",
    "",
    "app = create_app()"
  ];
  return lines.join("\n") + "\n";
}
function renderDunderMain(info) {
  return `${GENERATED_HEADER}
"""\`python -m ${info.packageName}\`: serves the API with uvicorn on the port in $PORT (8000 by default)."""

import os

import uvicorn


def main() -> None:
    uvicorn.run(
        "${info.packageName}.main:app",
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()
`;
}
function renderHealthcheck(info) {
  return `${GENERATED_HEADER}
"""The container's HEALTHCHECK: exits 0 when the API answers on $PORT, without needing curl in the image."""

import os
import sys
import urllib.request


def main() -> int:
    url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}${info.healthPath}"
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return 0 if response.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
`;
}
function renderBuildInfo() {
  return `${GENERATED_HEADER}
"""Names the running build in an X-Build-Id header on every response (from $BUILD_ID)."""

import os
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Only characters that are safe in a header value, whatever the environment holds.
BUILD_ID = re.sub(r"[^A-Za-z0-9._:+-]", "", os.environ.get("BUILD_ID", ""))[:128]


class BuildIdHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not BUILD_ID:
            await self.app(scope, receive, send)
            return

        async def send_with_build_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-build-id", BUILD_ID.encode("ascii"))]
            await send(message)

        await self.app(scope, receive, send_with_build_id)
`;
}
function renderDispatch() {
  return `${GENERATED_HEADER}
"""Calls the team's handler for an operation when it exists, and the generated stub otherwise."""

import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

from starlette.concurrency import run_in_threadpool


async def dispatch(handlers: ModuleType, name: str, stub: Callable[..., Any], /, **arguments: Any) -> Any:
    handler = getattr(handlers, name, None)
    if handler is None:
        return stub(**arguments)
    if inspect.iscoroutinefunction(handler):
        return await handler(**arguments)
    # A plain function may block: keep it off the event loop.
    return await run_in_threadpool(handler, **arguments)
`;
}
function renderPackageInit(text2, generated) {
  return `${generated ? `${GENERATED_HEADER}
` : ""}${pyString(text2, "block")}
`;
}
function renderPyproject(info) {
  const list = (items) => `[
${items.map((d) => `    "${d}",`).join("\n")}
]`;
  return `[project]
name = "${info.projectName}"
version = "0.1.0"
description = "FastAPI service generated from its OpenAPI contract by fastapi-postman-deploy."
requires-python = ">=3.10"
dependencies = ${list(DEPENDENCIES)}

[project.optional-dependencies]
test = ${list(TEST_DEPENDENCIES)}

[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[tool.setuptools.packages.find]
include = ["${info.packageName}*"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
`;
}
function renderDockerfile(info) {
  return `# syntax=docker/dockerfile:1
ARG PYTHON_IMAGE=${info.pythonImage}
FROM \${PYTHON_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PORT=8000

WORKDIR /srv

# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\\\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \\
    && pip install -r requirements.txt \\
    && rm requirements.txt

COPY ${info.packageName}/ ./${info.packageName}/

RUN useradd --system --uid 10001 --no-create-home app
USER app

# Last, so that a new build id leaves every layer above in the cache. The app sends it in the
# X-Build-Id header, which tells a deploy pipeline that this build is the one answering.
ARG BUILD_ID=""
ENV BUILD_ID=\${BUILD_ID}

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD ["python", "-m", "${info.packageName}.healthcheck"]
CMD ["python", "-m", "${info.packageName}"]
`;
}
function renderGitignore() {
  return [".venv/", "__pycache__/", "*.pyc", ".pytest_cache/", ""].join("\n");
}
function renderDockerignore() {
  return [".git", ".venv", "venv", "__pycache__", "*.pyc", ".pytest_cache", "tests", "Dockerfile", ".dockerignore", ""].join("\n");
}
function renderReadme(info, tags) {
  const rows = tags.map((t) => `| \`${info.packageName}/handlers/${t.module}.py\` | ${t.operations.length} |`);
  return `# ${info.projectName}

A FastAPI service generated from its OpenAPI contract by fastapi-postman-deploy. Every operation
answers at once with a response that honours the contract; replace the answers with your own code
one operation at a time.

## Where your code goes

| handler module | operations |
|---|---|
${rows.join("\n")}

Define a function named after an operation in its handler module (each module lists them, commented
out, with their parameters). Those modules are written once and never overwritten; everything else
under \`${info.packageName}/\` is regenerated from the contract, so do not edit it.

## Run it

\`\`\`sh
python -m venv .venv && . .venv/bin/activate
pip install -e '.[test]'
python -m ${info.packageName}          # serves on $PORT (8000)
pytest                     # the generated contract tests
\`\`\`

The OpenAPI document FastAPI computes is served at \`/openapi.json\`, the docs at \`/docs\`.

## Container

\`\`\`sh
docker build -t ${info.projectName} .
docker run -p 8000:8000 ${info.projectName}
\`\`\`

The base image is the build argument \`PYTHON_IMAGE\` (default \`${info.pythonImage}\`); the port is \`PORT\`.
`;
}

// src/stages/fastapi/document.ts
function renderDocument(names, openapi30, readsBodies) {
  const renamed = names.renamed.map(([python, spec]) => `    ${pyString(python)}: ${pyString(spec)},`);
  const allOf = names.allOf.map(([name, members2]) => `    ${pyString(name)}: ${pyLiteral(members2, 4)},`);
  const inline = names.inline.map((name) => `        ${pyString(name)},`);
  const memberNames = [...new Set(names.allOf.flatMap(([, members2]) => members2.filter((m) => typeof m === "string")))].sort((a, b) => a.localeCompare(b));
  const members = memberNames.map((name) => `    ${pyString(name)}: models.${name},`);
  const local = [
    ...readsBodies ? ["from ._bodies import ByMediaType"] : [],
    ...members.length > 0 ? ["from . import models"] : [],
    ...openapi30 ? ["from .openapi_30 import to_openapi_30"] : []
  ];
  const flag = (value) => value ? "True" : "False";
  const classes = names.classes.map((c) => `    ${pyString(c.name)}: (${flag(c.title)}, ${flag(c.additionalProperties)}, ${pyLiteral(Object.fromEntries(c.annotations), 4)}),`);
  return `${GENERATED_HEADER}
"""The OpenAPI document the app serves: FastAPI's own, with the contract's schema names and its inline schemas in place."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
${local.length > 0 ? `
${local.join("\n")}
` : ""}
_COMPONENT = "#/components/schemas/"

# The 3.0 form of an exclusive bound (\`minimum: 0, exclusiveMinimum: true\`), which FastAPI's document
# model would read as the number 1: the models carry the flag under these keys, put back here.
_BOOLEAN_BOUNDS = (("x-exclusiveMinimum", "exclusiveMinimum"), ("x-exclusiveMaximum", "exclusiveMaximum"))

# The contract's names of the schemas whose Python names differ.
NAMES: dict[str, str] = {${renamed.length > 0 ? `
${renamed.join("\n")}
` : ""}}

# The classes made for schemas the contract writes in place rather than under components.
INLINE: frozenset[str] = frozenset(${inline.length > 0 ? `
    {
${inline.join("\n")}
    }
` : ""})

# What the contract writes on each class where Pydantic documents otherwise: whether it gives the
# schema a \`title\` and \`additionalProperties\` (Pydantic writes both on every class), and the title,
# examples and extensions of each property (Pydantic titles every property after its name). Tools
# compare what a reference points to, and pair the untitled options of a union only when identical.
CLASSES: dict[str, tuple[bool, bool, dict[str, dict[str, Any]]]] = {${classes.length > 0 ? `
${classes.join("\n")}
` : ""}}


# The classes that merge the members of an \`allOf\`, which the document lists as the contract does: a
# client reads the requirements of each member where the contract puts them. A member is the class it
# references or the properties it writes in place (with what it writes on them); the class checks all.
ALL_OF: dict[str, Any] = {${allOf.length > 0 ? `
${allOf.join("\n")}
` : ""}}

# The classes those \`allOf\`s list, which the document defines even where no route references them.
MEMBERS: dict[str, type[BaseModel]] = {${members.length > 0 ? `
${members.join("\n")}
` : ""}}


def _class(name: str) -> str:
    return name.removesuffix("-Input").removesuffix("-Output")


def _inline(name: str) -> bool:
    return _class(name) in INLINE


def _as_written(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A class's schema without the title, property titles and \`additionalProperties\` Pydantic adds."""
    if _class(name) not in CLASSES:
        return schema
    titled, additional, annotations = CLASSES[_class(name)]
    out = {key: value for key, value in schema.items() if titled or key != "title"}
    if not additional:
        out.pop("additionalProperties", None)
    if isinstance(out.get("properties"), dict):
        out["properties"] = {wire: _property(prop, annotations.get(wire, {})) for wire, prop in out["properties"].items()}
    return out


def _members(name: str, schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A merged class's schema with its \`allOf\` as written, when every class it lists is documented."""
    members = ALL_OF.get(_class(name))
    properties = schema.get("properties")
    if members is None or not isinstance(properties, dict):
        return schema
    # FastAPI splits a model whose input and output schemas differ: a member keeps the side of its class.
    suffix = name[len(_class(name)) :]
    listed: list[dict[str, Any]] = []
    for member in members:
        if isinstance(member, str):
            target = next((ref for ref in (member + suffix, member) if ref in schemas), None)
            if target is None:
                return schema
            listed.append({"$ref": _COMPONENT + target})
        else:
            own = {wire: _property(properties[wire], written) for wire, written in member["properties"].items() if wire in properties}
            listed.append({**member["written"], "properties": own})
    merged = ("properties", "required", "additionalProperties")
    return {**{key: value for key, value in schema.items() if key not in merged}, "allOf": listed}


def _property(schema: Any, annotations: dict[str, Any]) -> Any:
    if not isinstance(schema, dict):
        return schema
    out = {key: value for key, value in schema.items() if key != "title"}
    # \`"allOf": "$ref"\` marks a reference the contract wraps in an \`allOf\` to describe it in place.
    if annotations.get("allOf") == "$ref" and "$ref" in out:
        out["allOf"] = [{"$ref": out.pop("$ref")}]
    return {**out, **{key: value for key, value in annotations.items() if key != "allOf"}}


def _with_members(schemas: dict[str, Any]) -> dict[str, Any]:
    """The components, with the classes the documented \`allOf\`s list that no route references."""
    out = dict(schemas)
    documented = {_class(name) for name in schemas}
    for merged, members in ALL_OF.items():
        if merged not in documented:
            continue
        for member in members:
            if not isinstance(member, str) or any(member + suffix in out for suffix in ("", "-Input", "-Output")):
                continue
            schema = MEMBERS[member].model_json_schema(ref_template=_COMPONENT + "{model}")
            for name, definition in schema.pop("$defs", {}).items():
                out.setdefault(name, definition)
            out[member] = schema
    return out


${readsBodies ? BODIES : ""}class _AsWritten:
    """Renames the components and writes the inline ones in place (a recursive one stays a reference)."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        taken = {name for name in schemas if name not in NAMES}
        self.names: dict[str, str] = {}
        for python, spec in NAMES.items():
            # FastAPI splits a model whose input and output schemas differ into two components.
            for suffix in ("", "-Input", "-Output"):
                # FastAPI's own components (HTTPValidationError) keep theirs: a clash keeps the Python name.
                if python + suffix in schemas and spec + suffix not in taken:
                    self.names[python + suffix] = spec + suffix
                    taken.add(spec + suffix)
        self.expanding: set[str] = set()
        self.referenced: set[str] = set()

    def ref(self, name: str) -> str:
        spec = self.names.get(name, name)
        return _COMPONENT + spec.replace("~", "~0").replace("/", "~1")

    def rewrite(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            name = ref[len(_COMPONENT) :]
            rest = {key: self.rewrite(value) for key, value in node.items() if key != "$ref"}
            if _inline(name) and name in self.schemas and name not in self.expanding:
                self.expanding.add(name)
                try:
                    schema = _members(name, _as_written(name, self.schemas[name]), self.schemas)
                    return {**self.rewrite(schema), **rest}
                finally:
                    self.expanding.discard(name)
            self.referenced.add(name)
            return {"$ref": self.ref(name), **rest}
        out = {key: self.rewrite(value) for key, value in node.items()}
        for marker, bound in _BOOLEAN_BOUNDS:
            if out.pop(marker, None) is True:
                out[bound] = True
        mapping = out.get("discriminator", {}).get("mapping") if isinstance(out.get("discriminator"), dict) else None
        if isinstance(mapping, dict):
            # A mapping names components: an option written in place has none to name.
            kept = {
                value: self.ref(target[len(_COMPONENT) :])
                for value, target in mapping.items()
                if isinstance(target, str) and target.startswith(_COMPONENT) and not _inline(target[len(_COMPONENT) :])
            }
            out["discriminator"] = {key: item for key, item in out["discriminator"].items() if key != "mapping"}
            if kept:
                out["discriminator"]["mapping"] = kept
        return out

    def document(self, document: dict[str, Any]) -> dict[str, Any]:
        out = {key: self.rewrite(value) for key, value in document.items() if key != "components"}
        kept: dict[str, Any] = {}
        while True:
            wanted = [name for name in self.schemas if name not in kept and (not _inline(name) or name in self.referenced)]
            if not wanted:
                break
            for name in wanted:
                kept[name] = self.rewrite(_members(name, _as_written(name, self.schemas[name]), self.schemas))
        components = {key: value for key, value in document.get("components", {}).items() if key != "schemas"}
        if kept:
            components["schemas"] = {self.names.get(name, name): kept[name] for name in self.schemas if name in kept}
        if components:
            out["components"] = components
        return out


def serve_document(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
${openapi30 ? '                openapi_version="3.0.3",\n' : ""}                description=app.description,
                routes=app.routes,
                webhooks=app.webhooks.routes,
            )
            schemas = _with_members(document.get("components", {}).get("schemas", {}))
${readsBodies ? "            _with_bodies(document, schemas)\n" : ""}            document = _AsWritten(schemas).document(document)
            app.openapi_schema = ${openapi30 ? "to_openapi_30(document)" : "document"}
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
`;
}
var BODIES = `def _with_bodies(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Documents the bodies read by their Content-Type where their routes mark them, each media type with its schema."""
    for section in ("paths", "webhooks"):
        for item in document.get(section, {}).values():
            for operation in item.values():
                body = operation.get("requestBody") if isinstance(operation, dict) else None
                if not isinstance(body, dict) or ByMediaType.MARK not in body:
                    continue
                operation["requestBody"], definitions = ByMediaType.readers[body[ByMediaType.MARK]].documented(_COMPONENT + "{model}")
                for name, definition in definitions.items():
                    schemas.setdefault(name, definition)


`;

// src/stages/fastapi/openapi-30.ts
function renderOpenapi30() {
  return `${GENERATED_HEADER}
"""The document FastAPI computes, in the OpenAPI 3.0 form the contract is written in."""

from typing import Any

_NULL = {"type": "null"}
_COMPONENT = "#/components/schemas/"


class _Converter:
    """Rewrites FastAPI's 3.1 schema objects in the 3.0 vocabulary."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.inlining: set[str] = set()

    def convert(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        for key in ("anyOf", "oneOf"):
            options = node.get(key)
            if isinstance(options, list) and _NULL in options:
                rest = [option for option in options if option != _NULL]
                node = {k: v for k, v in node.items() if k != key}
                return self.convert(self.nullable(node, key, rest))
        node = {key: self.convert(value) for key, value in node.items()}
        if "type" in node:
            if "const" in node:
                node["enum"] = [node.pop("const")]
            for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
                value = node.get(bound)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    node[plain] = value
                    node[bound] = True
            if isinstance(node.get("examples"), list):
                examples = node.pop("examples")
                if examples:
                    node.setdefault("example", examples[0])
        return node

    def nullable(self, node: dict[str, Any], key: str, rest: list[Any]) -> dict[str, Any]:
        # Only Pydantic's own Optional is an anyOf of one type and null; a oneOf is the contract's.
        if len(rest) != 1 or key == "oneOf":
            return {**node, key: rest, "nullable": True}
        (only,) = rest
        ref = only.get("$ref", "")
        if not ref:
            return {**only, **node, "nullable": True}
        # 3.0 allows nothing beside a $ref: a nullable reference is the referenced schema, inlined
        # once (a recursive one stays a reference), which is how the contract wrote it.
        name = ref[len(_COMPONENT):] if ref.startswith(_COMPONENT) else ""
        if name in self.schemas and name not in self.inlining:
            self.inlining.add(name)
            try:
                return {**self.convert(self.schemas[name]), **node, "nullable": True}
            finally:
                self.inlining.discard(name)
        return {**node, "allOf": [only], "nullable": True}


def to_openapi_30(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.get("components", {}).get("schemas", {})
    return _Converter(schemas).convert(document)
`;
}

// src/stages/fastapi/route-order.ts
function specificity(path) {
  return path.split("/").map((segment) => segment.endsWith(":path}") ? 2 : segment.includes("{") ? 1 : 0);
}
function compare(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return b.length - a.length;
}
var TEMPLATE = /^\{[^}]+\}$/;
function shadows(t, l) {
  const spanning = t.findIndex((segment) => segment.endsWith(":path}"));
  if (spanning !== -1) {
    const tail = t.length - spanning - 1;
    if (l.length < t.length) return false;
    return t.slice(0, spanning).every((segment, i) => TEMPLATE.test(segment) || segment === l[i]) && t.slice(spanning + 1).every((segment, i) => TEMPLATE.test(segment) || segment === l[l.length - tail + i]) && (l.length > t.length || !TEMPLATE.test(l[spanning]));
  }
  if (t.length !== l.length) return false;
  let wider = false;
  for (let i = 0; i < t.length; i++) {
    const param = TEMPLATE.test(t[i]);
    if (param && !TEMPLATE.test(l[i])) wider = true;
    else if (!param && t[i] !== l[i]) return false;
  }
  return wider;
}
function orderRoutes(tags, warnings) {
  for (const t of tags) t.operations.sort((a, b) => compare(specificity(a.routePath), specificity(b.routePath)));
  const routes = tags.flatMap((tag) => tag.operations.map((o) => ({ tag, method: o.op.method, segments: o.routePath.split("/"), spanning: o.routePath.includes(":path}") })));
  const buckets = /* @__PURE__ */ new Map();
  for (const route of routes) {
    const key = `${route.method} ${route.segments.length}`;
    buckets.set(key, [...buckets.get(key) ?? [], route]);
  }
  const before = new Map(tags.map((t) => [t, /* @__PURE__ */ new Set()]));
  for (const wide of routes) {
    if (!wide.segments.some((segment) => TEMPLATE.test(segment))) continue;
    const candidates = wide.spanning ? routes.filter((r) => r.method === wide.method) : buckets.get(`${wide.method} ${wide.segments.length}`) ?? [];
    const mustFollow = before.get(wide.tag);
    for (const narrow of candidates) {
      if (narrow.tag !== wide.tag && !mustFollow.has(narrow.tag) && shadows(wide.segments, narrow.segments)) mustFollow.add(narrow.tag);
    }
  }
  const ordered = [];
  const remaining = [...tags];
  while (remaining.length > 0) {
    const index = remaining.findIndex((t) => [...before.get(t)].every((dep) => ordered.includes(dep)));
    if (index === -1) {
      const stuck = remaining[0];
      warnings.push({
        severity: "warning",
        rule: "fastapi-route-shadowed",
        message: `routes of tag ${JSON.stringify(stuck.tag)} and another tag shadow each other; some literal paths may be answered by a template route`,
        location: locate(stuck.operations[0].op.origin)
      });
      ordered.push(remaining.shift());
      continue;
    }
    ordered.push(...remaining.splice(index, 1));
  }
  return ordered;
}

// src/stages/fastapi/security.ts
var SecurityModule = class {
  constructor(api, warnings) {
    this.warnings = warnings;
    const parameters = new NameScope(["credentials"]);
    for (const scheme of api.securitySchemes) {
      const binding = this.bind(scheme, parameters);
      if (binding) this.bindings.set(scheme.name, binding);
    }
  }
  warnings;
  scope = new NameScope(["Annotated", "Any", "Depends", "HTTPException", "status", "Credentials"]);
  bindings = /* @__PURE__ */ new Map();
  requirements = /* @__PURE__ */ new Map();
  imports = new Imports();
  /** The dependency enforcing `alternatives`, or undefined when the operation is open. */
  dependencyFor(alternatives, where) {
    if (alternatives.length === 0) return void 0;
    const usable = alternatives.filter((alt) => alt.every((r) => this.bindings.has(r.scheme)));
    if (usable.length < alternatives.length) {
      this.warnings.push({
        severity: "warning",
        rule: "fastapi-security-unsupported",
        message: usable.length === 0 ? "no security alternative of this operation can be enforced; it is left open" : "some security alternatives of this operation cannot be enforced and are left out",
        location: where
      });
    }
    if (usable.length === 0) return void 0;
    const key = JSON.stringify(usable.map((alt) => alt.map((r) => r.scheme)));
    const known = this.requirements.get(key);
    if (known) return known.name;
    const label = usable.map((alt) => alt.length === 0 ? "anonymous" : alt.map((r) => r.scheme).join(" and ")).join(" or ");
    const name = this.scope.claim(`require ${label}`, "snake");
    this.requirements.set(key, { name, alternatives: usable });
    return name;
  }
  render(header) {
    const used = /* @__PURE__ */ new Set();
    for (const { alternatives } of this.requirements.values()) for (const alt of alternatives) for (const r of alt) used.add(r.scheme);
    const bindings = [...this.bindings.values()].filter((b) => used.has(b.scheme.name));
    const blocks = [];
    this.imports.add("typing", "Annotated", "Any").add("fastapi", "Depends", "HTTPException", "status");
    blocks.push("Credentials = dict[str, Any]");
    if (bindings.length > 0) blocks.push(bindings.map((b) => `${b.object} = ${this.construct(b.scheme)}`).join("\n"));
    blocks.push(
      [
        "def _unauthorized(challenge: str) -> HTTPException:",
        "    return HTTPException(",
        "        status_code=status.HTTP_401_UNAUTHORIZED,",
        '        detail="Not authenticated",',
        '        headers={"WWW-Authenticate": challenge},',
        "    )"
      ].join("\n")
    );
    for (const { name, alternatives } of [...this.requirements.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      blocks.push(this.renderRequirement(name, alternatives));
    }
    return `${header}
${this.imports.render()}

${blocks.join("\n\n\n")}
`;
  }
  renderRequirement(name, alternatives) {
    const schemes = [...new Set(alternatives.flat().map((r) => r.scheme))].sort();
    const params = schemes.map((s) => {
      const b = this.bindings.get(s);
      return `    ${b.parameter}: Annotated[${b.valueType} | None, Depends(${b.object})],`;
    });
    const body = alternatives.map((alt) => {
      if (alt.length === 0) return "    return {}";
      const condition = alt.map((r) => `${this.bindings.get(r.scheme).parameter} is not None`).join(" and ");
      const entries = alt.map((r) => {
        const b = this.bindings.get(r.scheme);
        return `${pyString(r.scheme)}: ${b.credential(b.parameter)}`;
      });
      return `    if ${condition}:
        return {${entries.join(", ")}}`;
    });
    const ends = alternatives.some((alt) => alt.length === 0);
    const first = this.bindings.get(alternatives[0][0]?.scheme ?? "")?.scheme;
    const challenge = first?.type === "http" ? capitalize2(first.scheme ?? "basic") : first?.type === "apiKey" ? "APIKey" : "Bearer";
    return [`async def ${name}(`, ...params, ") -> Credentials:", ...body, ...ends ? [] : [`    raise _unauthorized(${pyString(challenge)})`]].join("\n");
  }
  bind(scheme, parameters) {
    const object = this.scope.claim(`${scheme.name} scheme`, "snake");
    const parameter2 = parameters.claim(scheme.name, "snake");
    const plain = { scheme, object, parameter: parameter2, credential: (v) => v, valueType: "str" };
    switch (scheme.type) {
      case "apiKey":
        if (!scheme.in || !scheme.parameterName || scheme.in !== "query" && !isHeaderName(scheme.parameterName)) break;
        this.imports.add("fastapi.security", { header: "APIKeyHeader", query: "APIKeyQuery", cookie: "APIKeyCookie" }[scheme.in]);
        return plain;
      case "http":
        if (scheme.scheme === "basic") {
          this.imports.add("fastapi.security", "HTTPBasic", "HTTPBasicCredentials");
          return { ...plain, valueType: "HTTPBasicCredentials" };
        }
        this.imports.add("fastapi.security", scheme.scheme === "bearer" ? "HTTPBearer" : "HTTPBase", "HTTPAuthorizationCredentials");
        return { ...plain, valueType: "HTTPAuthorizationCredentials", credential: (v) => `${v}.credentials` };
      case "oauth2":
        this.imports.add("fastapi.security", "OAuth2");
        return plain;
      case "openIdConnect":
        if (!scheme.openIdConnectUrl) break;
        this.imports.add("fastapi.security", "OpenIdConnect");
        return plain;
      default:
        break;
    }
    this.warnings.push({
      severity: "warning",
      rule: "fastapi-security-unsupported",
      message: `security scheme ${JSON.stringify(scheme.name)} (${scheme.type}) has no FastAPI equivalent; operations needing only it are left open`,
      location: locate(scheme.origin)
    });
    return void 0;
  }
  construct(scheme) {
    const common = [`scheme_name=${pyString(scheme.name)}`, ...scheme.description ? [`description=${pyString(scheme.description)}`] : [], "auto_error=False"];
    const call = (cls, args) => `${cls}(${[...args, ...common].join(", ")})`;
    switch (scheme.type) {
      case "apiKey": {
        const cls = { header: "APIKeyHeader", query: "APIKeyQuery", cookie: "APIKeyCookie" }[scheme.in];
        return call(cls, [`name=${pyString(scheme.parameterName)}`]);
      }
      case "http":
        if (scheme.scheme === "basic") return call("HTTPBasic", []);
        if (scheme.scheme === "bearer") return call("HTTPBearer", scheme.bearerFormat ? [`bearerFormat=${pyString(scheme.bearerFormat)}`] : []);
        return call("HTTPBase", [`scheme=${pyString(scheme.scheme ?? "")}`]);
      case "oauth2":
        return call("OAuth2", [`flows=${pyLiteral(scheme.flows ?? {})}`]);
      default:
        return call("OpenIdConnect", [`openIdConnectUrl=${pyString(scheme.openIdConnectUrl)}`]);
    }
  }
};
function capitalize2(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/stages/fastapi/validation-errors.ts
var MESSAGE_FIELDS = ["message", "detail", "error_description", "error", "title", "description"];
function declaredError(api, op, ctx) {
  for (const [status, code] of [["422", 422], ["400", 400], ["4XX", 400], ["default", 422]]) {
    const response = op.responses.find((r) => r.status === status);
    const media = response?.content.find((m) => /^application\/(.+\+)?json/i.test(m.contentType));
    if (!media?.schema) continue;
    const sampled = sampleValue(media.schema, media.example, ctx, { direction: "response" });
    if (!sampled.valid) continue;
    return { status: code, body: sampled.value, ...messageField(api, media.schema, sampled.value, ctx) };
  }
  return void 0;
}
function messageField(api, schema, body, ctx) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return {};
  const resolved = api.resolveSchema(schema);
  const properties = typeof resolved === "object" && resolved.properties && typeof resolved.properties === "object" ? resolved.properties : {};
  for (const name of MESSAGE_FIELDS) {
    const property = properties[name];
    if (property === void 0) continue;
    const probe = { ...body, [name]: "query.limit: Input should be less than or equal to 100" };
    if (conforms(probe, schema, ctx)) return { messageField: name };
  }
  return {};
}
function renderValidationErrors(api) {
  const ctx = { openapi30: api.family === "2.0" || api.family === "3.0", resolve: api.resolveSchema };
  const bodies = [];
  const entries = [];
  for (const op of api.operations) {
    const declared = declaredError(api, op, ctx);
    if (!declared) continue;
    const literal2 = pyLiteral(declared.body, 4);
    let index = bodies.indexOf(literal2);
    if (index === -1) index = bodies.push(literal2) - 1;
    entries.push(`    ${pyString(op.id)}: (${declared.status}, ${index}, ${declared.messageField ? pyString(declared.messageField) : "None"}),`);
  }
  if (entries.length === 0) return void 0;
  return `${GENERATED_HEADER}
${pyString("Request validation errors in the shape each operation declares for them; FastAPI's own otherwise.", "block")}

from typing import Any

from fastapi import Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

# Sample bodies of the declared error schemas.
BODIES: list[Any] = [
${bodies.map((b) => `    ${b},`).join("\n")}
]

# Operation id: (status, index in BODIES, the field that carries the message or None).
DECLARED: dict[str, tuple[int, int, str | None]] = {
${entries.join("\n")}
}


def _summary(error: RequestValidationError) -> str:
    return "; ".join(".".join(str(part) for part in e["loc"]) + ": " + e["msg"] for e in error.errors())


async def validation_error(request: Request, error: RequestValidationError) -> Response:
    operation_id = getattr(request.scope.get("route"), "operation_id", None)
    declared = DECLARED.get(operation_id or "")
    if declared is None:
        return await request_validation_exception_handler(request, error)
    status, index, field = declared
    body = BODIES[index]
    if field is not None:
        body = {**body, field: _summary(error)}
    return JSONResponse(body, status_code=status)
`;
}

// src/stages/fastapi/webhooks.ts
function renderWebhooks(plans) {
  const imports = new Imports().add("fastapi", "APIRouter");
  const routes = plans.map((plan) => {
    for (const p of plan.params) {
      imports.use(p.annotation.uses, ".models");
      imports.add("fastapi", ...p.markers);
    }
    if (plan.responseModel) imports.use(plan.responseModel.uses, ".models");
    for (const r of plan.responses) if (r.model) imports.use(r.model.uses, ".models");
    if (plan.stub.contentType === void 0) imports.add("fastapi", "Response");
    return renderWebhook(plan);
  });
  const readers = bodyReaders(plans, imports, ".");
  const doc = pyString("The webhooks the API sends to its subscribers: documented in the OpenAPI document, never routed.", "block");
  return `${GENERATED_HEADER}
${doc}

${imports.render()}

router = APIRouter()
${readers}

${routes.join("\n\n\n")}
`;
}
function renderWebhook(plan) {
  const line = (p) => `    ${p.name}: ${p.annotation.code}${p.default ? ` = ${p.default}` : ""},`;
  const params = [...plan.params.filter((p) => p.default === void 0).map(line), ...plan.params.filter((p) => p.default !== void 0).map(line)];
  const signature = params.length === 0 ? `def ${plan.function}() -> None:` : `def ${plan.function}(
${params.join("\n")}
) -> None:`;
  const args = routeArguments(plan);
  const doc = pyString(`The request sent for the \`${plan.op.path}\` webhook: FastAPI documents it and never calls this function.`, "block");
  return `@router.${plan.op.method}(
${args.map((a) => `    ${a},`).join("\n")}
)
${signature}
    ${doc.replace(/\n/g, "\n    ")}`;
}

// src/stages/fastapi/plan.ts
function planFastapiProject(spec, options = {}) {
  return planFromModel(buildApiModel(spec), options);
}
function planFromModel(api, options = {}) {
  const warnings = [...api.warnings];
  const packageName = options.packageName ?? "app";
  if (!/^[a-z_][a-z0-9_]*$/.test(packageName)) {
    throw new UserError(`invalid Python package name ${JSON.stringify(packageName)}`, void 0, "Use lower-case letters, digits and underscores.");
  }
  if (options.pythonImage !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._\/:@-]*$/.test(options.pythonImage)) {
    throw new UserError(`invalid Python base image ${JSON.stringify(options.pythonImage)}`, void 0, "Give an image reference such as python:3.12-slim.");
  }
  const info = {
    title: api.title,
    version: api.version,
    ...api.description ? { description: api.description } : {},
    packageName,
    projectName: words(api.title).join("-") || "api",
    pythonImage: options.pythonImage ?? "python:3.12-slim",
    healthPath: api.operations.some((op) => op.path === "/healthz") ? "/_health" : "/healthz",
    openapi30: api.family === "3.0" || api.family === "2.0"
  };
  const types = new ModelTypes(api, warnings);
  const security = new SecurityModule(api, warnings);
  const moduleNames = new NameScope(["models", "security", "main", "healthcheck", "routers", "stubs", "handlers", "validation", "openapi_30", "document", "webhooks"], "default");
  const tags = /* @__PURE__ */ new Map();
  const functionScopes = /* @__PURE__ */ new Map();
  for (const op of api.operations) {
    const tag = op.tags[0] ?? "default";
    let t = tags.get(tag);
    if (!t) {
      t = { tag, module: moduleNames.claim(tag, "snake"), operations: [] };
      tags.set(tag, t);
      functionScopes.set(tag, new NameScope(["Any", "Response", "JSONResponse", "router", "handlers", "stubs", "dispatch", "security"]));
    }
    const name = functionScopes.get(tag).claim(op.id, "snake");
    t.operations.push(planOperation(api, op, name, types, (o) => security.dependencyFor(o.security, locate(o.origin)), warnings));
  }
  const tagList = orderRoutes([...tags.values()], warnings);
  const webhookNames = new NameScope(["APIRouter", "Response", "router"], "webhook");
  const webhooks = api.webhooks.map((op) => planOperation(api, op, webhookNames.claim(op.idWritten ? op.id : op.path, "snake"), types, () => void 0, warnings));
  const validationErrors = renderValidationErrors(api);
  const pkg = (path) => `${packageName}/${path}`;
  const generated = (path, content) => ({ path, content, overwrite: true });
  const files = [
    generated(pkg("__init__.py"), renderPackageInit(`${api.title}: the service generated from its OpenAPI contract.`, true)),
    generated(pkg("__main__.py"), renderDunderMain(info)),
    generated(pkg("main.py"), renderMain(info, tagList, validationErrors !== void 0, webhooks.length > 0)),
    generated(pkg("healthcheck.py"), renderHealthcheck(info)),
    generated(pkg("_dispatch.py"), renderDispatch()),
    generated(pkg("_build.py"), renderBuildInfo()),
    generated(pkg("security.py"), security.render(`${GENERATED_HEADER}
"""Security schemes of the API as FastAPI dependencies; a missing credential answers 401."""
`)),
    generated(pkg("routers/__init__.py"), renderPackageInit("One router per tag of the API.", true)),
    generated(pkg("stubs/__init__.py"), renderPackageInit("The generated answers, one module per tag.", true)),
    { path: pkg("handlers/__init__.py"), content: renderPackageInit("The team's handlers, one module per tag.", false), overwrite: false },
    { path: "pyproject.toml", content: renderPyproject(info), overwrite: false },
    { path: "Dockerfile", content: renderDockerfile(info), overwrite: false },
    { path: ".dockerignore", content: renderDockerignore(), overwrite: false },
    { path: ".gitignore", content: renderGitignore(), overwrite: false },
    { path: "README.md", content: renderReadme(info, tagList), overwrite: false }
  ];
  if (validationErrors !== void 0) files.push(generated(pkg("validation.py"), validationErrors));
  const readsBodies = [...tagList.flatMap((t) => t.operations), ...webhooks].some((plan) => plan.bodyReader !== void 0);
  if (readsBodies) files.push(generated(pkg("_bodies.py"), renderBodiesModule()));
  if (info.openapi30) files.push(generated(pkg("openapi_30.py"), renderOpenapi30()));
  if (webhooks.length > 0) files.push(generated(pkg("webhooks.py"), renderWebhooks(webhooks)));
  for (const t of tagList) {
    files.push(generated(pkg(`routers/${t.module}.py`), renderRouter(t, packageName)));
    files.push(generated(pkg(`stubs/${t.module}.py`), renderStubs(t)));
    files.push({ path: pkg(`handlers/${t.module}.py`), content: renderHandlers(t, packageName), overwrite: false });
  }
  files.push(generated("tests/test_contract.py", renderContractTests(api, tagList, packageName)));
  const modelsDoc = [
    '"""The schemas of the API as Pydantic models.',
    "",
    "An optional property that is not nullable is typed without `| None` and defaults to None: it may",
    "be absent, but an explicit null is refused and never documented, exactly as the contract says.",
    '"""'
  ].join("\n");
  files.push(generated(pkg("models.py"), types.renderModule(`${GENERATED_HEADER}
${modelsDoc}
`)));
  files.push(generated(pkg("document.py"), renderDocument(types.documentNames(), info.openapi30, readsBodies)));
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return {
    files,
    warnings: unique(warnings),
    handlers: tagList.map((t) => ({
      path: pkg(`handlers/${t.module}.py`),
      functions: t.operations.map((o) => ({ name: o.function, parameters: [...o.params.map((p) => p.name), ...o.security ? ["credentials"] : []] }))
    }))
  };
}
function unique(warnings) {
  const seen = /* @__PURE__ */ new Set();
  return warnings.filter((w) => {
    const key = `${w.rule}\0${w.message}\0${w.location.file}\0${w.location.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
export {
  planFastapiProject,
  planFromModel
};
