import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  locate
} from "./chunk-SNB4CVCT.js";
import {
  HTTP_METHODS,
  isObject,
  isRef
} from "./chunk-BL3GV6RR.js";
import "./chunk-YUSX2OFO.js";
export {
  HTTP_METHODS,
  isObject,
  isRef,
  locate
};
