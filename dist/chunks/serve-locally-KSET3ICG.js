import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  localRun
} from "./chunk-WPT5UR5K.js";
import "./chunk-3HXIHEAE.js";
import {
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/contract/serve-locally.ts
import { randomBytes } from "node:crypto";
import path from "node:path";
async function serveLocally(dir, info, credentials, serving) {
  const { using, note } = serving;
  const shown = path.relative(serving.cwd, dir) || ".";
  if (using !== "uvicorn") {
    const { engineAnswers, serveImage } = await import("./serve-image-DRE2W43E.js");
    if (await engineAnswers()) {
      note(`building the image of ${shown} and starting it (docker)`);
      try {
        const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "api";
        const running = await serveImage({
          projectDir: dir,
          image: `fpd-local/${name}:dev`,
          buildArgs: serving.buildArgs,
          info,
          run: await localRun(serving.cwd),
          credentials
        });
        note(`serving the image as container ${running.container.slice(0, 12)} on ${running.url}`);
        return running;
      } catch (error) {
        if (!(error instanceof UserError) || using === "docker") throw error;
        note(`the image could not be built or started (${error.message.trim().split("\n").at(-1)}); serving the code with uvicorn instead`);
      }
    } else if (using === "docker")
      throw new UserError("--serve-with docker: no Docker engine answers", void 0, "Start the engine, or use --serve-with uvicorn.");
  }
  const { serveProject } = await import("./serve-VOUVSZJC.js");
  note(`starting the generated server in ${shown} with uvicorn (the first start installs its dependencies)`);
  return serveProject({ dir, port: 0, buildId: `local-${randomBytes(6).toString("hex")}`, credentials });
}
export {
  serveLocally
};
