import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildImage,
  buildOutputs,
  describeBuild,
  parseBuildArgs
} from "./chunk-NG3YEWUN.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-HOAPL4IY.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildImage,
  buildOutputs,
  describeBuild,
  parseBuildArgs
};
