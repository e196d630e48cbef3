import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/openapi/nodes.ts
var HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isRef(value) {
  return isObject(value) && typeof value.$ref === "string";
}
var maxRefChain = 64;
function followRefs(node, target) {
  let current = node;
  for (let hops = 0; hops < maxRefChain && isRef(current); hops++) {
    const next = target(current);
    if (!next) break;
    current = next.value;
  }
  return current;
}

export {
  HTTP_METHODS,
  isObject,
  isRef,
  followRefs
};
