import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildApiModel
} from "./chunk-IJCONNDN.js";
import "./chunk-4TQO4LGW.js";
import "./chunk-XIPBR6KD.js";
import "./chunk-SNB4CVCT.js";
import "./chunk-BL3GV6RR.js";
import "./chunk-YUSX2OFO.js";
export {
  buildApiModel
};
