import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/git/git.ts
import { spawn } from "node:child_process";
import { open } from "node:fs/promises";
function git(cwd, args, input, extraEnv = {}) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...extraEnv, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    const child = spawn("git", args, { cwd, env, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error) => resolve({ ok: false, code: null, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on("close", (code) => resolve({ ok: code === 0, code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8").trim() }));
    if (input !== void 0) child.stdin?.end(input);
  });
}
async function gitText(cwd, args) {
  const result = await git(cwd, args);
  return result.ok ? result.stdout.toString("utf8").trim() : void 0;
}
async function gitToFile(cwd, args, file) {
  const handle = await open(file, "w");
  try {
    return await new Promise((resolve) => {
      const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
      const child = spawn("git", args, { cwd, env, stdio: ["ignore", handle.fd, "pipe"] });
      const stderr = [];
      child.stderr.on("data", (chunk) => stderr.push(chunk));
      child.on("error", (error) => resolve({ ok: false, code: null, stderr: error.message }));
      child.on("close", (code) => resolve({ ok: code === 0, code, stderr: Buffer.concat(stderr).toString("utf8").trim() }));
    });
  } finally {
    await handle.close();
  }
}

export {
  git,
  gitText,
  gitToFile
};
