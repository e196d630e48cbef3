import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
} from "./chunk-3WYRJ3Y3.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";
export {
  PostmanApiError,
  createPostmanClient,
  fetchCollection,
  findByName
};
