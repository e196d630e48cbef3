import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  checkSettings,
  planDeploy
} from "./chunk-M24M2ENZ.js";
import "./chunk-5ZRZA7PM.js";
import "./chunk-LKJHTKL3.js";
import "./chunk-D6MHEZL6.js";
import "./chunk-L3IYTAVW.js";
import "./chunk-FXA4RFCM.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";
export {
  checkSettings,
  planDeploy
};
