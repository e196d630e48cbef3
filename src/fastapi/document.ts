/**
 * The document the app serves at /openapi.json: the one FastAPI computes from the routes, through
 * the standard custom-`openapi()` hook FastAPI documents, with two things put back as the contract
 * writes them. Schema components carry the contract's names (`simple-user`, not `SimpleUser`), and
 * the classes made for schemas the contract writes in place are written in place again, so a
 * `oneOf` that lists inline options still does. Tools that match the options of a union by their
 * `$ref` (oasdiff, code generators) otherwise read a renamed or extracted schema as another one.
 * Names reach Python only through pyString.
 */
import { pyString } from './python.ts';
import { GENERATED_HEADER } from './tag-modules.ts';

export interface DocumentNames {
  /** Python name → the contract's component name, where they differ. */
  renamed: Array<[string, string]>;
  /** Classes made for inline schemas. */
  inline: string[];
}

export function renderDocument(names: DocumentNames, openapi30: boolean): string {
  const renamed = names.renamed.map(([python, spec]) => `    ${pyString(python)}: ${pyString(spec)},`);
  const inline = names.inline.map((name) => `        ${pyString(name)},`);
  return `${GENERATED_HEADER}
"""The OpenAPI document the app serves: FastAPI's own, with the contract's schema names and its inline schemas in place."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
${openapi30 ? '\nfrom .openapi_30 import to_openapi_30\n' : ''}
_COMPONENT = "#/components/schemas/"

# The 3.0 form of an exclusive bound (\`minimum: 0, exclusiveMinimum: true\`), which FastAPI's document
# model would read as the number 1: the models carry the flag under these keys, put back here.
_BOOLEAN_BOUNDS = (("x-exclusiveMinimum", "exclusiveMinimum"), ("x-exclusiveMaximum", "exclusiveMaximum"))

# The contract's names of the schemas whose Python names differ.
NAMES: dict[str, str] = {${renamed.length > 0 ? `\n${renamed.join('\n')}\n` : ''}}

# The classes made for schemas the contract writes in place rather than under components.
INLINE: frozenset[str] = frozenset(${inline.length > 0 ? `\n    {\n${inline.join('\n')}\n    }\n` : ''})


def _inline(name: str) -> bool:
    return name.removesuffix("-Input").removesuffix("-Output") in INLINE


class _AsWritten:
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
                    schema = {key: value for key, value in self.schemas[name].items() if not (key == "title" and value == name)}
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
                kept[name] = self.rewrite(self.schemas[name])
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
            schemas = document.get("components", {}).get("schemas", {})
            document = _AsWritten(schemas).document(document)
            app.openapi_schema = ${openapi30 ? 'to_openapi_30(document)' : 'document'}
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
`;
}
