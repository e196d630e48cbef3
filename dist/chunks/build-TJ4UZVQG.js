import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildApiModel
} from "./chunk-7B7T36BH.js";
import "./chunk-IKPC32MA.js";
import "./chunk-SNB4CVCT.js";
import "./chunk-XIPBR6KD.js";
import "./chunk-BL3GV6RR.js";
import "./chunk-YUSX2OFO.js";
export {
  buildApiModel
};
