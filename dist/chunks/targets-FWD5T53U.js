import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  deployTargets
} from "./chunk-5RNJOYY3.js";
import "./chunk-LKJHTKL3.js";
import "./chunk-D6MHEZL6.js";
import "./chunk-YUSX2OFO.js";
export {
  deployTargets
};
