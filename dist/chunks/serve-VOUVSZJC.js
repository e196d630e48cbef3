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
  UserError
} from "./chunk-D27MMRJE.js";
import "./chunk-YUSX2OFO.js";

// src/stages/fastapi/serve.ts
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function ensureProjectVenv(dir, python = "python3") {
  const pyproject = await readFile(join(dir, "pyproject.toml"), "utf8").catch(() => {
    throw new UserError(`${dir} has no pyproject.toml`, void 0, "Point serve at the folder the fastapi stage wrote.");
  });
  const dependencies = readDependencies(pyproject);
  const venv = join(dir, ".venv");
  const venvPython = join(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
  const stamp = join(venv, `.dependencies-${createHash("sha256").update(dependencies.join("\n")).digest("hex").slice(0, 16)}`);
  if (existsSync(stamp)) return venvPython;
  try {
    if (!existsSync(venvPython)) await run(python, ["-m", "venv", venv], { timeout: 12e4 });
    for (const name of await readdir(venv)) if (name.startsWith(".dependencies-")) await rm(join(venv, name));
    await run(venvPython, ["-m", "pip", "install", "--quiet", ...dependencies], { timeout: 15 * 6e4, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error;
    if (e.code === "ENOENT") throw new UserError(`cannot run ${python}`, void 0, "Install Python 3.10 or newer, or pass the interpreter to use.");
    throw new UserError(`installing the project's dependencies failed: ${(e.stderr ?? e.message).trim().split("\n").slice(-5).join("\n")}`);
  }
  await writeFile(stamp, dependencies.join("\n") + "\n");
  return venvPython;
}
function readDependencies(pyproject) {
  const start = /^dependencies\s*=\s*\[/m.exec(pyproject);
  if (!start) return [];
  const found = [];
  const token = /\s*(?:"([^"]*)"|'([^']*)'|(\])|,|#[^\n]*)/y;
  token.lastIndex = start.index + start[0].length;
  for (let m = token.exec(pyproject); m; m = token.exec(pyproject)) {
    if (m[3]) return found;
    if (m[1] !== void 0 || m[2] !== void 0) found.push(m[1] ?? m[2]);
  }
  return found;
}
async function serveProject(options) {
  const python = await ensureProjectVenv(options.dir, options.python);
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await freePort(host) : options.port ?? 8e3;
  const child = spawn(python, ["-m", "uvicorn", `${options.packageName ?? "app"}.main:app`, "--host", host, "--port", String(port)], {
    cwd: options.dir,
    env: {
      ...process.env,
      ...options.buildId !== void 0 && { BUILD_ID: options.buildId },
      ...options.credentials && { API_CREDENTIALS: credentialsText(options.credentials) }
    },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let output = "";
  const collect = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-8e3);
    options.onOutput?.(text);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const deadline = Date.now() + 6e4;
  for (; ; ) {
    if (child.exitCode !== null) throw new UserError(`the server exited at start:
${output.trim()}`);
    try {
      await fetch(url + "/");
      return { url, exited, stop, ...options.buildId !== void 0 && { buildId: options.buildId } };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new UserError(`the server did not answer on ${url} within 60 s:
${output.trim()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
export {
  ensureProjectVenv,
  readDependencies,
  serveProject
};
