/**
 * The document the app serves at /openapi.json: the one FastAPI computes from the routes, through
 * the standard custom-`openapi()` hook FastAPI documents, with what Pydantic documents otherwise put
 * back as the contract writes it. Schema components carry the contract's names (`simple-user`, not
 * `SimpleUser`); the classes made for schemas the contract writes in place are written in place
 * again, so a `oneOf` that lists inline options still does; classes lose the titles and
 * `additionalProperties` Pydantic adds where the contract wrote none; and a class that merges an
 * `allOf` lists its members again.
 * Tools that match the options of a union by their `$ref` or, untitled, by identity (oasdiff, code
 * generators) otherwise read a renamed, extracted or annotated schema as another one. Spec text
 * reaches Python only through pyString and pyLiteral.
 */
import { GENERATED_HEADER, pyLiteral, pyString } from './python.ts';

export interface DocumentNames {
  /** Python name → the contract's component name, where they differ. */
  renamed: Array<[string, string]>;
  /** Classes made for inline schemas. */
  inline: string[];
  /** Every class, with what the spec writes where Pydantic documents otherwise. */
  classes: WrittenClass[];
  /** Python name → the members of the `allOf` the class merges, where they can be listed as written. */
  allOf: Array<[string, AllOfMember[]]>;
}

/** The Python name of a referenced class, or what a member writes in place (wire name → annotations). */
export type AllOfMember = string | { written: Record<string, unknown>; properties: Record<string, Record<string, unknown>> };

export interface WrittenClass {
  name: string;
  /** The spec titles the schema; otherwise the document leaves out Pydantic's (the class name). */
  title: boolean;
  /** The spec writes `additionalProperties`; otherwise the document leaves out Pydantic's. */
  additionalProperties: boolean;
  /** Wire name → the title, examples and extensions the spec writes on that property (Pydantic's titles go). */
  annotations: Array<[string, Record<string, unknown>]>;
}

export function renderDocument(names: DocumentNames, openapi30: boolean, readsBodies: boolean): string {
  const renamed = names.renamed.map(([python, spec]) => `    ${pyString(python)}: ${pyString(spec)},`);
  const allOf = names.allOf.map(([name, members]) => `    ${pyString(name)}: ${pyLiteral(members, 4)},`);
  const inline = names.inline.map((name) => `        ${pyString(name)},`);
  // Python names are identifiers of the models module (its NameScope), never spec text.
  const memberNames = [...new Set(names.allOf.flatMap(([, members]) => members.filter((m): m is string => typeof m === 'string')))].sort((a, b) =>
    a.localeCompare(b),
  );
  const members = memberNames.map((name) => `    ${pyString(name)}: models.${name},`);
  const local = [
    ...(readsBodies ? ['from ._bodies import ByMediaType'] : []),
    ...(members.length > 0 ? ['from . import models'] : []),
    ...(openapi30 ? ['from .openapi_30 import to_openapi_30'] : []),
  ];
  const flag = (value: boolean) => (value ? 'True' : 'False');
  const classes = names.classes.map(
    (c) => `    ${pyString(c.name)}: (${flag(c.title)}, ${flag(c.additionalProperties)}, ${pyLiteral(Object.fromEntries(c.annotations), 4)}),`,
  );
  return `${GENERATED_HEADER}
"""The OpenAPI document the app serves: FastAPI's own, with the contract's schema names and its inline schemas in place."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
${local.length > 0 ? `\n${local.join('\n')}\n` : ''}
_COMPONENT = "#/components/schemas/"

# The 3.0 form of an exclusive bound (\`minimum: 0, exclusiveMinimum: true\`), which FastAPI's document
# model would read as the number 1: the models carry the flag under these keys, put back here.
_BOOLEAN_BOUNDS = (("x-exclusiveMinimum", "exclusiveMinimum"), ("x-exclusiveMaximum", "exclusiveMaximum"))

# The contract's names of the schemas whose Python names differ.
NAMES: dict[str, str] = {${renamed.length > 0 ? `\n${renamed.join('\n')}\n` : ''}}

# The classes made for schemas the contract writes in place rather than under components.
INLINE: frozenset[str] = frozenset(${inline.length > 0 ? `\n    {\n${inline.join('\n')}\n    }\n` : ''})

# What the contract writes on each class where Pydantic documents otherwise: whether it gives the
# schema a \`title\` and \`additionalProperties\` (Pydantic writes both on every class), and the title,
# examples and extensions of each property (Pydantic titles every property after its name). Tools
# compare what a reference points to, and pair the untitled options of a union only when identical.
CLASSES: dict[str, tuple[bool, bool, dict[str, dict[str, Any]]]] = {${classes.length > 0 ? `\n${classes.join('\n')}\n` : ''}}


# The classes that merge the members of an \`allOf\`, which the document lists as the contract does: a
# client reads the requirements of each member where the contract puts them. A member is the class it
# references or the properties it writes in place (with what it writes on them); the class checks all.
ALL_OF: dict[str, Any] = {${allOf.length > 0 ? `\n${allOf.join('\n')}\n` : ''}}

# The classes those \`allOf\`s list, which the document defines even where no route references them.
MEMBERS: dict[str, type[BaseModel]] = {${members.length > 0 ? `\n${members.join('\n')}\n` : ''}}


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


${readsBodies ? BODIES : ''}class _AsWritten:
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
${openapi30 ? '                openapi_version="3.0.3",\n' : ''}                description=app.description,
                routes=app.routes,
                webhooks=app.webhooks.routes,
            )
            schemas = _with_members(document.get("components", {}).get("schemas", {}))
${readsBodies ? '            _with_bodies(document, schemas)\n' : ''}            document = _AsWritten(schemas).document(document)
            app.openapi_schema = ${openapi30 ? 'to_openapi_30(document)' : 'document'}
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
`;
}

/** document.py's part for bodies read by their Content-Type (see bodies.ts), which FastAPI cannot see. */
const BODIES = `def _with_bodies(document: dict[str, Any], schemas: dict[str, Any]) -> None:
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
