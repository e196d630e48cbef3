import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  ContainerError,
  buildAndPush,
  buildCommands,
  defaultPushPolicy,
  detectBuilder,
  isRetryableBuildxFailure,
  isRetryablePushFailure,
  labelledDockerfile,
  lastLines,
  login,
  logout,
  storedCredentials,
  verifyPushed
} from "./chunk-KC3UTTW6.js";
import "./chunk-XWD62V24.js";
import "./chunk-WCEFPIZ5.js";
import "./chunk-SMCJHSDS.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";
export {
  ContainerError,
  buildAndPush,
  buildCommands,
  defaultPushPolicy,
  detectBuilder,
  isRetryableBuildxFailure,
  isRetryablePushFailure,
  labelledDockerfile,
  lastLines,
  login,
  logout,
  storedCredentials,
  verifyPushed
};
