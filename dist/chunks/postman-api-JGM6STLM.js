import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
} from "./chunk-EQ54MTAQ.js";
import "./chunk-NWSZODET.js";
import "./chunk-YUSX2OFO.js";
export {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
};
