import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildApiModel,
  locate
} from "./chunk-WOBPOY7Y.js";
import {
  HTTP_METHODS,
  isObject,
  isRef
} from "./chunk-ZB5F4LWU.js";
import "./chunk-YUSX2OFO.js";
export {
  HTTP_METHODS,
  buildApiModel,
  isObject,
  isRef,
  locate
};
