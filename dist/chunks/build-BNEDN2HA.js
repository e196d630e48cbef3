import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildIdFor,
  buildImage
} from "./chunk-LAVPZZ7B.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-Y4A4UUOR.js";
import "./chunk-2PGEE7GH.js";
import "./chunk-F2NNJ5FP.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildIdFor,
  buildImage
};
