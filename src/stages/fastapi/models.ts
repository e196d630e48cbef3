/**
 * Schemas as Pydantic v2 types. Named schemas become classes (objects) or type aliases (everything
 * else); inline objects become classes named after where they appear. Only the schemas the routes
 * reach are emitted. The mapping errs on the side of accepting what the spec allows: a construct
 * with no faithful Python type becomes `Any` with a located warning rather than a stricter type.
 */
import type { ApiModel, Origin, Schema } from '../../openapi/model/model.ts';
import { locate } from '../../openapi/model/model.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import type { DocumentNames } from './document.ts';
import { expr, Imports, type TypeExpr } from './imports.ts';
import { NameScope, pascal, pyLiteral, pyString } from './python.ts';
import { HELPERS, helperSources } from './schema-helpers.ts';
import { isObject } from '../../openapi/nodes.ts';

type Node = Record<string, unknown>;

interface ClassField {
  name: string;
  wire: string;
  type: TypeExpr;
  required: boolean;
  /** Sent in one direction only; `required` is then false and the schema says it instead. */
  oneWay?: { marker: 'readOnly' | 'writeOnly'; required: boolean };
  default?: unknown;
  description?: string;
  /** Any value, where the spec says `nullable` without a type: the document says it too. */
  nullable?: boolean;
  /** The title, examples and extensions the spec writes on the property itself (see `documentNames`). */
  annotations?: Record<string, unknown>;
}

interface ClassDef {
  name: string;
  description?: string;
  fields: ClassField[];
  forbidExtra: boolean;
  /** A format on an object schema (Twilio's `inbound-call-price`), kept in the computed document. */
  format?: string;
  /** The schema gives no `type` (an `allOf`, bare `properties`): the document leaves it out too. */
  untyped: boolean;
  /** The schema's own title, documented instead of the class name. */
  title?: string;
  /** Sets of properties of which one (`oneOf`) or at least one (`anyOf`) must be given. */
  alternatives?: Alternatives;
  /** The spec writes `additionalProperties` (Pydantic documents it on every class). */
  additionalProperties: boolean;
  /** The members of the `allOf` the class merges, where the document can list them as written. */
  allOf?: AllOfMember[];
}

/** A member of an `allOf`: the Python name of the class it references, or what it writes in place. */
type AllOfMember = string | { written: Record<string, unknown>; properties: Record<string, Record<string, unknown>> };

interface Alternatives {
  key: 'oneOf' | 'anyOf';
  sets: string[][];
}

interface AliasDef {
  name: string;
  type: TypeExpr;
  /**
   * A schema the spec names: a `TypeAliasType`, which FastAPI documents as a component of that
   * name, so a `oneOf` or `anyOf` that lists it by `$ref` still does. Other aliases (formats, the
   * types of parameters and bodies) are plain assignments, inlined where they are used.
   */
  component: boolean;
}

/**
 * The helpers of the models module that adjust what Pydantic documents, by the name a type's `uses`
 * carries for them. They live in the models module only: a type that needs one is given a name there
 * (see `exported`) before a router or a test uses it.
 */

/** Names that would shadow BaseModel's own attributes or the models module's imports. */
const FIELD_RESERVED = [
  'copy',
  'dict',
  'json',
  'schema',
  'schema_json',
  'construct',
  'validate',
  'parse_obj',
  'parse_raw',
  'parse_file',
  'from_orm',
  'update_forward_refs',
  'fields',
];
const MODULE_RESERVED = [
  ...[
    'Annotated',
    'Any',
    'Literal',
    'BaseModel',
    'ConfigDict',
    'EmailStr',
    'Field',
    'RootModel',
    'TypeAliasType',
    'UUID',
    'WithJsonSchema',
    'date',
    'datetime',
    'time',
    'annotations',
  ],
  // Routers, stubs and tests import model names beside these: a model may not take one.
  ...['APIRouter', 'Body', 'Cookie', 'Depends', 'File', 'Form', 'Header', 'Path', 'Query', 'Request', 'Response', 'JSONResponse', 'UploadFile'],
  ...['HTTPException', 'RequestValidationError', 'TestClient', 'TypeAdapter', 'Declared', 'Credentials', 'Callable', 'ModuleType'],
  // The readers of bodies that come in several media types (_bodies.py), imported beside the models.
  ...['ByMediaType', 'FormBody', 'JsonBody', 'RawBody'],
  // FastAPI documents its own 422 body under these component names.
  ...['ValidationError', 'HTTPValidationError'],
];

export class ModelTypes {
  private readonly scope = new NameScope(MODULE_RESERVED, 'Model');
  private readonly namedNames = new Map<object, string>();
  private readonly inlineTypes = new Map<object, TypeExpr>();
  private readonly classes = new Map<string, ClassDef>();
  private readonly aliases = new Map<string, AliasDef>();
  private readonly pending: Array<{ schema: Schema; name: string; origin: Origin }> = [];
  private readonly emitted = new Set<string>();
  private readonly formats = new Map<string, string>();
  private readonly exports = new Map<string, TypeExpr>();
  /** Python name → the spec's name, for component schemas. */
  private readonly componentNames = new Map<string, string>();
  private readonly components = new Set<object>();
  /** The component schema being defined (see \`drain\`), which a \`$recursiveRef: "#"\` inside it names. */
  private enclosing: Node | undefined;

  constructor(
    private readonly api: ApiModel,
    private readonly warnings: Diagnostic[],
  ) {
    // Named schemas claim their names first, so an inline schema never takes `Pet` from `Pet`.
    for (const named of api.schemas) {
      if (typeof named.schema !== 'object') continue;
      const name = this.scope.claim(named.name, 'pascal');
      this.namedNames.set(named.schema, name);
      if (named.kind === 'component') {
        this.componentNames.set(name, named.name);
        this.components.add(named.schema);
      }
    }
  }

  /**
   * For the served document (document.py), once the module is rendered: the components whose Python
   * name is not the spec's, and the classes made for inline schemas.
   */
  documentNames(): DocumentNames {
    const named = new Set(this.namedNames.values());
    const renamed = [...this.componentNames].filter(
      ([python, spec]) => python !== spec && (this.classes.has(python) || this.aliases.get(python)?.component === true),
    );
    return {
      renamed: renamed.sort((a, b) => a[0].localeCompare(b[0])),
      allOf: [...this.classes.values()]
        .filter((c) => c.allOf?.every((m) => typeof m !== 'string' || this.classes.has(m)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c): [string, AllOfMember[]] => [c.name, c.allOf!]),
      inline: [...this.classes.keys()].filter((name) => !named.has(name)).sort((a, b) => a.localeCompare(b)),
      classes: [...this.classes.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({
          name: c.name,
          title: c.title !== undefined,
          additionalProperties: c.additionalProperties,
          annotations: c.fields.flatMap((f): Array<[string, Record<string, unknown>]> => (f.annotations ? [[f.wire, f.annotations]] : [])),
        })),
    };
  }

