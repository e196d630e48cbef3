import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/container/docker-cli.ts
import { spawn } from "node:child_process";
function dockerClient(options = {}) {
  const binary = options.binary ?? "docker";
  return {
    run(args, runOptions = {}) {
      options.onSpawn?.([binary, ...args]);
      const log = runOptions.log === false ? void 0 : options.log;
      return new Promise((resolve) => {
        const child = spawn(binary, args, {
          cwd: runOptions.cwd,
          env: options.env ?? process.env,
          stdio: [runOptions.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
        });
        const stdout = collect(child.stdout, log);
        const stderr = collect(child.stderr, log);
        child.on("error", (error) => resolve({ ok: false, code: null, stdout: "", stderr: "", spawnError: error.message }));
        child.on("close", (code) => resolve({ ok: code === 0, code, stdout: stdout.text(), stderr: stderr.text() }));
        if (runOptions.input !== void 0) child.stdin?.end(runOptions.input);
      });
    }
  };
}
function collect(stream, log) {
  const chunks = [];
  let pending = "";
  stream?.on("data", (chunk) => {
    chunks.push(chunk);
    if (!log) return;
    const lines = (pending + chunk.toString("utf8")).split(/\r?\n|\r/);
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") log(line);
  });
  stream?.on("end", () => {
    if (log && pending.trim() !== "") log(pending);
    pending = "";
  });
  return { text: () => Buffer.concat(chunks).toString("utf8") };
}

export {
  dockerClient
};
