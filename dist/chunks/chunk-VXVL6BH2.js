import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  BASE_URL_VARIABLE,
  credentialVariables,
  hasVariableSyntax
} from "./chunk-4ETGFKD3.js";
import {
  stableId
} from "./chunk-D6MHEZL6.js";
import {
  openApi3
} from "./chunk-IKPC32MA.js";
import {
  isObject
} from "./chunk-BL3GV6RR.js";

// src/stages/collection/environments.ts
function planEnvironments(model, spec, deployedUrl) {
  const credentials = [...new Set(model.securitySchemes.flatMap(credentialVariables))];
  const make = (slug, label, baseUrl) => ({
    slug,
    environment: serverEnvironment(model.title, slug, label, baseUrl, credentials)
  });
  const servers = serverUrls(spec);
  return [make("deployed", "deployed", deployedUrl ?? ""), ...servers.map((s, i) => make(`server-${i + 1}`, s.label, s.url))];
}
function serverEnvironment(title, slug, label, baseUrl, credentials) {
  return {
    id: stableId("environment", `${title}\0${slug}`),
    name: `${title} \xB7 ${label}`,
    values: [
      { key: BASE_URL_VARIABLE, value: baseUrl, type: "default", enabled: true },
      ...credentials.map((key) => ({ key, value: "", type: "secret", enabled: true }))
    ],
    _postman_variable_scope: "environment"
  };
}
function serverUrls(spec) {
  const doc = openApi3(spec).spec.document;
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  return servers.flatMap((server) => {
    if (typeof server.url !== "string") return [];
    const variables = isObject(server.variables) ? server.variables : {};
    const url = server.url.replace(/\{([^{}]+)\}/g, (whole, name) => {
      const variable = variables[name];
      return isObject(variable) && variable.default !== void 0 ? String(variable.default) : whole;
    }).replace(/\/+$/, "");
    const inert = hasVariableSyntax(url) ? url.replace(/\{/g, "%7B").replace(/\}/g, "%7D") : url;
    const label = typeof server.description === "string" && server.description.trim() !== "" ? server.description.trim() : inert;
    return [{ url: inert, label }];
  });
}

export {
  planEnvironments,
  serverEnvironment,
  serverUrls
};
