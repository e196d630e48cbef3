import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  buildIdFor,
  buildImage,
  buildOutputs,
  describeBuild,
  parseBuildArgs
} from "./chunk-7YVRTR3B.js";
import "./chunk-ZQJHTWJ5.js";
import "./chunk-EVXU77YK.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  buildIdFor,
  buildImage,
  buildOutputs,
  describeBuild,
  parseBuildArgs
};
