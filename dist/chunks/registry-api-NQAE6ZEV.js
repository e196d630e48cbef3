import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  RegistryApiError,
  challengeParams,
  configDigest,
  manifestDigest,
  registryScheme
} from "./chunk-WCEFPIZ5.js";
import "./chunk-SMCJHSDS.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";
export {
  RegistryApiError,
  challengeParams,
  configDigest,
  manifestDigest,
  registryScheme
};
