import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
} from "./chunk-NETIAGIX.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
};
