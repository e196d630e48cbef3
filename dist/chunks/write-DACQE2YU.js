import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
import "./chunk-YUSX2OFO.js";

// src/stages/fastapi/write.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function writeFastapiProject(plan, dir) {
  const result = { written: [], kept: [], handlers: [] };
  for (const file of plan.files) {
    const target = join(dir, ...file.path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    if (!file.overwrite) {
      try {
        await writeFile(target, file.content, { flag: "wx" });
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
        result.kept.push(file.path);
        continue;
      }
    } else {
      await writeFile(target, file.content);
    }
    result.written.push(file.path);
  }
  for (const module of plan.handlers) {
    if (!result.kept.includes(module.path)) continue;
    const text = await readFile(join(dir, ...module.path.split("/")), "utf8");
    result.handlers.push(...checkHandlers(module.path, text, module.functions));
  }
  return result;
}
function checkHandlers(file, text, expected) {
  const findings = [];
  const byName = new Map(expected.map((f) => [f.name, f.parameters]));
  for (const match of text.matchAll(/^(?:async\s+)?def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)/gm)) {
    const name = match[1];
    if (name.startsWith("_")) continue;
    const wanted = byName.get(name);
    if (!wanted) {
      findings.push({ file, function: name, problem: "no-operation", detail: `no operation calls ${name}() any more` });
      continue;
    }
    const params = match[2].split(",").map((p) => p.trim().split(/[:=\s]/)[0]).filter((p) => p !== "" && p !== "*" && p !== "/");
    if (params.some((p) => p.startsWith("**"))) continue;
    const missing = wanted.filter((p) => !params.includes(p));
    const extra = params.filter((p) => !wanted.includes(p));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length > 0 ? `not accepted: ${missing.join(", ")}` : "", extra.length > 0 ? `no longer passed: ${extra.join(", ")}` : ""].filter(Boolean);
      findings.push({ file, function: name, problem: "parameters-changed", detail: `${name}() parameters changed (${parts.join("; ")})` });
    }
  }
  return findings;
}
export {
  checkHandlers,
  writeFastapiProject
};