  private get openapi30(): boolean {
    return this.api.family === '3.0' || this.api.family === '2.0';
  }

  /**
   * The type of a parameter, body or response, as the router and the tests write it: a type that
   * needs one of the models module's helpers becomes a named alias there (`hint`), as a person would
   * name an involved body type rather than spell it out in every signature. `inline` types a
   * parameter: a named schema that is not an object is spelled out, because FastAPI tells scalars,
   * lists and bodies apart by the annotation itself.
   */
  typeAt(schema: Schema | undefined, hint: string, origin: Origin, inline = false): TypeExpr {
    if (inline && schema !== undefined && typeof schema === 'object') {
      const target = this.api.resolveSchema(schema);
      if (isObject(target) && this.namedNames.has(target) && !this.isObjectLike(target)) return this.typeOfBody(target, hint, origin);
    }
    return this.typeOf(schema, hint, origin);
  }

  /** `type`, or a plain alias of it named after `hint` when it uses a helper of the models module. */
  exported(type: TypeExpr, hint: string): TypeExpr {
    if (!HELPERS.some((h) => type.uses.has(h))) return type;
    const known = this.exports.get(type.code);
    if (known) return known;
    const name = this.scope.claim(hint, 'pascal');
    this.aliases.set(name, { name, type, component: false });
    const named = expr(name, name);
    this.exports.set(type.code, named);
    return named;
  }

  /** The Python type for `schema`; `hint` names a class made for an inline object. */
  typeOf(schema: Schema | undefined, hint: string, origin: Origin): TypeExpr {
    if (schema === undefined || schema === true || (schema !== false && !isObject(schema))) return expr('Any', 'Any');
    if (schema === false) {
      this.warn('fastapi-false-schema', 'a schema that accepts nothing has no Python type; Any is used', origin);
      return expr('Any', 'Any');
    }
    const s = schema;
    // The union that lists it documents it as written (see \`choiceType\`).
    if (this.recursive(s)) return this.typeOf(this.enclosing, hint, origin);
    if (typeof s.$ref === 'string') {
      const target = this.api.resolveSchema(s);
      if (target === s) return expr('Any', 'Any');
      const type = this.typeOf(target, hint, origin);
      // OpenAI's 3.1 \`{$ref, nullable: true}\`: the author means null is taken, and tools read it so.
      if (this.nullableKeyword(s) && type.code !== 'Any' && !type.code.endsWith(' | None')) {
        return expr(`Annotated[${type.code} | None, Field(json_schema_extra=_nullable)]`, type.uses, 'Annotated', 'Field', '_nullable');
      }
      return type;
    }
    const named = this.namedNames.get(s);
    if (named) {
      if (!this.emitted.has(named)) {
        this.emitted.add(named);
        this.pending.push({ schema: s, name: named, origin });
      }
      // A class cannot say it takes null: the places that use a nullable one do.
      return this.isObjectLike(s) && this.isNullable(s) ? expr(`${named} | None`, named) : expr(named, named);
    }
    return this.typeOfBody(s, hint, origin);
  }

  /** Emits every schema reached so far (and those they reach) as the `models` module. */
  renderModule(header: string): string {
    this.drain();
    const imports = new Imports().add('__future__', 'annotations');
    const classes = [...this.classes.values()].sort((a, b) => a.name.localeCompare(b.name));
    if (classes.length > 0) imports.add('pydantic', 'BaseModel', 'ConfigDict');
    const blocks: string[] = [];
    const ordered = this.orderedAliases();
    // The helpers lead, in a fixed order, each only when some type uses it.
    const used = new Set([...classes.flatMap((c) => c.fields.flatMap((f) => [...f.type.uses])), ...ordered.flatMap((a) => [...a.type.uses])]);
    if (classes.some((c) => c.format === undefined && c.untyped && !c.fields.some((f) => f.oneWay))) used.add('_untyped');
    const oneWay = classes.some((c) => c.format === undefined && c.fields.some((f) => f.oneWay));
    const alternatives = classes.some((c) => c.alternatives);
    if (oneWay || alternatives || HELPERS.some((h) => used.has(h))) imports.add('typing', 'Any');
    if (oneWay || alternatives || used.has('_union') || used.has('_recursive_ref')) imports.add('collections.abc', 'Callable');
    if (alternatives) imports.add('pydantic', 'model_validator');
    blocks.push(...helperSources(used, { oneWay, alternatives }));
    for (const c of classes) {
      for (const f of c.fields) imports.use(f.type.uses);
      if (c.fields.some((f) => needsField(f))) imports.add('pydantic', 'Field');
      blocks.push(renderClass(c));
    }
    const line = (a: AliasDef) => {
      imports.use(a.type.uses);
      if (!a.component) return `${a.name} = ${a.type.code}`;
      imports.add('typing_extensions', 'TypeAliasType');
      return `${a.name} = TypeAliasType(${pyString(a.name)}, ${a.type.code})`;
    };
    // Format aliases depend on nothing: they lead, so every use reads after the definition.
    const formats = new Set(this.formats.values());
    const formatLines = ordered.filter((a) => formats.has(a.name)).map(line);
    const aliasLines = ordered.filter((a) => !formats.has(a.name)).map(line);
    if (formatLines.length > 0) blocks.unshift(formatLines.join('\n'));
    if (aliasLines.length > 0) blocks.push(aliasLines.join('\n'));
    if (classes.length > 0) {
      // Forward and recursive references resolve once every name above exists.
      const names = classes.map((c) => c.name);
      blocks.push(`for _model in (\n${names.map((n) => `    ${n},`).join('\n')}\n):\n    _model.model_rebuild()`);
    }
    return `${header}\n${imports.render()}\n\n\n${blocks.join('\n\n\n')}\n`;
  }

