import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/stages/fastapi/health-path.ts
function healthPathOf(api) {
  return api.operations.some((op) => op.path === "/healthz") ? "/_health" : "/healthz";
}

export {
  healthPathOf
};
