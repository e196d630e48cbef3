import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildIdFor,
  buildImage
} from "./chunk-TZYNSRTL.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-6R7ARMEG.js";
import "./chunk-K4OUAXGC.js";
import "./chunk-F2NNJ5FP.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildIdFor,
  buildImage
};
