import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  localRun
} from "./chunk-WPT5UR5K.js";
import "./chunk-3HXIHEAE.js";
import "./chunk-YUSX2OFO.js";
export {
  localRun
};
