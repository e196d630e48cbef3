import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-GCOU2OAU.js";
import "./chunks/chunk-YUSX2OFO.js";

// src/post-entry.ts
await post();
