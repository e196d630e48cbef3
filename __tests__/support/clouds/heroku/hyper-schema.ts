/**
 * Heroku's Platform API description (a JSON Hyper-Schema, draft-04 with Heroku's own keywords),
 * read once per process: every resource's `links` become routes (method, path template, body
 * schema), and the schemas become JSON Schema that ajv checks requests with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { sharedDir } from '../../paths.ts';

type Schema = Record<string, unknown>;

const descriptionFile = path.join(sharedDir, 'cloud-apis', 'heroku', 'platform-api.schema.json');

/**
 * The media-type variants the fake knows (`Accept: application/vnd.heroku+json; version=3.<variant>`).
 * `docker-releases` is the variant Heroku's container registry documentation and CLI release images
 * with: the formation update takes `docker_image` there. The published schema does not describe
 * the variant, so the fake adds that one property to it, and to nothing else.
 */
export const variants = ['', 'docker-releases'] as const;
export type Variant = (typeof variants)[number];

const dockerImage: Schema = {
  description: "the image's id (its config digest, sha256:…) in the app's repository of Heroku's container registry",
  type: ['string'],
};

export interface Link {
  /** The resource whose `links` hold it, e.g. `formation`. */
  resource: string;
  /** The link's title, e.g. `Batch Update`. */
  title: string;
  method: string;
  /** `instances` for a list, which takes a Range header. */
  rel: string;
  /** The path template for people: `/apps/{app}/formation`. */
  template: string;
  pattern: RegExp;
  /** Each path parameter: its name and the schema (a `#/definitions/...` pointer) its value must match. */
  parameters: { name: string; pointer: string }[];
  /** The request body's schema (or, for a GET, its query's). */
  schema?: Schema;
  /** Fields a Range header may sort by, besides `id`. */
  ranges: string[];
}

export interface LinkMatch {
  /** The links with the matched method and template: more than one when a template takes different bodies (release Create and Rollback). */
  links: Link[];
  parameters: Record<string, string>;
}

interface Loaded {
  links: Link[];
  validators: Map<string, ValidateFunction>;
  ajv: InstanceType<typeof ajvDraft04.default>;
}

let loaded: Loaded | undefined;

function description(): Loaded {
  if (loaded) return loaded;
  const document = JSON.parse(readFileSync(descriptionFile, 'utf8')) as Schema;
  // Patterns are JavaScript regular expressions without the u flag (they are written for Ruby and
  // JavaScript, not for Unicode mode); unknown formats and Heroku's own keywords are not errors.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, logger: false, unicodeRegExp: false });
  ajvFormats.default(ajv as never);
  for (const variant of variants) ajv.addSchema(rootFor(document, variant));
  loaded = { links: linksOf(document), validators: new Map(), ajv };
  return loaded;
}

/** The document as ajv reads it, under its own id per variant, so `#/definitions/...` resolve inside it. */
function rootFor(document: Schema, variant: Variant): Schema {
  const root = toJsonSchema({ ...document, id: rootId(variant) });
  if (variant === 'docker-releases') {
    const update = (((root.definitions as Schema).formation as Schema).definitions as Schema).update as Schema;
    update.properties = { ...(update.properties as Schema), docker_image: dockerImage };
  }
  return root;
}

function rootId(variant: Variant): string {
  return variant ? `http://api.heroku.com/schema/${variant}` : 'http://api.heroku.com/schema';
}

/** Keywords of the hyper-schema and of Heroku's dialect that say nothing about a valid request. */
const annotations = new Set(['$schema', 'links', 'example', 'readOnly', 'stability', 'deprecated', 'strictProperties']);
/** Keywords whose value is a map of schemas. */
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is a schema or a list of them. */
const schemaSlots = new Set(['items', 'additionalProperties', 'not', 'anyOf', 'allOf', 'oneOf']);

/**
 * Converts one schema of the description to the JSON Schema ajv validates requests with:
 * - hyper-schema and Heroku keywords (`links`, `$schema` of each resource, `strictProperties`,
 *   `example`, `stability`, ...) are dropped;
 * - an object that lists its properties is closed (`additionalProperties: false`) unless it says
 *   what else it takes, so a misspelt field is an error and not a silently ignored extra — Heroku
 *   marks most resources `strictProperties`, but request schemas rarely say either way;
 * - everything else (type lists, draft-04 `$ref` to `#/definitions/...`) is draft-04 already.
 */