  private drain(): void {
    while (this.pending.length > 0) {
      const { schema, name, origin } = this.pending.shift()!;
      const s = schema as Node;
      // Every schema a named one writes in place is typed while it is defined (the ones it
      // references wait their turn in \`pending\`), so this is the schema that lexically encloses them.
      this.enclosing = this.components.has(s) ? s : undefined;
      if (this.isObjectLike(s)) this.defineClass(name, s, origin);
      else this.aliases.set(name, { name, type: this.typeOfBody(s, name, origin), component: true });
      this.enclosing = undefined;
    }
  }

  /**
   * \`$recursiveRef: "#"\` (JSON Schema 2019-09, OpenAI's \`CompoundFilter\`) inside a component: the
   * component itself, a recursive reference Pydantic follows like any other (the class is rebuilt
   * once every name exists). Elsewhere it names nothing this generator can tell, and stays \`Any\`.
   */
  private recursive(s: Node): boolean {
    return s.$recursiveRef === '#' && this.enclosing !== undefined;
  }

  /** The schema a reference (\`$ref\`, or a recursive one) stands for; any other schema itself. */
  private resolve(s: Schema): Schema {
    if (isObject(s) && this.recursive(s)) return this.enclosing!;
    return this.api.resolveSchema(s);
  }

  private typeOfBody(s: Node, hint: string, origin: Origin): TypeExpr {
    const types = Array.isArray(s.type) ? (s.type as unknown[]).filter((t): t is string => typeof t === 'string') : typeof s.type === 'string' ? [s.type] : [];
    const nullable = this.isNullable(s);
    const nonNull = types.filter((t) => t !== 'null');
    // A union says where null goes itself: inside the options the document lists.
    const choice = this.choiceType(s, nonNull, nullable, hint, origin);
    if (choice) return choice;
    const base = this.nonNull(s, nonNull, hint, origin);
    if (!nullable || base.code === 'Any' || base.code.endsWith(' | None')) return base;
    if (s.nullable === true && this.wrapsOneRef(s)) {
      return expr(`Annotated[${base.code} | None, Field(json_schema_extra=_nullable_all_of)]`, base.uses, 'Annotated', 'Field', '_nullable_all_of');
    }
    if (this.nullableKeyword(s))
      return expr(`Annotated[${base.code} | None, Field(json_schema_extra=_nullable)]`, base.uses, 'Annotated', 'Field', '_nullable');
    return expr(`${base.code} | None`, base.uses);
  }

  private nonNull(s: Node, types: string[], hint: string, origin: Origin): TypeExpr {
    if ('const' in s) return this.literalOf([s.const]) ?? expr('Any', 'Any');
    if (Array.isArray(s.enum)) {
      const values = s.enum.filter((e) => e !== null);
      const literal = this.literalOf(values);
      // The format of an enumerated string (Twilio's `http-method`) stays in the computed document.
      if (literal && typeof s.format === 'string' && s.format !== '') {
        return expr(`Annotated[${literal.code}, Field(json_schema_extra={"format": ${pyString(s.format)}})]`, literal.uses, 'Annotated', 'Field');
      }
      // Pydantic documents a one-value Literal as `const`, which tools read as another constraint
      // than the `enum` the spec wrote. (3.0 documents are converted to `enum` as a whole.)
      if (literal && values.length === 1 && !this.openapi30) return expr(`Annotated[${literal.code}, _enum]`, literal.uses, 'Annotated', '_enum');
      // An enum without `type` (GitHub's \`default_for_new_repos\`) is documented without one too.
      if (literal && s.type === undefined)
        return expr(`Annotated[${literal.code}, Field(json_schema_extra=_untyped)]`, literal.uses, 'Annotated', 'Field', '_untyped');
      if (literal) return literal;
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0) return this.allOfType(s, hint, origin);
    if (types.length === 0) {
      if (this.isObjectLike(s)) return this.objectType(s, hint, origin);
      if (s.items === undefined) return expr('Any', 'Any');
      // \`items\` without \`type\` (OpenAI's \`modalities\`) only speaks of arrays: any other value passes.
      const array = this.ofType('array', s, hint, origin);
      const code = `${array.code} | str | int | float | bool | dict[str, Any]`;
      return expr(`Annotated[${code}, Field(json_schema_extra=_untyped_items)]`, array.uses, 'Annotated', 'Field', 'Any', '_untyped_items');
    }
    return this.union(types.map((t) => this.ofType(t, s, hint, origin)));
  }

