/**
 * Bodies the contract accepts in more than one kind of media type (JSON or a multipart upload,
 * a form or an SDP offer). FastAPI reads a body in the one media type its parameters declare, so
 * such an operation takes its body from a dependency that reads the request by its Content-Type,
 * validates it against that media type's schema, and fails as FastAPI does (422, or 415 for a media
 * type the operation does not accept). The served document (document.py) lists every media type.
 */
import type { BodyReader } from './operations.ts';
import { GENERATED_HEADER, pyLiteral, pyString } from './python.ts';

/** The reader's definition in the router: one entry per media type, as the contract lists them. */
export function renderBodyReader(reader: BodyReader): string {
  const entries = reader.media.map((m) => {
    const key = pyString(m.contentType);
    if (m.kind === 'raw') return `        ${key}: RawBody(${pyLiteral(m.schema ?? {}, 8)}),`;
    if (m.kind === 'json') return `        ${key}: JsonBody(${m.type.code}),`;
    const options = [
      ...(m.repeated.length > 0 ? [`repeated=${pyLiteral(m.repeated)}`] : []),
      ...(m.jsonParts.length > 0 ? [`json_parts=${pyLiteral(m.jsonParts)}`] : []),
    ];
    return `        ${key}: FormBody(${[m.type.code, ...options].join(', ')}),`;
  });
  return `${reader.constant} = ByMediaType(\n    {\n${entries.join('\n')}\n    },\n    required=${reader.required ? 'True' : 'False'},\n)`;
}

/** The names a module imports from `_bodies` for its readers. */
export function bodyReaderNames(reader: BodyReader): string[] {
  const kinds = { json: 'JsonBody', form: 'FormBody', raw: 'RawBody' } as const;
  return ['ByMediaType', ...new Set(reader.media.map((m) => kinds[m.kind]))];
}

export function renderBodiesModule(): string {
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
