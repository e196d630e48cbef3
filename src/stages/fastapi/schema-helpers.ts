/**
 * The Python helpers models.py defines, each only when some type uses it: they turn the schema
 * Pydantic documents into the one the spec writes (a union's keyword and null placement, an enum,
 * a missing type, readOnly/writeOnly, required sets). Fixed code: spec text never enters them, it
 * reaches them as arguments written through pyString.
 */

/**
 * readOnly / writeOnly fields: one model serves both directions, so it cannot require them; the
 * schema FastAPI documents still marks them and lists the required ones, as the contract does.
 */
const ONE_WAY_HELPER = `def _one_way(fields: dict[str, tuple[str, bool]], typed: bool = True) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        for name, (marker, required) in fields.items():
            schema["properties"][name][marker] = True
            if required:
                schema.setdefault("required", []).append(name)
        if not typed:
            schema.pop("type", None)

    return extra`;

/**
 * An object whose \`oneOf\` / \`anyOf\` options only require some of its properties (GitHub's "give
 * \`id\`, or \`owner\`, \`repo\` and \`number\`"): documented as written and checked on the way in.
 */
const REQUIRED_SETS_HELPER = `def _required_sets(key: str, sets: tuple[tuple[str, ...], ...], typed: bool = True) -> Callable[[dict[str, Any]], None]:
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

/**
 * A union as the spec writes it. Pydantic documents every union as an `anyOf` (a single option as
 * itself) with null as one more option; the spec may say `oneOf`, give the union a `type`, or let
 * each option take null rather than the whole.
 */
const UNION_HELPER = `_ANNOTATIONS = ("title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly")


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

/** The annotations of a union's option as the contract writes them, merged into what Pydantic documents. */
const ANNOTATED_HELPER = `class _Annotated:
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

/**
 * A one-value enum: Pydantic documents \`Literal["x"]\` as \`const\`, the spec wrote \`enum\`. A marker
 * rather than a Field's json_schema_extra: the Field of a union with this one option would replace it.
 */
const ENUM_HELPER = `class _OneValueEnum:
    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(core_schema)
        if "const" in schema:
            schema["enum"] = [schema.pop("const")]
        return schema


_enum = _OneValueEnum()`;

/**
 * A schema the spec writes without \`type\` (an \`allOf\`, bare \`properties\`, an enum). A one-value
 * enum is the spec's \`enum\` again: Pydantic writes \`const\`, which a 3.0 document does not have.
 */
const UNTYPED_HELPER = `def _untyped(schema: dict[str, Any]) -> None:
    schema.pop("type", None)
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]`;

/**
 * The options of a discriminated union that are the class it belongs to, where the contract writes
 * \`$recursiveRef: "#"\` (see \`recursive\`): documented so, as written. Pydantic's reference would
 * name the class once per direction (\`CompoundFilter-Input\`), since a class that refers to itself
 * differs by that name alone, and its mapping would name the option by that reference; the contract
 * writes no mapping, and the values still dispatch on the property alone. (A marker on the option
 * itself would replace the class's schema at its other references too.)
 */
const RECURSIVE_REF_HELPER = `def _recursive_ref(*options: int) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        for option in options:
            schema["oneOf"][option] = {"$recursiveRef": "#"}
        schema["discriminator"].pop("mapping", None)

    return extra`;

/** Any value, checked as an array when it is one: documented as the spec writes it, \`items\` alone. */
const UNTYPED_ITEMS_HELPER = `def _untyped_items(schema: dict[str, Any]) -> None:
    array = schema.pop("anyOf")[0]
    array.pop("type", None)
    schema.update(array)`;

/** \`nullable: true\` as a 3.1 document may still write it, rather than a null option. */
const NULLABLE_HELPER = `def _nullable(schema: dict[str, Any]) -> None:
    options = [option for option in schema.pop("anyOf", []) if option != _NULL]
    if len(options) == 1:
        schema.update(options[0])
    else:
        schema["anyOf"] = options
    schema["nullable"] = True`;

/** A nullable reference the contract writes as \`nullable: true, allOf: [reference]\`, written so again. */
const NULLABLE_ALL_OF_HELPER = `def _nullable_all_of(schema: dict[str, Any]) -> None:
    schema["allOf"] = [option for option in schema.pop("anyOf", []) if option != _NULL]
    schema["nullable"] = True`;

/** The helpers a type may use by name (TypeExpr.uses), with their source. */
const TYPE_HELPERS = {
  _union: UNION_HELPER,
  _Annotated: ANNOTATED_HELPER,
  _enum: ENUM_HELPER,
  _untyped: UNTYPED_HELPER,
  _untyped_items: UNTYPED_ITEMS_HELPER,
  _recursive_ref: RECURSIVE_REF_HELPER,
  _nullable: NULLABLE_HELPER,
  _nullable_all_of: NULLABLE_ALL_OF_HELPER,
} as const;

export const HELPERS = Object.keys(TYPE_HELPERS) as (keyof typeof TYPE_HELPERS)[];

/** The helpers' sources in the order models.py defines them, for what the module's types use. */
export function helperSources(used: ReadonlySet<string>, classes: { oneWay: boolean; alternatives: boolean }): string[] {
  const sources: string[] = [];
  if (classes.oneWay) sources.push(ONE_WAY_HELPER);
  if (classes.alternatives) sources.push(REQUIRED_SETS_HELPER);
  if (used.has('_union') || used.has('_nullable') || used.has('_nullable_all_of')) sources.push('_NULL = {"type": "null"}');
  for (const [name, source] of Object.entries(TYPE_HELPERS)) if (used.has(name)) sources.push(source);
  return sources;
}