  /**
   * A `oneOf` / `anyOf` (when nothing before it in `nonNull` decides the type): the union of its
   * options, documented under the spec's keyword, with null where the spec puts it (an option, the
   * whole, or each option), and as a discriminated union where the spec names a discriminator
   * Pydantic can follow. Undefined when the schema is not a union.
   */
  private choiceType(s: Node, types: string[], nullable: boolean, hint: string, origin: Origin): TypeExpr | undefined {
    if ('const' in s || (Array.isArray(s.enum) && this.literalOf(s.enum.filter((e) => e !== null))) || (Array.isArray(s.allOf) && s.allOf.length > 0))
      return undefined;
    // Options that only require properties of the object itself: a class that checks them.
    if (requiredSets(s) && this.isObjectLike(s)) return undefined;
    const key = Array.isArray(s.oneOf) && s.oneOf.length > 0 ? 'oneOf' : Array.isArray(s.anyOf) && s.anyOf.length > 0 ? 'anyOf' : undefined;
    if (!key) return undefined;
    const choices = s[key] as Schema[];
    const options: TypeExpr[] = [];
    const nullableCodes = new Set<string>();
    let nullOption = false;
    const recursiveCodes = new Set<string>();
    choices.forEach((c, i) => {
      const r = this.resolve(c);
      if (isObject(r) && isNullOnly(r)) {
        nullOption = true;
        return;
      }
      let t = this.typeOf(c, `${hint}Option${i + 1}`, origin);
      if (isObject(c) && this.recursive(c)) recursiveCodes.add(t.code);
      let optionNullable = false;
      if (t.code.endsWith(' | None')) {
        t = expr(t.code.slice(0, -' | None'.length), t.uses);
        optionNullable = true;
      }
      // Tools pair the options of two unions by their titles: an inline option keeps its own (a
      // class made for one carries it in its config).
      const inPlace = isObject(c) && c.$ref === undefined && !this.recursive(c);
      const title = inPlace && isObject(r) && typeof r.title === 'string' ? r.title : undefined;
      if (title !== undefined && !this.classes.has(t.code) && t.code !== 'Any')
        t = expr(`Annotated[${t.code}, Field(title=${pyString(title)})]`, t.uses, 'Annotated', 'Field');
      // Tools pair untitled options only when they are identical: the annotations the contract
      // writes on an option (a default, an example) are documented on it too. Only documented: a
      // default inside a union is never applied, and null passes when the whole union takes it.
      const written = inPlace && isObject(r) && !this.isObjectLike(r) && t.code !== 'Any' ? optionAnnotations(r, nullable || nullOption) : undefined;
      // A marker rather than a Field: nested Fields merge, and their json_schema_extra would replace the option's own.
      if (written) t = expr(`Annotated[${t.code}, _Annotated(${pyLiteral(written)})]`, t.uses, 'Annotated', '_Annotated');
      // An option that is itself a union (OpenAI's \`chunking_strategy\`: "auto" or a config, or null)
      // stays one, with what it writes on itself: Python would merge its options into the outer union.
      else if (inPlace && isObject(r) && (r.anyOf !== undefined || r.oneOf !== undefined) && isBareUnion(t.code)) {
        t = expr(`Annotated[${t.code}, _Annotated(${pyLiteral(annotationsOf(r))})]`, t.uses, 'Annotated', '_Annotated');
      }
      if (optionNullable) nullableCodes.add(t.code);
      options.push(t);
    });
    const unique = [...new Map(options.map((o) => [o.code, o])).values()];
    if (unique.some((o) => o.code === 'Any')) return expr('Any', 'Any');
    if (unique.length === 0) return expr('None');
    const whole = nullable || nullOption;
    // Null in some options (GitHub's `value`: a nullable string, integer or array) is not the union
    // being nullable, to a reader of the document: the helper puts it in those options.
    const nullIn = whole ? [] : unique.flatMap((o, i) => (nullableCodes.has(o.code) ? [i] : []));
    const each = nullIn.length > 0;
    const code = `${unique.map((o) => o.code).join(' | ')}${whole || each ? ' | None' : ''}`;
    const uses = unique.map((o) => o.uses);
    const discriminator = this.discriminator(s, choices);
    const typed = types.length === 1 ? types[0] : undefined;
    // The options that are the enclosing class itself, by position among the documented ones.
    const recursiveAt = unique.flatMap((o, i) => (recursiveCodes.has(o.code) ? [i] : []));
    if (discriminator && unique.length > 1 && !each && !(recursiveAt.length > 0 && typed)) {
      // The `type` the contract writes beside the options (`type: object`) stays documented.
      const extra = typed
        ? `, json_schema_extra={"type": ${pyString(typed)}}`
        : recursiveAt.length > 0
          ? `, json_schema_extra=_recursive_ref(${recursiveAt.join(', ')})`
          : '';
      const union = `Annotated[${unique.map((o) => o.code).join(' | ')}, Field(discriminator=${pyString(discriminator)}${extra})]`;
      return expr(whole ? `${union} | None` : union, ...uses, 'Annotated', 'Field', ...(recursiveAt.length > 0 ? ['_recursive_ref'] : []));
    }
    // Pydantic documents a union as `anyOf`, one option as itself, and no `type` beside the options.
    if (key === 'anyOf' && !(unique.length === 1 && !whole) && !each && typed === undefined && !(whole && !nullOption && this.nullableKeyword(s)))
      return expr(code, ...uses);
    const keyword = whole && !nullOption && this.nullableKeyword(s);
    const args = [
      pyString(key),
      ...(each ? [`null_in=(${nullIn.join(', ')}${nullIn.length === 1 ? ',' : ''})`] : []),
      ...(keyword ? ['nullable=True'] : []),
      ...(typed ? [`typed=${pyString(typed)}`] : []),
    ];
    return expr(`Annotated[${code}, Field(json_schema_extra=_union(${args.join(', ')}))]`, ...uses, 'Annotated', 'Field', '_union');
  }

  /**
   * The discriminator property of a union, when Pydantic can dispatch on it: every option is an
   * object that requires the property as a string enum of its own, and no value names two options.
   */
  private discriminator(s: Node, choices: Schema[]): string | undefined {
    const property = isObject(s.discriminator) && typeof s.discriminator.propertyName === 'string' ? s.discriminator.propertyName : undefined;
    if (property === undefined) return undefined;
    const seen = new Set<string>();
    for (const c of choices) {
      const r = this.resolve(c);
      if (!isObject(r) || !this.isObjectLike(r) || this.isNullable(r)) return undefined;
      const flat = Array.isArray(r.allOf) ? this.flatten(r) : r;
      const prop = isObject(flat.properties) ? (flat.properties as Node)[property] : undefined;
      const required = Array.isArray(flat.required) && flat.required.includes(property);
      // A `$ref` would be an alias, which Pydantic does not look through for a discriminator.
      if (!isObject(prop) || prop.$ref !== undefined || !required || prop.readOnly === true || prop.writeOnly === true) return undefined;
      const values = 'const' in prop ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : [];
      if (values.length === 0 || this.isNullable(prop) || (typeof prop.format === 'string' && prop.format !== '')) return undefined;
      for (const v of values) {
        if (typeof v !== 'string' || seen.has(v)) return undefined;
        seen.add(v);
      }
    }
    return property;
  }

  private ofType(type: string, s: Node, hint: string, origin: Origin): TypeExpr {
    switch (type) {
      case 'string': {
        const format = typeof s.format === 'string' ? s.format : '';
        const byFormat: Record<string, string> = { 'date-time': 'datetime', date: 'date', uuid: 'UUID', email: 'EmailStr', binary: 'bytes' };
        const name = byFormat[format] ?? 'str';
        const constraints = name === 'str' ? stringConstraints(s, (m) => this.warn('fastapi-pattern', m, origin)) : [];
        // Array keywords on a string (OpenAI's \`minItems\` on the items of \`search_query\`) constrain
        // nothing, but tools compare them: documented as written.
        const foreign = Object.fromEntries(Object.entries(s).filter(([key]) => ['minItems', 'maxItems', 'uniqueItems'].includes(key)));
        if (name === 'str' && format === '' && Object.keys(foreign).length > 0) constraints.push(`json_schema_extra=${pyLiteral(foreign)}`);
        const base = name === 'str' ? this.formatted('str', format) : name === 'bytes' ? this.binary() : expr(name, name);
        return constrained(base, constraints);
      }
      case 'integer':
      case 'number': {
        const format = typeof s.format === 'string' ? s.format : '';
        return constrained(this.formatted(type === 'integer' ? 'int' : 'float', format), numberConstraints(s, !this.openapi30));
      }
      case 'boolean':
        return expr('bool');
      case 'array': {
        const item =
          Array.isArray(s.items) || s.prefixItems !== undefined ? expr('Any', 'Any') : this.typeOf(s.items as Schema | undefined, `${hint}Item`, origin);
        const constraints: string[] = [];
        if (typeof s.minItems === 'number' && s.minItems > 0) constraints.push(`min_length=${s.minItems}`);
        if (typeof s.maxItems === 'number') constraints.push(`max_length=${s.maxItems}`);
        return constrained(expr(`list[${item.code}]`, item.uses), constraints);
      }
      case 'object':
        return this.objectType(s, hint, origin);
      default:
        return expr('Any', 'Any');
    }
  }

