import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  gitText
} from "./chunk-3HXIHEAE.js";

// src/stages/build/local-run.ts
async function localRun(cwd) {
  const branch = await gitText(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  return {
    eventName: void 0,
    ref: branch && branch !== "HEAD" ? `refs/heads/${branch}` : void 0,
    sha: await gitText(cwd, ["rev-parse", "HEAD"]),
    defaultBranch: void 0,
    pullRequest: void 0,
    repositoryUrl: void 0
  };
}

export {
  localRun
};
