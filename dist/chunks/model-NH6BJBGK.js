import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  HTTP_METHODS,
  buildApiModel,
  isObject,
  isRef,
  locate,
  originPointer
} from "./chunk-CUTTZPGP.js";
import "./chunk-7DYFA2GF.js";
import "./chunk-YUSX2OFO.js";
export {
  HTTP_METHODS,
  buildApiModel,
  isObject,
  isRef,
  locate,
  originPointer
};
