import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  collectionPayload,
  environmentPayload,
  planSync,
  postmanSyncSkipNote,
  syncSummary,
  syncToPostman
} from "./chunk-6PZVXNRC.js";
import "./chunk-J5I6UJ6H.js";
import "./chunk-M4DHQCAE.js";
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
