import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/openapi/pointer.ts
function encodePointer(path) {
  return path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function decodePointer(pointer) {
  let p = pointer;
  if (p.startsWith("#")) {
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      return void 0;
    }
  }
  if (p === "") return [];
  if (!p.startsWith("/")) return void 0;
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, segment)) {
      return void 0;
    }
    node = node[segment];
  }
  return node;
}

export {
  encodePointer,
  decodePointer,
  valueAt
};
