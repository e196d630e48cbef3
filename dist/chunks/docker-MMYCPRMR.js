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
} from "./chunk-6R7ARMEG.js";
import "./chunk-K4OUAXGC.js";
import "./chunk-F2NNJ5FP.js";
import "./chunk-NWSZODET.js";
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
