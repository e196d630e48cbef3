import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  defaultImageName,
  formatReference,
  isValidTag,
  loginServer,
  parseBuildImage,
  parseImageReference,
  registryEndpoint,
  repositoryName
} from "./chunk-F2NNJ5FP.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  defaultImageName,
  formatReference,
  isValidTag,
  loginServer,
  parseBuildImage,
  parseImageReference,
  registryEndpoint,
  repositoryName
};
