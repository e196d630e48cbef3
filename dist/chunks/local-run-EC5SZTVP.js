import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  localRun
} from "./chunk-XBLMHU2E.js";
import "./chunk-5RW6O57P.js";
import "./chunk-YUSX2OFO.js";
export {
  localRun
};
