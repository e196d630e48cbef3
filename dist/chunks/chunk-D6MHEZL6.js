import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/stages/collection/ids.ts
import { createHash } from "node:crypto";
function stableId(kind, key) {
  const hash = createHash("sha1").update(`fastapi-postman-deploy\0${kind}\0${key}`).digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function requestId(operationId) {
  return stableId("request", operationId);
}

export {
  stableId,
  requestId
};
