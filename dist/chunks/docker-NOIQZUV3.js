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
} from "./chunk-C7U7XVTO.js";
import "./chunk-4J67GHZM.js";
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
