import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  git,
  gitText,
  gitToFile
} from "./chunk-LL3TYEGR.js";
import "./chunk-YUSX2OFO.js";
export {
  git,
  gitText,
  gitToFile
};
