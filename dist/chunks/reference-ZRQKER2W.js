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
} from "./chunk-SMCJHSDS.js";
import "./chunk-D27MMRJE.js";
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
