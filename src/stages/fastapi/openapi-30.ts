/**
 * For a contract written in OpenAPI 3.0, the app serves the document FastAPI computes in 3.0 form:
 * FastAPI writes 3.1 (`anyOf [X, {type: null}]`, numeric exclusive bounds, `const`), which clients
 * and diff tools of a 3.0 contract read as a different API. The conversion applies to the schema
 * objects FastAPI itself produced; document.py calls it from the app's `openapi()` hook.
 */
import { GENERATED_HEADER } from './python.ts';

export function renderOpenapi30(): string {
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
