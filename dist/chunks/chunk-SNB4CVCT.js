import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/openapi/model/model.ts
function locate(origin) {
  return origin.file.locate(origin.path);
}

export {
  locate
};
