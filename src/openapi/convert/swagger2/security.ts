/**
 * securityDefinitions → components/securitySchemes. `basic` is HTTP basic in 3.0, `apiKey` is
 * unchanged, and each oauth2 scheme's one `flow` becomes the matching entry of `flows` (2.0's
 * `application` is 3.0's clientCredentials, `accessCode` its authorizationCode). Requirements
 * (`security`) have the same shape in both versions and are copied as written.
 */
import { isObject } from '../../nodes.ts';
import type { Place } from './source-map.ts';
import { at, extensionsOf, put, type Conversion, type Node } from './conversion.ts';

const FLOWS: Record<string, { name: string; urls: string[] }> = {
  implicit: { name: 'implicit', urls: ['authorizationUrl'] },
  password: { name: 'password', urls: ['tokenUrl'] },
  application: { name: 'clientCredentials', urls: ['tokenUrl'] },
  accessCode: { name: 'authorizationCode', urls: ['authorizationUrl', 'tokenUrl'] },
};

export function convertSecuritySchemes(cx: Conversion, definitions: Node, place: Place): Node {
  const out: Node = {};
  for (const [name, raw] of Object.entries(definitions)) {
    const found = cx.follow(raw, at(place, name));
    if (!found) continue;
    const scheme = isObject(found.value) ? convertScheme(cx, name, found.value, found.at) : undefined;
    if (scheme) put(out, name, scheme);
  }
  return cx.place(out, place);
}

function convertScheme(cx: Conversion, name: string, s: Node, place: Place): Node | undefined {
  const out: Node = {};
  const renamed: Record<string, string[]> = {};
  const skip = (why: string, where: string) => {
    cx.warn('security-scheme', `security scheme ${JSON.stringify(name)} ${why}; it is left out, and requirements naming it are not enforced`, at(place, where));
    return undefined;
  };
  if (s.type === 'basic') {
    Object.assign(out, { type: 'http', scheme: 'basic' });
    renamed.scheme = ['type'];
  } else if (s.type === 'apiKey') {
    if (s.in !== 'header' && s.in !== 'query') return skip(`sends its key in ${JSON.stringify(s.in ?? '')}, not in a header or the query`, 'in');
    if (typeof s.name !== 'string') return skip('names no header or query parameter for its key', 'name');
    Object.assign(out, { type: 'apiKey', name: s.name, in: s.in });
  } else if (s.type === 'oauth2') {
    const flow = typeof s.flow === 'string' && Object.prototype.hasOwnProperty.call(FLOWS, s.flow) ? FLOWS[s.flow] : undefined;
    if (!flow) return skip(`has the oauth2 flow ${JSON.stringify(s.flow ?? '')}, not implicit, password, application or accessCode`, 'flow');
    const converted: Node = {};
    for (const url of flow.urls) if (typeof s[url] === 'string') converted[url] = s[url];
    // 3.0 requires the scopes map, even empty.
    converted.scopes = isObject(s.scopes) ? s.scopes : {};
    out.type = 'oauth2';
    out.flows = cx.place({ [flow.name]: cx.place(converted, place) }, place, { [flow.name]: [] });
    renamed.flows = ['flow'];
  } else {
    return skip(`has the type ${JSON.stringify(s.type ?? '')}, not basic, apiKey or oauth2`, 'type');
  }
  if (typeof s.description === 'string') out.description = s.description;
  Object.assign(out, extensionsOf(s));
  return cx.place(out, place, renamed);
}
