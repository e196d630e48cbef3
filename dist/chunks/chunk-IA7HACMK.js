import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/stages/spec-slug.ts
import path from "node:path";
function specSlug(specPath) {
  const stem = (path.isAbsolute(specPath) ? path.basename(specPath) : specPath).replace(/\.(ya?ml|json)$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "");
  return stem || "api";
}

export {
  specSlug
};
