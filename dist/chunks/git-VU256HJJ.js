import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  git,
  gitText
} from "./chunk-RMZ42I2M.js";
import "./chunk-YUSX2OFO.js";
export {
  git,
  gitText
};
