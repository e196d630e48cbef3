/**
 * Credentials for the contract run: one value per security scheme, given by the user, put into the
 * environment variables the collection's auth reads, and masked in everything reported. A scheme
 * with no value gets a placeholder, which the generated stubs accept, so a run against a freshly
 * generated server needs no secrets.
 */
import { BASE_URL_VARIABLE, variableName } from '../collection/request-data.ts';
import { requestsOf, type PostmanCollection } from '../../postman/postman-types.ts';

import { PLACEHOLDER_CREDENTIAL } from '../../openapi/sample/request.ts';

export interface CredentialPlan {
  /** Environment variables to set (name → value). */
  values: Record<string, string>;
  /** What must never appear in a report. */
  secrets: string[];
  /** Schemes for which a placeholder is sent. */
  placeholders: string[];
}

/**
 * The credential variables the collection sends: `{{name}}` in an auth block, a header or a query
 * parameter (where API keys that Postman's auth cannot carry go), other than the base URL.
 */
export function credentialVariablesIn(collection: PostmanCollection): string[] {
  const found = new Set<string>();
  const scan = (value: unknown) => {
    for (const match of JSON.stringify(value ?? null).matchAll(/\{\{([A-Za-z0-9_-]+)\}\}/g)) if (match[1] !== BASE_URL_VARIABLE) found.add(match[1]!);
  };
  scan(collection.auth);
  for (const { item } of requestsOf(collection.item)) {
    scan(item.request.auth);
    scan(item.request.header?.map((h) => h.value));
    scan(item.request.url.query?.map((q) => q.value));
  }
  return [...found].sort();
}

/**
 * `given` maps a scheme name to its credential; for HTTP basic the value is `user:password`.
 * Variables named after a scheme are `<scheme>` or `<scheme>Username`/`<scheme>Password`.
 */
export function planCredentials(variables: readonly string[], given: Readonly<Record<string, string>>): CredentialPlan {
  const values: Record<string, string> = Object.create(null);
  const secrets: string[] = [];
  const placeholders = new Set<string>();
  const byVariable = new Map(Object.entries(given).map(([scheme, value]) => [variableName(scheme), value]));
  for (const variable of variables) {
    const basic = byVariable.has(variable) ? null : /^(.+)(Username|Password)$/.exec(variable);
    const scheme = basic ? basic[1]! : variable;
    const value = byVariable.get(scheme);
    if (value === undefined || value === '') {
      values[variable] = PLACEHOLDER_CREDENTIAL;
      placeholders.add(scheme);
      continue;
    }
    if (basic) {
      const colon = value.indexOf(':');
      const part = basic[2] === 'Username' ? (colon < 0 ? value : value.slice(0, colon)) : colon < 0 ? '' : value.slice(colon + 1);
      values[variable] = part;
      if (part) secrets.push(part);
    } else {
      values[variable] = value;
    }
    secrets.push(value);
  }
  return { values, secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length), placeholders: [...placeholders].sort() };
}
