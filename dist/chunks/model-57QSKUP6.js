import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildApiModel,
  locate
} from "./chunk-4G33H6ES.js";
import {
  HTTP_METHODS,
  isObject,
  isRef
} from "./chunk-KT4RHP5Z.js";
import "./chunk-YUSX2OFO.js";
export {
  HTTP_METHODS,
  buildApiModel,
  isObject,
  isRef,
  locate
};
