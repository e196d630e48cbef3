import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  candidateAuthHeader,
  deploymentCollection,
  deploymentEnvironment,
  folderNames,
  secretVariablesOf,
  variablesOf
} from "./chunk-5ZRZA7PM.js";
import "./chunk-LKJHTKL3.js";
import "./chunk-D6MHEZL6.js";
import "./chunk-L3IYTAVW.js";
import "./chunk-YUSX2OFO.js";
export {
  candidateAuthHeader,
  deploymentCollection,
  deploymentEnvironment,
  folderNames,
  secretVariablesOf,
  variablesOf
};