  private objectType(s: Node, hint: string, origin: Origin): TypeExpr {
    if (isObject(s.properties) && Object.keys(s.properties).length > 0) {
      const known = this.inlineTypes.get(s);
      if (known) return known;
      const name = this.scope.claim(hint, 'pascal');
      const type = expr(name, name);
      this.inlineTypes.set(s, type);
      this.defineClass(name, s, origin);
      return type;
    }
    const extra = s.additionalProperties;
    const value = extra === undefined || extra === true || extra === false ? expr('Any', 'Any') : this.typeOf(extra as Schema, `${hint}Value`, origin);
    const names = keyNames(s.propertyNames);
    const key = names
      ? constrained(
          expr('str'),
          stringConstraints(names, () => undefined),
        )
      : expr('str');
    let map = expr(`dict[${key.code}, ${value.code}]`, key.uses, value.uses);
    // Pydantic documents the key's constraints without their \`type\`: the contract's schema is put back.
    if (names) map = expr(`Annotated[${map.code}, _Annotated(${pyLiteral({ propertyNames: names })})]`, map.uses, 'Annotated', '_Annotated');
    if (typeof s.format !== 'string' || s.format === '') return map;
    return expr(`Annotated[${map.code}, Field(json_schema_extra={"format": ${pyString(s.format)}})]`, map.uses, 'Annotated', 'Field');
  }

  /**
   * `allOf` of one reference and nothing else that constrains (GitHub's way of making a reference
   * nullable or describing it in place): the referenced type itself.
   */
  private wrapsOneRef(s: Node): boolean {
    const members = s.allOf;
    return Array.isArray(members) && members.length === 1 && isObject(members[0]) && typeof members[0].$ref === 'string' && ownKeywords(s).length === 0;
  }

  /** `allOf` of one schema is that schema; of several objects, one class with every property. */
  private allOfType(s: Node, hint: string, origin: Origin): TypeExpr {
    const members = s.allOf as Schema[];
    if (members.length === 1 && ownKeywords(s).length === 0) return this.typeOf(members[0], hint, origin);
    if (this.isObjectLike(s)) {
      const type = this.objectType(this.flatten(s), hint, origin);
      const layout = this.allOfLayout(s, origin);
      const def = this.classes.get(type.code);
      if (layout && def && def.allOf === undefined) def.allOf = layout;
      return type;
    }
    this.warn('fastapi-allof', 'an allOf that does not combine objects has no Pydantic type; Any is used', origin);
    return expr('Any', 'Any');
  }

  private isNullable(s: Node): boolean {
    const types = [s.type].flat();
    // 3.0 gives `nullable` no meaning without `type`, but a union or `allOf` that says it (OpenAI's
    // `prompt`, GitHub's nullable references) means it, and diff tools read it so.
    const composed = s.oneOf !== undefined || s.anyOf !== undefined || s.allOf !== undefined;
    return (
      types.includes('null') ||
      (this.openapi30 && s.nullable === true && (s.type !== undefined || composed)) ||
      this.nullableKeyword(s) ||
      (Array.isArray(s.enum) && s.enum.includes(null))
    );
  }

  /**
   * `nullable: true` in a 3.1 document (OpenAI's keeps the 3.0 keyword): accepted as the author
   * means it, and documented with the same keyword rather than as a null option.
   */
  private nullableKeyword(s: Node): boolean {
    return !this.openapi30 && s.nullable === true && ![s.type].flat().includes('null');
  }

  private isObjectLike(s: Node, depth = 0): boolean {
    if (depth > 16) return false;
    if (Array.isArray(s.allOf)) {
      return s.allOf.every((m) => {
        const r = this.api.resolveSchema(m as Schema);
        return isObject(r) && this.isObjectLike(r, depth + 1);
      });
    }
    if (((s.oneOf !== undefined || s.anyOf !== undefined) && !requiredSets(s)) || s.enum !== undefined || 'const' in s) return false;
    const types = [s.type].flat().filter((t) => t !== undefined && t !== 'null');
    return isObject(s.properties) && Object.keys(s.properties).length > 0 && (types.length === 0 || (types.length === 1 && types[0] === 'object'));
  }

  /**
   * The members of an object's `allOf` as the document can list them: references to named classes,
   * and objects written in place that only give properties (the merged class checks them all).
   * Undefined where the schema or a member says more than the merged class documents.
   */
  private allOfLayout(s: Node, origin: Origin): AllOfMember[] | undefined {
    if (!ownKeywords(s).every((k) => k === 'type' || k.startsWith('x-')) || s.nullable === true) return undefined;
    const members: AllOfMember[] = [];
    const referenced: Schema[] = [];
    for (const member of s.allOf as Schema[]) {
      if (!isObject(member)) return undefined;
      if (typeof member.$ref === 'string') {
        const name = this.namedNames.get(this.api.resolveSchema(member) as object);
        if (name === undefined || Object.keys(member).length > 1) return undefined;
        members.push(name);
        referenced.push(member);
        continue;
      }
      const plain = Object.keys(member).every((k) => ['type', 'properties', 'required', 'description', 'title'].includes(k) || k.startsWith('x-'));
      if (!plain || (member.type !== undefined && member.type !== 'object') || !isObject(member.properties)) return undefined;
      const { properties: own, ...written } = member;
      // A one-way property is required of one side only: the merged class says so, not the member.
      const oneWay = (name: unknown) => {
        const r = typeof name === 'string' && name in own ? this.api.resolveSchema(own[name] as Schema) : undefined;
        return isObject(r) && (r.readOnly === true || r.writeOnly === true);
      };
      if (Array.isArray(member.required) && member.required.some(oneWay)) return undefined;
      const properties = Object.fromEntries(Object.entries(own).map(([wire, prop]) => [wire, isObject(prop) ? propertyAnnotations(prop) : {}]));
      members.push({ written, properties });
    }
    // The referenced members are emitted too (a member that only an \`allOf\` names is otherwise
    // merged and never defined), so the document can list them. Defining one checks nothing more.
    for (const member of referenced) this.typeOf(member, 'Member', origin);
    return members;
  }

