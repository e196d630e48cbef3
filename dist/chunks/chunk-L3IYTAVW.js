import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/postman/postman-types.ts
var COLLECTION_SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
function isFolder(item) {
  return Array.isArray(item.item);
}
function* requestsOf(items, folders = []) {
  for (const item of items) {
    if (isFolder(item)) yield* requestsOf(item.item, [...folders, item.name]);
    else yield { item, folders };
  }
}

export {
  COLLECTION_SCHEMA,
  isFolder,
  requestsOf
};
