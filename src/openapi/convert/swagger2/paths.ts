/**
 * Path items and operations from 2.0 to 3.0. Path-level parameters stay at the path level, except
 * `body` and `formData` ones, which 3.0 has no place for there: they join the request body of every
 * operation of the path (an operation's own parameter of the same name and place wins, as in 2.0).
 * A referenced path item is converted into the path, keeping the place it is written at.
 */
import { HTTP_METHODS, isObject, isRef } from '../../nodes.ts';
import type { Place } from './source-map.ts';
import { at, brokenRef, extensionsOf, put, type Conversion, type Node } from './conversion.ts';
import { bodyRequest, convertParameter, formRequest, parameterKey, readParameterList, type ParameterEntry } from './parameters.ts';
import { convertResponses } from './responses.ts';
import { hostOf, schemesOf, serversFor } from './servers.ts';

/** What operations inherit from the document. */
export interface Inherited {
  consumes: string[];
  produces: string[];
  schemes: string[];
}

export function mediaTypes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string' && t !== '') : [];
}

export function convertPaths(cx: Conversion, paths: unknown, place: Place, inherited: Inherited): Node {
  const out: Node = {};
  if (!isObject(paths)) return cx.place(out, place);
  for (const [path, raw] of Object.entries(paths)) {
    if (path.startsWith('x-')) {
      put(out, path, raw);
      continue;
    }
    try {
      put(out, path, convertPathItem(cx, raw, at(place, path), inherited));
    } catch (error) {
      // A safety net, not a code path: whatever a hostile or broken file holds, one path is lost, not the run.
      cx.warn(
        'convert-failed',
        `the path ${JSON.stringify(path)} could not be converted to OpenAPI 3 (${(error as Error).message}); it is left out`,
        at(place, path),
      );
    }
  }
  return cx.place(out, place);
}

function convertPathItem(cx: Conversion, raw: unknown, place: Place, inherited: Inherited): unknown {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  if (!isObject(found.value)) return found.value;
  const { value: item, at: where } = found;
  const shared = readParameterList(cx, item.parameters, at(where, 'parameters'));
  const out: Node = {};
  const parameters = simpleParameters(cx, shared);
  if (parameters.length > 0) out.parameters = cx.place(parameters, at(where, 'parameters'));
  for (const method of HTTP_METHODS) {
    if (item[method] !== undefined) out[method] = convertOperation(cx, item[method], at(where, method), shared, inherited);
  }
  Object.assign(out, extensionsOf(item));
  return cx.place(out, where);
}

/** Path, query and header parameters as 3.0 ones, and broken refs kept as refs. */
function simpleParameters(cx: Conversion, entries: readonly ParameterEntry[]): Node[] {
  return entries.flatMap((entry): Node[] => {
    if (entry.kind === 'broken') return [brokenRef(cx, entry.ref, entry.at)];
    if (entry.param.in === 'body' || entry.param.in === 'formData') return [];
    const converted = convertParameter(cx, entry.param, entry.at);
    return converted ? [converted] : [];
  });
}

/** Fields of a 2.0 operation that 3.0 has as they are. */
const KEPT = ['tags', 'summary', 'description', 'externalDocs', 'operationId'];

function convertOperation(cx: Conversion, raw: unknown, place: Place, shared: readonly ParameterEntry[], inherited: Inherited): unknown {
  const found = cx.follow(raw, place);
  if (!found) return isRef(raw) ? brokenRef(cx, raw.$ref, place) : raw;
  if (!isObject(found.value)) return found.value;
  const { value: op, at: where } = found;
  const own = readParameterList(cx, op.parameters, at(where, 'parameters'));
  const consumes = 'consumes' in op ? mediaTypes(op.consumes) : inherited.consumes;
  const produces = 'produces' in op ? mediaTypes(op.produces) : inherited.produces;

  const inBody = new Map<string, { param: Node; at: Place }>();
  for (const entry of [...shared, ...own]) {
    if (entry.kind === 'parameter' && (entry.param.in === 'body' || entry.param.in === 'formData')) inBody.set(parameterKey(entry.param), entry);
  }
  const bodies = [...inBody.values()].filter((e) => e.param.in === 'body');
  const fields = [...inBody.values()].filter((e) => e.param.in === 'formData');
  if (bodies.length > 1) {
    cx.warn(
      'several-bodies',
      `the operation has ${bodies.length} body parameters; only the first, ${JSON.stringify(bodies[0]!.param.name)}, becomes the request body`,
      bodies[1]!.at,
    );
  }
  if (bodies.length > 0 && fields.length > 0) {
    cx.warn(
      'body-and-form',
      'the operation has a body parameter and formData parameters, which 2.0 does not allow together; the formData parameters are left out',
      fields[0]!.at,
    );
  }
  const body = bodies[0];
  const requestBody = body ? bodyRequest(cx, body.param, body.at, consumes) : fields.length > 0 ? formRequest(cx, fields, consumes) : undefined;

  const out: Node = {};
  for (const key of KEPT) if (key in op) out[key] = op[key];
  const parameters = simpleParameters(cx, own);
  if (parameters.length > 0) out.parameters = cx.place(parameters, at(where, 'parameters'));
  if (requestBody) out.requestBody = requestBody;
  out.responses = convertResponses(cx, op.responses, at(where, 'responses'), produces);
  if ('deprecated' in op) out.deprecated = op.deprecated;
  if ('security' in op) out.security = op.security;
  // An operation's own schemes change its server only where 2.0 names a host.
  const schemes = schemesOf(op.schemes);
  if (hostOf(cx.spec.document) && schemes.length > 0 && schemes.join() !== inherited.schemes.join()) {
    const servers = serversFor(cx, cx.spec.document, schemes, at(where, 'schemes'));
    if (servers) out.servers = servers;
  }
  // Code generators name the body argument after the 2.0 parameter with this extension.
  if (body && typeof body.param.name === 'string') out['x-codegen-request-body-name'] = body.param.name;
  Object.assign(out, extensionsOf(op));
  return cx.place(out, where);
}
