import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  collectionPayload,
  environmentPayload,
  planSync,
  postmanSyncSkipNote,
  syncSummary,
  syncToPostman
} from "./chunk-D7WMJFEE.js";
import "./chunk-NETIAGIX.js";
import "./chunk-KFKZGTTH.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  collectionPayload,
  environmentPayload,
  planSync,
  postmanSyncSkipNote,
  syncSummary,
  syncToPostman
};
