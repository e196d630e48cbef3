import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  SAFE_METHODS,
  scopeCollection
} from "./chunk-PCEQBCMA.js";
import "./chunk-UT4L56BZ.js";
import "./chunk-L3IYTAVW.js";
import "./chunk-YUSX2OFO.js";
export {
  SAFE_METHODS,
  scopeCollection
};
