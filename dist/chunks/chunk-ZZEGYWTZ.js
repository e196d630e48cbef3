import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/spec/nodes.ts
var HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isRef(value) {
  return isObject(value) && typeof value.$ref === "string";
}

export {
  HTTP_METHODS,
  isObject,
  isRef
};