  /** The properties and requirements of every allOf member, in member order. */
  private flatten(s: Node): Node {
    const properties: Node = {};
    const required = new Set<string>();
    const visit = (node: Node, d: number) => {
      if (d > 16) return;
      for (const member of (node.allOf as Schema[] | undefined) ?? []) {
        const r = this.api.resolveSchema(member);
        if (isObject(r)) visit(r, d + 1);
      }
      if (isObject(node.properties)) Object.assign(properties, node.properties);
      if (Array.isArray(node.required)) for (const k of node.required) if (typeof k === 'string') required.add(k);
    };
    visit(s, 0);
    // A flattened `allOf` has no `type` unless the schema itself gives one, as in the document.
    const flat: Node = { ...(s.type !== undefined ? { type: s.type } : {}), properties, required: [...required] };
    if (typeof s.description === 'string') flat.description = s.description;
    // Tools pair the options of a union by their titles: a flattened option keeps its own.
    if (typeof s.title === 'string') flat.title = s.title;
    // A member's `additionalProperties: false` only spoke of its own properties: the union stays open.
    return flat;
  }

  private defineClass(name: string, s: Node, origin: Origin): void {
    const flat = Array.isArray(s.allOf) ? this.flatten(s) : s;
    const properties = isObject(flat.properties) ? flat.properties : {};
    const required = new Set(Array.isArray(flat.required) ? flat.required : []);
    const fieldScope = new NameScope(FIELD_RESERVED, 'field', true);
    const fields: ClassField[] = [];
    const def: ClassDef = {
      name,
      ...(typeof s.description === 'string' && s.description.trim() !== '' ? { description: s.description.trim() } : {}),
      fields,
      forbidExtra: flat.additionalProperties === false,
      ...(typeof s.format === 'string' && s.format !== '' ? { format: s.format } : {}),
      ...(typeof s.title === 'string' && s.title !== '' ? { title: s.title } : {}),
      untyped: s.type === undefined,
      additionalProperties: 'additionalProperties' in flat,
    };
    const alternatives = requiredSets(s);
    if (alternatives) def.alternatives = alternatives;
    const layout = Array.isArray(s.allOf) ? this.allOfLayout(s, origin) : undefined;
    if (layout) def.allOf = layout;
    this.classes.set(name, def);
    // Models validate by name as well as by alias, so no field's Python name may be another field's
    // wire name: with "user_id" and "user-id", {"user_id": …} would fill both. Wire names that are
    // Python names keep them; the others then get names no wire name has.
    const fieldNames = new Map<string, string>();
    for (const wire of Object.keys(properties)) if (/^[a-z_][a-z0-9_]*$/.test(wire)) fieldNames.set(wire, fieldScope.claim(wire, 'snake'));
    for (const wire of Object.keys(properties)) fieldScope.reserve(wire);
    for (const [wire, raw] of Object.entries(properties)) {
      const prop = raw as Schema;
      const resolved = this.api.resolveSchema(prop);
      const r = isObject(resolved) ? resolved : {};
      const local = isObject(prop) ? prop : {};
      // A readOnly field is never sent by clients and a writeOnly one never returned: either way one
      // side of the exchange omits it, so it cannot be required of both.
      const readOnly = r.readOnly === true || local.readOnly === true;
      const writeOnly = r.writeOnly === true || local.writeOnly === true;
      const oneSided = readOnly || writeOnly;
      // Only the property's own description: a referenced schema's describes the type, not the field.
      const description = typeof local.description === 'string' ? local.description : undefined;
      const defaultValue = 'default' in local ? local.default : 'default' in r ? r.default : undefined;
      const type = this.typeOf(prop, `${name}${pascal(wire)}`, origin);
      // A reference the contract wraps in an \`allOf\` to describe it in place stays wrapped: tools
      // read \`allOf: [$ref]\` and a bare \`$ref\` apart. The document (document.py) re-wraps it.
      const wrapped = this.wrapsOneRef(local) && /^\w+$/.test(type.code) ? { allOf: '$ref' } : {};
      const annotations = { ...propertyAnnotations(local), ...wrapped };
      fields.push({
        name: fieldNames.get(wire) ?? fieldScope.claim(wire, 'snake'),
        wire,
        type,
        ...(type.code === 'Any' && (local.nullable === true || r.nullable === true) ? { nullable: true } : {}),
        required: required.has(wire) && !oneSided,
        ...(oneSided ? { oneWay: { marker: readOnly ? ('readOnly' as const) : ('writeOnly' as const), required: required.has(wire) } } : {}),
        ...(defaultValue !== undefined && !required.has(wire) ? { default: defaultValue } : {}),
        ...(description ? { description: description.trim() } : {}),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      });
    }
    // The class documents one schema extra: where another is needed, the alternatives stay unchecked
    // rather than checked without being documented.
    if (def.format !== undefined || fields.some((f) => f.oneWay)) delete def.alternatives;
  }

  /**
   * A base type carrying a format Python has no type for (`int64`, `uri`), as a named alias, so the
   * document FastAPI computes keeps the format the spec wrote.
   */
  private formatted(base: 'int' | 'float' | 'str', format: string): TypeExpr {
    if (format === '') return expr(base);
    const key = `${base}\0${format}`;
    let name = this.formats.get(key);
    if (!name) {
      name = this.scope.claim(base === 'str' ? `${format} string` : format, 'pascal');
      this.formats.set(key, name);
      this.aliases.set(name, {
        name,
        type: expr(`Annotated[${base}, Field(json_schema_extra={"format": ${pyString(format)}})]`, 'Annotated', 'Field'),
        component: false,
      });
    }
    return expr(name, name);
  }

