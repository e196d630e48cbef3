import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildIdFor,
  buildImage
} from "./chunk-7APUPEHS.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-SZRXOOUZ.js";
import "./chunk-2MFIROJU.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildIdFor,
  buildImage
};