export function toJsonSchema(schema: Schema): Schema {
  const converted: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    if (schemaMaps.has(keyword) && isSchema(value)) {
      converted[keyword] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, isSchema(inner) ? toJsonSchema(inner) : inner]));
    } else if (schemaSlots.has(keyword) && Array.isArray(value)) {
      converted[keyword] = value.map((inner: unknown) => (isSchema(inner) ? toJsonSchema(inner) : inner));
    } else if (schemaSlots.has(keyword) && isSchema(value)) {
      converted[keyword] = toJsonSchema(value);
    } else {
      converted[keyword] = value;
    }
  }
  if ((converted.properties || converted.patternProperties) && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return converted;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every resource's links, their href templates expanded into path patterns. */
function linksOf(document: Schema): Link[] {
  const links: Link[] = [];
  for (const [resource, definition] of Object.entries(document.definitions as Record<string, Schema>)) {
    for (const raw of (definition.links ?? []) as Schema[]) {
      const href = String(raw.href);
      const parameters: Link['parameters'] = [];
      let template = '';
      let pattern = '';
      // `{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}`: a parameter whose value is the
      // schema at that (percent-encoded) JSON pointer, here an app's id or name.
      for (const part of href.split(/(\{\([^)]*\)\})/)) {
        const parameter = /^\{\((.*)\)\}$/.exec(part);
        if (!parameter) {
          template += part;
          pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          continue;
        }
        const pointer = decodeURIComponent(parameter[1] ?? '');
        const name = /^#\/definitions\/([^/]+)/.exec(pointer)?.[1] ?? `p${parameters.length}`;
        parameters.push({ name, pointer });
        template += `{${name}}`;
        pattern += '([^/]+)';
      }
      links.push({
        resource,
        title: String(raw.title),
        method: String(raw.method).toUpperCase(),
        rel: String(raw.rel ?? ''),
        template,
        pattern: new RegExp(`^${pattern}$`),
        parameters,
        ...(isSchema(raw.schema) && { schema: raw.schema }),
        ranges: Array.isArray(raw.ranges) ? raw.ranges.map(String) : [],
      });
    }
  }
  return links;
}

/**
 * The links a request is for: the template with the most literal text among those its path fits
 * (so `/apps/{app}/formation` wins over a template with a parameter there), and the method.
 */
export function matchLinks(method: string, pathname: string): LinkMatch | { wrongMethod: string[] } | undefined {
  const fitting = description().links.filter((link) => link.pattern.test(pathname));
  if (fitting.length === 0) return undefined;
  const literal = (link: Link) => link.template.replace(/\{[^}]*\}/g, '').length;
  const best = Math.max(...fitting.map(literal));
  const specific = fitting.filter((link) => literal(link) === best);
  const links = specific.filter((link) => link.method === method);
  if (links.length === 0) return { wrongMethod: [...new Set(specific.map((link) => link.method))] };
  const first = links[0] as Link;
  const values = (first.pattern.exec(pathname) ?? []).slice(1);
  const parameters = Object.fromEntries(first.parameters.map((parameter, index) => [parameter.name, decodeURIComponent(values[index] ?? '')]));
  return { links: links.filter((link) => link.template === first.template), parameters };
}

function validator(key: string, schema: () => Schema): ValidateFunction {
  const { ajv, validators } = description();
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema());
    validators.set(key, validate);
  }
  return validate;
}

/** Path parameters that match no value their schema allows (an app name with capitals, a release that is neither id nor version). */
export function checkParameters(match: LinkMatch): string[] {
  const link = match.links[0] as Link;
  return link.parameters.flatMap(({ name, pointer }) => {
    const validate = validator(`parameter ${pointer}`, () => ({ $ref: `${rootId('')}${pointer}` }));
    const value = match.parameters[name] ?? '';
    // A path segment is text; a release's identity may be its version, an integer.
    const candidates: unknown[] = /^\d+$/.test(value) ? [value, Number(value)] : [value];
    return candidates.some((candidate) => validate(candidate)) ? [] : [`path parameter ${name} "${value}" is not a valid ${pointer}`];
  });
}

/**
 * Checks a JSON body against the schema of each matched link; the first it validates against is
 * the link the request is for. Heroku reads a missing body as `{}`.
 */
export function checkBody(match: LinkMatch, variant: Variant, body: unknown): { link?: Link; problems: string[] } {
  const problems: string[] = [];
  for (const link of match.links) {
    if (!link.schema) {
      if (body === undefined) return { link, problems: [] };
      problems.push(`${link.resource} ${link.title} takes no body`);
      continue;
    }
    const base = rootId(variant);
    const validate = validator(`${variant} ${link.method} ${link.template} ${link.title}`, () => withBase(toJsonSchema(link.schema as Schema), base));
    if (validate(body ?? {})) return { link, problems: [] };
    problems.push(...describe(`${link.resource} ${link.title}`, validate.errors));
  }
  return { problems };
}

/** Points a link schema's `#/definitions/...` references at the variant's copy of the document. */
function withBase(schema: Schema, base: string): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${base}${value}` : value,
  ) as Schema;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    return `${where}: body${error.instancePath || ''} ${error.message ?? error.keyword}${extra ? ` (${extra})` : ''}`;
  });
}
