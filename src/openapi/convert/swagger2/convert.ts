/**
 * convertSwagger2: a Swagger 2.0 description as an OpenAPI 3.0.3 one, so every stage reads one
 * version. Pure: the loaded 2.0 spec is read, never changed, and nothing is read from disk.
 *
 * The result is a Spec of its own (converted-spec.ts) whose every place is located in the 2.0
 * files, so a stage's message about the converted document points at the 2.0 text. What 3.0
 * cannot say becomes a warning there (rules `swagger2-*`), never a failure.
 */
import { isObject } from '../../nodes.ts';
import type { Diagnostic, Spec } from '../../types.ts';
import { at, extensionsOf, put, type Node, Conversion } from './conversion.ts';
import { ConvertedFile, ConvertedSpec } from './converted-spec.ts';
import { bodyRequest, convertParameter } from './parameters.ts';
import { convertPaths, mediaTypes, type Inherited } from './paths.ts';
import { convertResponse } from './responses.ts';
import { convertSchema } from './schemas.ts';
import { convertSecuritySchemes } from './security.ts';
import { schemesOf, serversFor } from './servers.ts';

export interface Swagger2Conversion {
  spec: ConvertedSpec;
  warnings: Diagnostic[];
}

export function convertSwagger2(spec: Spec): Swagger2Conversion {
  const cx = new Conversion(spec);
  const doc = spec.document;
  const root = cx.root;
  const inherited: Inherited = { consumes: mediaTypes(doc.consumes), produces: mediaTypes(doc.produces), schemes: schemesOf(doc.schemes) };

  // Definitions first and in their order; schemas hoisted while converting come after them.
  const definitions = isObject(doc.definitions) ? doc.definitions : {};
  for (const name of Object.keys(definitions)) put(cx.schemas, name, undefined);
  for (const [name, schema] of Object.entries(definitions)) put(cx.schemas, name, convertSchema(cx, schema, at(root, 'definitions', name)));

  const out: Node = { openapi: '3.0.3' };
  for (const key of ['info', 'externalDocs']) if (key in doc) out[key] = doc[key];
  const servers = serversFor(cx, doc, inherited.schemes, at(root, 'schemes'));
  if (servers) out.servers = servers;
  if ('tags' in doc) out.tags = doc.tags;
  out.paths = convertPaths(cx, doc.paths, at(root, 'paths'), inherited);
  const shared = convertComponents(cx, doc, inherited);
  // Read after everything is converted: converting hoists schemas into cx.schemas.
  const components: Node = { ...(Object.keys(cx.schemas).length > 0 ? { schemas: cx.place(cx.schemas, at(root, 'definitions')) } : {}), ...shared };
  if (Object.keys(components).length > 0) out.components = cx.place(components, root);
  if ('security' in doc) out.security = doc.security;
  Object.assign(out, extensionsOf(doc));
  cx.place(out, root, { openapi: ['swagger'] });

  const file = new ConvertedFile(spec.root, out, cx.sources);
  return { spec: new ConvertedSpec(file, spec.problems), warnings: distinct(cx.warnings) };
}

/**
 * The shared parameters, responses and security schemes. Operations get their own converted copy
 * of what they refer to (a response's media types are the operation's); these are for readers of
 * the document. A shared body parameter is a request body in 3.0; shared formData ones have no
 * 3.0 home outside an operation.
 */
function convertComponents(cx: Conversion, doc: Node, inherited: Inherited): Node {
  const root = cx.root;
  const components: Node = {};
  if (isObject(doc.parameters)) {
    const parameters: Node = {};
    const requestBodies: Node = {};
    for (const [name, raw] of Object.entries(doc.parameters)) {
      const found = cx.follow(raw, at(root, 'parameters', name));
      if (!found || !isObject(found.value) || found.value.in === 'formData') continue;
      if (found.value.in === 'body') put(requestBodies, name, bodyRequest(cx, found.value, found.at, inherited.consumes));
      else {
        const converted = convertParameter(cx, found.value, found.at);
        if (converted) put(parameters, name, converted);
      }
    }
    if (Object.keys(parameters).length > 0) components.parameters = cx.place(parameters, at(root, 'parameters'));
    if (Object.keys(requestBodies).length > 0) components.requestBodies = cx.place(requestBodies, at(root, 'parameters'));
  }
  if (isObject(doc.responses)) {
    const responses: Node = {};
    for (const [name, raw] of Object.entries(doc.responses)) put(responses, name, convertResponse(cx, raw, at(root, 'responses', name), inherited.produces));
    components.responses = cx.place(responses, at(root, 'responses'));
  }
  if (isObject(doc.securityDefinitions)) {
    components.securitySchemes = convertSecuritySchemes(cx, doc.securityDefinitions, at(root, 'securityDefinitions'));
  }
  return components;
}

/** A shared parameter or response converted once per use warns once per use, at one place: once is enough. */
function distinct(warnings: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.rule}\u0000${w.message}\u0000${w.location.file}\u0000${w.location.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
