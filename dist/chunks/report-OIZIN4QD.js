import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  contractMarkdown,
  contractText
} from "./chunk-2MA2RJKU.js";
import "./chunk-KFKZGTTH.js";
import "./chunk-YUSX2OFO.js";
export {
  contractMarkdown,
  contractText
};