  /**
   * \`format: binary\` in a JSON or form body (OpenAI's skill \`files\`): \`bytes\`, which takes any
   * string, documented as the contract writes it rather than as Pydantic's \`contentMediaType\`,
   * which tools read as another schema. A named alias, like the other formats.
   */
  private binary(): TypeExpr {
    const key = 'bytes\0binary';
    let name = this.formats.get(key);
    if (!name) {
      name = this.scope.claim('binary', 'pascal');
      this.formats.set(key, name);
      this.aliases.set(name, {
        name,
        type: expr(`Annotated[bytes, WithJsonSchema(${pyLiteral({ type: 'string', format: 'binary' })})]`, 'Annotated', 'WithJsonSchema'),
        component: false,
      });
    }
    return expr(name, name);
  }

  private literalOf(values: unknown[]): TypeExpr | undefined {
    if (values.length === 0) return undefined;
    if (!values.every((v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v)))) return undefined;
    return expr(`Literal[${values.map((v) => pyLiteral(v)).join(', ')}]`, 'Literal');
  }

  private union(parts: TypeExpr[]): TypeExpr {
    const seen = new Map<string, TypeExpr>();
    for (const p of parts) seen.set(p.code, p);
    const unique = [...seen.values()];
    if (unique.length === 1) return unique[0]!;
    if (unique.some((p) => p.code === 'Any')) return expr('Any', 'Any');
    return expr(unique.map((p) => p.code).join(' | '), ...unique.map((p) => p.uses));
  }

  /** Aliases in dependency order; an alias that needs itself (through other aliases) becomes `Any`. */
  private orderedAliases(): AliasDef[] {
    const out: AliasDef[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (a: AliasDef) => {
      if (state.get(a.name) === 'done') return;
      state.set(a.name, 'visiting');
      for (const dep of a.type.uses) {
        const target = this.aliases.get(dep);
        if (!target) continue;
        if (state.get(dep) === 'visiting') {
          a.type = expr('Any', 'Any');
          break;
        }
        visit(target);
      }
      state.set(a.name, 'done');
      out.push(a);
    };
    for (const a of [...this.aliases.values()].sort((x, y) => x.name.localeCompare(y.name))) visit(a);
    return out;
  }

  private warn(rule: string, message: string, origin: Origin): void {
    this.warnings.push({ severity: 'warning', rule, message, location: locate(origin) });
  }
}

/**
 * What a property writes that Pydantic documents otherwise: Pydantic titles every property after its
 * name and keeps no `example` or extension. Tools pair the untitled options of a union only when they
 * are identical, so the served document (document.py) writes these as the spec does.
 */
function propertyAnnotations(local: Node): Record<string, unknown> {
  return Object.fromEntries(Object.entries(local).filter(([key]) => ['title', 'example', 'examples'].includes(key) || key.startsWith('x-')));
}

/**
 * The \`propertyNames\` of a map, where Pydantic checks every one of them on the keys: a string type
 * with length bounds and a pattern its regex engine reads alike. Any other is neither checked nor
 * documented.
 */
function keyNames(s: unknown): Node | undefined {
  if (!isObject(s) || (s.type !== undefined && s.type !== 'string')) return undefined;
  if (!Object.keys(s).every((k) => ['type', 'minLength', 'maxLength', 'pattern'].includes(k))) return undefined;
  if (s.pattern !== undefined && !(typeof s.pattern === 'string' && portablePattern(s.pattern))) return undefined;
  if ((s.minLength !== undefined && typeof s.minLength !== 'number') || (s.maxLength !== undefined && typeof s.maxLength !== 'number')) return undefined;
  return s;
}

/** Keywords that document a schema without constraining it. */
const OPTION_ANNOTATIONS = ['description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly'];

/**
 * What an inline option of a union writes besides its constraints, and what its plain items write
 * (an object or a composed schema documents its own): undefined when nothing. `nullable` is kept
 * only where the whole union takes null, so the option claims nothing the union refuses.
 */
function optionAnnotations(s: Node, unionNullable: boolean, depth = 0): Record<string, unknown> | undefined {
  if (s.$ref !== undefined || s.oneOf !== undefined || s.anyOf !== undefined || s.allOf !== undefined || s.properties !== undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) {
    if (OPTION_ANNOTATIONS.includes(key) || key.startsWith('x-') || (key === 'title' && depth > 0)) out[key] = value;
  }
  if (depth === 0 && unionNullable && s.nullable === true) out.nullable = true;
  if (isObject(s.items) && depth < 8) {
    const items = optionAnnotations(s.items, false, depth + 1);
    if (items) out.items = items;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The keywords that document a schema (a composed one too) without constraining it. */
function annotationsOf(s: Node): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s).filter(([key]) => OPTION_ANNOTATIONS.includes(key) || key === 'title' || key.startsWith('x-')));
}

/** `A | B`, not `Annotated[A | B, ...]` or `list[A | B]`: a union Python would merge into an enclosing one. */
function isBareUnion(code: string): boolean {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (depth === 0 && code.startsWith(' | ', i)) return true;
  }
  return false;
}

/** The keywords of an \`allOf\` schema besides its members and annotations: what it adds to them. */
function ownKeywords(s: Node): string[] {
  return Object.keys(s).filter(
    (k) => !['allOf', 'description', 'title', 'example', 'examples', 'default', 'nullable', 'readOnly', 'writeOnly', 'deprecated', 'discriminator'].includes(k),
  );
}

/**
 * The sets of properties a \`oneOf\` or \`anyOf\` of bare \`required\` lists asks of an object with
 * properties; undefined for any other union.
 */
function requiredSets(s: Node): Alternatives | undefined {
  if (!isObject(s.properties) || (s.oneOf !== undefined && s.anyOf !== undefined)) return undefined;
  const key = Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined;
  if (!key) return undefined;
  const sets: string[][] = [];
  for (const option of s[key] as unknown[]) {
    if (!isObject(option) || Object.keys(option).some((k) => k !== 'required')) return undefined;
    const names = option.required;
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) return undefined;
    sets.push(names as string[]);
  }
  return sets.length > 0 ? { key, sets } : undefined;
}

