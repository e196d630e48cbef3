/**
 * The edge of the generator: writes a planned project into a folder and reports on the team's
 * handlers. Generated files are replaced; the team's files are only created when missing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastapiPlan } from './plan.ts';

export interface HandlerFinding {
  /** Handler module, relative to the project folder. */
  file: string;
  function: string;
  problem: 'no-operation' | 'parameters-changed';
  detail: string;
}

export interface WriteResult {
  written: string[];
  /** The team's files that already existed and were left as they are. */
  kept: string[];
  handlers: HandlerFinding[];
}

export async function writeFastapiProject(plan: FastapiPlan, dir: string): Promise<WriteResult> {
  const result: WriteResult = { written: [], kept: [], handlers: [] };
  for (const file of plan.files) {
    const target = join(dir, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    if (!file.overwrite) {
      try {
        await writeFile(target, file.content, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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
    const text = await readFile(join(dir, ...module.path.split('/')), 'utf8');
    result.handlers.push(...checkHandlers(module.path, text, module.functions));
  }
  return result;
}

/**
 * Compares the team's top-level functions with the operations: a function no operation calls any
 * more, or one whose parameter names differ from what the router passes, is reported. Python is
 * read with a line pattern, which is enough for `def name(params):` written at the top level.
 */
export function checkHandlers(file: string, text: string, expected: Array<{ name: string; parameters: string[] }>): HandlerFinding[] {
  const findings: HandlerFinding[] = [];
  const byName = new Map(expected.map((f) => [f.name, f.parameters]));
  for (const match of text.matchAll(/^(?:async\s+)?def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)/gm)) {
    const name = match[1]!;
    if (name.startsWith('_')) continue;
    const wanted = byName.get(name);
    if (!wanted) {
      findings.push({ file, function: name, problem: 'no-operation', detail: `no operation calls ${name}() any more` });
      continue;
    }
    const params = match[2]!
      .split(',')
      .map((p) => p.trim().split(/[:=\s]/)[0]!)
      .filter((p) => p !== '' && p !== '*' && p !== '/');
    if (params.some((p) => p.startsWith('**'))) continue;
    const missing = wanted.filter((p) => !params.includes(p));
    const extra = params.filter((p) => !wanted.includes(p));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length > 0 ? `not accepted: ${missing.join(', ')}` : '', extra.length > 0 ? `no longer passed: ${extra.join(', ')}` : ''].filter(
        Boolean,
      );
      findings.push({ file, function: name, problem: 'parameters-changed', detail: `${name}() parameters changed (${parts.join('; ')})` });
    }
  }
  return findings;
}
