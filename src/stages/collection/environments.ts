/**
 * Postman environments: one per `servers` entry of the spec and one for the deployed URL. Each holds
 * `baseUrl` and one secret variable per credential a security scheme needs, always empty: values
 * belong in Postman's vault or the CI's secrets, never in a file that is committed.
 */
import type { ApiModel } from '../../openapi/model/model.ts';
import { isObject } from '../../openapi/model/model.ts';
import { openApi3 } from '../../openapi/convert/openapi3.ts';
import type { Spec } from '../../openapi/types.ts';
import { stableId } from './ids.ts';
import { hasVariableSyntax } from './inert-text.ts';
import type { PostmanEnvironment } from '../../postman/postman-types.ts';
import { BASE_URL_VARIABLE, credentialVariables } from './request-data.ts';

export interface PlannedEnvironment {
  /** Short, file-name-safe: `deployed`, `server-1`, ... */
  slug: string;
  environment: PostmanEnvironment;
}

export function planEnvironments(model: ApiModel, spec: Spec, deployedUrl: string | undefined): PlannedEnvironment[] {
  const credentials = [...new Set(model.securitySchemes.flatMap(credentialVariables))];
  const make = (slug: string, label: string, baseUrl: string): PlannedEnvironment => ({
    slug,
    environment: serverEnvironment(model.title, slug, label, baseUrl, credentials),
  });
  const servers = serverUrls(spec);
  return [make('deployed', 'deployed', deployedUrl ?? ''), ...servers.map((s, i) => make(`server-${i + 1}`, s.label, s.url))];
}

/** `<title> · <label>`: the base URL, and each credential variable secret and empty. */
export function serverEnvironment(title: string, slug: string, label: string, baseUrl: string, credentials: readonly string[]): PostmanEnvironment {
  return {
    id: stableId('environment', `${title}\u0000${slug}`),
    name: `${title} · ${label}`,
    values: [
      { key: BASE_URL_VARIABLE, value: baseUrl, type: 'default', enabled: true },
      ...credentials.map((key) => ({ key, value: '', type: 'secret' as const, enabled: true })),
    ],
    _postman_variable_scope: 'environment',
  };
}

/** The spec's server URLs with their variables at their defaults, made inert for Postman. */
export function serverUrls(spec: Spec): { url: string; label: string }[] {
  // A Swagger 2.0 spec's host, basePath and schemes are servers once converted.
  const doc = openApi3(spec).spec.document;
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  return servers.flatMap((server) => {
    if (typeof server.url !== 'string') return [];
    const variables = isObject(server.variables) ? server.variables : {};
    const url = server.url
      .replace(/\{([^{}]+)\}/g, (whole, name: string) => {
        const variable = variables[name];
        return isObject(variable) && variable.default !== undefined ? String(variable.default) : whole;
      })
      .replace(/\/+$/, '');
    // An environment value is substituted into every request URL: braces left in it must not pair up.
    const inert = hasVariableSyntax(url) ? url.replace(/\{/g, '%7B').replace(/\}/g, '%7D') : url;
    const label = typeof server.description === 'string' && server.description.trim() !== '' ? server.description.trim() : inert;
    return [{ url: inert, label }];
  });
}
