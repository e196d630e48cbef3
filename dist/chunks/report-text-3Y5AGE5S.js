import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  contractMarkdown,
  contractText
} from "./chunk-VV7UJIAJ.js";
import "./chunk-YUSX2OFO.js";
export {
  contractMarkdown,
  contractText
};
