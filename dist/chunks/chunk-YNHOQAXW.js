import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  BASE_URL_VARIABLE,
  variableName
} from "./chunk-4ETGFKD3.js";
import {
  PLACEHOLDER_CREDENTIAL
} from "./chunk-FUEGNWPH.js";
import {
  requestsOf
} from "./chunk-L3IYTAVW.js";

// src/stages/contract/credentials.ts
function credentialVariablesIn(collection) {
  const found = /* @__PURE__ */ new Set();
  const scan = (value) => {
    for (const match of JSON.stringify(value ?? null).matchAll(/\{\{([A-Za-z0-9_-]+)\}\}/g)) if (match[1] !== BASE_URL_VARIABLE) found.add(match[1]);
  };
  scan(collection.auth);
  for (const { item } of requestsOf(collection.item)) {
    scan(item.request.auth);
    scan(item.request.header?.map((h) => h.value));
    scan(item.request.url.query?.map((q) => q.value));
  }
  return [...found].sort();
}
function planCredentials(variables, given) {
  const values = /* @__PURE__ */ Object.create(null);
  const secrets = [];
  const placeholders = /* @__PURE__ */ new Set();
  const byVariable = new Map(Object.entries(given).map(([scheme, value]) => [variableName(scheme), value]));
  for (const variable of variables) {
    const basic = byVariable.has(variable) ? null : /^(.+)(Username|Password)$/.exec(variable);
    const scheme = basic ? basic[1] : variable;
    const value = byVariable.get(scheme);
    if (value === void 0 || value === "") {
      values[variable] = PLACEHOLDER_CREDENTIAL;
      placeholders.add(scheme);
      continue;
    }
    if (basic) {
      const colon = value.indexOf(":");
      const part = basic[2] === "Username" ? colon < 0 ? value : value.slice(0, colon) : colon < 0 ? "" : value.slice(colon + 1);
      values[variable] = part;
      if (part) secrets.push(part);
    } else {
      values[variable] = value;
    }
    secrets.push(value);
  }
  return { values, secrets: [...new Set(secrets)].sort((a, b) => b.length - a.length), placeholders: [...placeholders].sort() };
}

export {
  credentialVariablesIn,
  planCredentials
};
