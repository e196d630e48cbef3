import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  RegistryApiError,
  challengeParams,
  configDigest,
  manifestDigest,
  registryScheme
} from "./chunk-K4OUAXGC.js";
import "./chunk-F2NNJ5FP.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  RegistryApiError,
  challengeParams,
  configDigest,
  manifestDigest,
  registryScheme
};
