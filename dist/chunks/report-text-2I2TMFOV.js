import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  contractMarkdown,
  contractText
} from "./chunk-XG6MAN3F.js";
import "./chunk-M4DHQCAE.js";
import "./chunk-YUSX2OFO.js";
export {
  contractMarkdown,
  contractText
};
