import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import {
  freePort
} from "./chunk-ZNBBXQKV.js";
import {
  credentialsText
} from "./chunk-FUEGNWPH.js";
import "./chunk-36DI33OX.js";
import "./chunk-BL3GV6RR.js";
import {
  buildIdFor,
  buildImage
} from "./chunk-KPRPVDHD.js";
import {
  dockerClient
} from "./chunk-ZQJHTWJ5.js";
import {
  ContainerError,
  lastLines
} from "./chunk-KC3UTTW6.js";
import "./chunk-XWD62V24.js";
import "./chunk-WCEFPIZ5.js";
import "./chunk-SMCJHSDS.js";
import "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/build/serve-image.ts
import { randomBytes } from "node:crypto";
async function engineAnswers(docker = dockerClient()) {
  const info = await docker.run(["info", "--format", "{{.ServerVersion}}"], { log: false });
  return info.ok;
}
async function hasBridge(docker) {
  return (await docker.run(["network", "inspect", "bridge"], { log: false })).ok;
}
async function serveImage(options) {
  const secrets = options.credentials ? { API_CREDENTIALS: credentialsText(options.credentials) } : void 0;
  const docker = options.docker ?? dockerClient({ log: options.log, ...secrets && { env: { ...process.env, ...secrets } } });
  const bridge = await hasBridge(docker);
  const buildId = buildIdFor(options.buildArgs, void 0);
  const built = await buildImage(
    {
      projectDir: options.projectDir,
      image: options.image,
      push: false,
      buildArgs: { ...options.buildArgs, BUILD_ID: buildId },
      network: bridge ? void 0 : "host"
    },
    { run: options.run, info: options.info, log: options.log, docker }
  );
  const port = await freePort();
  const name = `fpd-run-${randomBytes(6).toString("hex")}`;
  const network = bridge ? ["--publish", `127.0.0.1:${port}:8000`, "--env", "PORT=8000"] : ["--network", "host", "--env", `PORT=${port}`, "--env", "HOST=127.0.0.1"];
  const environment = secrets ? ["--env", "API_CREDENTIALS"] : [];
  const started = await docker.run(["run", "--detach", "--rm", "--name", name, ...network, ...environment, built.imageId ?? built.tags[0]], { log: false });
  if (!started.ok) throw new ContainerError(`docker run failed (exit ${started.code}): ${lastLines(started.stderr || started.spawnError || "")}`);
  const container = started.stdout.trim();
  return {
    url: `http://127.0.0.1:${port}`,
    buildId: built.buildId,
    container,
    async stop() {
      await docker.run(["rm", "--force", container], { log: false });
    }
  };
}
export {
  engineAnswers,
  serveImage
};
