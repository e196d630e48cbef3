import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  dockerClient
} from "./chunk-ZQJHTWJ5.js";
import "./chunk-YUSX2OFO.js";
export {
  dockerClient
};
