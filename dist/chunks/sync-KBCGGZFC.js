import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  collectionPayload,
  environmentPayload,
  planSync,
  postmanSyncSkipNote,
  syncSummary,
  syncToPostman
} from "./chunk-LQIUN4Z4.js";
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
