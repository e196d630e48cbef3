import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildIdFor,
  buildImage
} from "./chunk-Y5WN2VOE.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-C7U7XVTO.js";
import "./chunk-4J67GHZM.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildIdFor,
  buildImage
};
