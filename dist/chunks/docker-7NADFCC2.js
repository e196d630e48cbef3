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
} from "./chunk-SZRXOOUZ.js";
import "./chunk-2MFIROJU.js";
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