function pyTuple(items: string[]): string {
  return `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
}

/** Null alone: an option that only adds null to a union. */
function isNullOnly(s: Node): boolean {
  const types = [s.type].flat();
  return (types.length === 1 && types[0] === 'null') || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null);
}

function needsField(f: ClassField): boolean {
  return f.name !== f.wire || f.description !== undefined || f.nullable === true || (!f.required && f.default !== undefined);
}

function renderClass(c: ClassDef): string {
  const lines = [`class ${c.name}(BaseModel):`];
  if (c.description) lines.push(`    ${pyString(c.description, 'block')}`, '');
  const oneWay = c.fields.filter((f) => f.oneWay);
  let extra = '';
  if (c.format !== undefined) extra = `, json_schema_extra={"format": ${pyString(c.format)}}`;
  else if (oneWay.length > 0) {
    const entries = oneWay.map((f) => `${pyString(f.wire)}: (${pyString(f.oneWay!.marker)}, ${f.oneWay!.required ? 'True' : 'False'})`);
    extra = `, json_schema_extra=_one_way({${entries.join(', ')}}${c.untyped ? ', typed=False' : ''})`;
  } else if (c.alternatives) {
    const sets = pyTuple(c.alternatives.sets.map((set) => pyTuple(set.map((name) => pyString(name)))));
    extra = `, json_schema_extra=_required_sets(${pyString(c.alternatives.key)}, ${sets}${c.untyped ? ', typed=False' : ''})`;
  } else if (c.untyped) extra = ', json_schema_extra=_untyped';
  if (c.title !== undefined) extra = `, title=${pyString(c.title)}${extra}`;
  const config = `    model_config = ConfigDict(populate_by_name=True, extra=${c.forbidExtra ? '"forbid"' : '"allow"'}${extra})`;
  const settings = ['populate_by_name=True', `extra=${c.forbidExtra ? '"forbid"' : '"allow"'}`];
  if (c.title !== undefined) settings.push(`title=${pyString(c.title)}`);
  if (extra.includes('json_schema_extra=')) settings.push(extra.slice(extra.indexOf('json_schema_extra=')));
  lines.push(config.length <= 100 ? config : ['    model_config = ConfigDict(', ...settings.map((s) => `        ${s},`), '    )'].join('\n'));
  if (c.fields.length > 0) lines.push('');
  for (const f of c.fields) lines.push(renderField(f));
  if (c.alternatives) {
    const sets = pyTuple(c.alternatives.sets.map((set) => pyTuple(set.map((name) => pyString(name)))));
    lines.push('', '    @model_validator(mode="before")', '    @classmethod', '    def _given_sets(cls, data: Any) -> Any:');
    const call = `        return _require_sets(data, ${pyString(c.alternatives.key)}, ${sets})`;
    if (call.length <= 100) lines.push(call);
    else {
      const each = c.alternatives.sets.map((set) => `                ${pyTuple(set.map((name) => pyString(name)))},`);
      lines.push(
        '        return _require_sets(',
        '            data,',
        `            ${pyString(c.alternatives.key)},`,
        '            (',
        ...each,
        '            ),',
        '        )',
      );
    }
  }
  return lines.join('\n');
}

function renderField(f: ClassField): string {
  // An optional field that is not nullable defaults to None without accepting null (see the header).
  const type = f.type.code;
  const args: string[] = [];
  if (!f.required) args.push(`default=${f.default === undefined ? 'None' : pyLiteral(f.default)}`);
  if (f.name !== f.wire) args.push(`alias=${pyString(f.wire)}`);
  if (f.description !== undefined) args.push(`description=${pyString(f.description)}`);
  if (f.nullable) args.push('json_schema_extra={"nullable": True}');
  const head = `    ${f.name}: ${type}`;
  if (args.length === 0) return head;
  if (args.length === 1 && args[0] === 'default=None') return `${head} = None`;
  const inline = `${head} = Field(${args.join(', ')})`;
  if (inline.length <= 100) return inline;
  return `${head} = Field(\n${args.map((a) => `        ${a},`).join('\n')}\n    )`;
}

function constrained(base: TypeExpr, constraints: string[]): TypeExpr {
  if (constraints.length === 0) return base;
  return { ...expr(`Annotated[${base.code}, Field(${constraints.join(', ')})]`, base.uses, 'Annotated', 'Field'), base, constraints };
}

function stringConstraints(s: Node, warn: (message: string) => void): string[] {
  const out: string[] = [];
  if (typeof s.minLength === 'number' && s.minLength > 0) out.push(`min_length=${s.minLength}`);
  if (typeof s.maxLength === 'number') out.push(`max_length=${s.maxLength}`);
  if (typeof s.pattern === 'string') {
    if (portablePattern(s.pattern)) out.push(`pattern=${pyString(s.pattern)}`);
    else warn(`pattern ${JSON.stringify(s.pattern)} uses syntax Pydantic's regex engine lacks; it is not enforced`);
  }
  return out;
}

/**
 * Whether a pattern means the same to Pydantic's Rust regex engine as to ECMA-262 (JSON Schema):
 * no lookaround, backreferences or ECMA-only escapes. Others are documented but not enforced, so a
 * valid request is never refused by a regex dialect difference.
 */
export function portablePattern(pattern: string): boolean {
  if (/\(\?[=!<]|\\[1-9kpPcu]|\\x|\[\^?\]|\\\//.test(pattern)) return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * `keepBooleanForm`: a 3.1 document that still writes the 3.0 form (OpenAI's `minimum: 0,
 * exclusiveMinimum: true`) is documented in that form, which tools read differently from 3.1's.
 */
function numberConstraints(s: Node, keepBooleanForm = false): string[] {
  const out: string[] = [];
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = s;
  // Boolean exclusives are the 3.0 form (turning the bound exclusive); numbers are the 3.1 form.
  if (typeof minimum === 'number') out.push(`${exclusiveMinimum === true ? 'gt' : 'ge'}=${minimum}`);
  if (typeof maximum === 'number') out.push(`${exclusiveMaximum === true ? 'lt' : 'le'}=${maximum}`);
  if (typeof exclusiveMinimum === 'number') out.push(`gt=${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === 'number') out.push(`lt=${exclusiveMaximum}`);
  if (typeof multipleOf === 'number' && multipleOf > 0) out.push(`multiple_of=${multipleOf}`);
  const written: string[] = [];
  // FastAPI's document model reads a boolean `exclusiveMinimum` as the number 1: the flag travels
  // under an extension key that the served document (document.py) turns back into the keyword.
  if (keepBooleanForm && typeof minimum === 'number' && exclusiveMinimum === true) written.push(`"minimum": ${minimum}, "x-exclusiveMinimum": True`);
  if (keepBooleanForm && typeof maximum === 'number' && exclusiveMaximum === true) written.push(`"maximum": ${maximum}, "x-exclusiveMaximum": True`);
  if (written.length > 0) out.push(`json_schema_extra={${written.join(', ')}}`);
  return out;
}
