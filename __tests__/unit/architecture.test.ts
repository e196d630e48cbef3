/**
 * The shape of src/, checked from its imports: layers that only import downwards, no import cycle,
 * and a folder per stage that holds its run and its report.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths.ts';

const src = path.join(repoRoot, 'src');

/** From the ground up; a module may import its own layer or any below it. */
const layers: Array<{ name: string; holds: (file: string) => boolean }> = [
  { name: 'text and plumbing', holds: (f) => /^(errors\.ts|text\/|net\/|git\/)/.test(f) },
  { name: 'the OpenAPI document and the services’ clients', holds: (f) => /^(openapi|container|postman|github)\//.test(f) },
  { name: 'the Config', holds: (f) => f === 'config.ts' || f.startsWith('config-file/') },
  { name: 'stages', holds: (f) => f.startsWith('stages/') },
  { name: 'the pipeline', holds: (f) => f === 'pipeline.ts' },
  { name: 'the report surfaces', holds: (f) => f.startsWith('report/') },
  { name: 'the doors', holds: (f) => /^(main|cli|post|index|post-entry)\.ts$|^cli\//.test(f) },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : name.endsWith('.ts') ? [file] : [];
  });
}

/** Relative imports, static and dynamic, type-only included: a type cycle still ties the files together. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^import[^'"]*|^export[^'"]*from\s*|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return found.map((spec) =>
    path
      .relative(src, path.resolve(path.dirname(file), spec))
      .split(path.sep)
      .join('/'),
  );
}

const files = sourceFiles(src).map((f) => path.relative(src, f).split(path.sep).join('/'));
const graph = new Map(files.map((f) => [f, importsOf(path.join(src, f))]));
const layerOf = (file: string) => layers.findIndex((l) => l.holds(file));

describe('the shape of src/', () => {
  it('puts every module in a layer', () => {
    assert.deepEqual(
      files.filter((f) => layerOf(f) === -1),
      [],
    );
  });

  it('imports only downwards: no stage, model, loader or text module reaches up to the pipeline, a surface or a door', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports.filter((to) => layerOf(to) > layerOf(file)).map((to) => `${file} (${layers[layerOf(file)]!.name}) imports ${to} (${layers[layerOf(to)]!.name})`),
    );
    assert.deepEqual(upward, []);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const to of graph.get(file) ?? []) walk(to, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) walk(file, []);
    assert.deepEqual(cycles, []);
  });

  it('gives each stage a folder with its run and its report, and names every stage in the pipeline', () => {
    const stages = readdirSync(path.join(src, 'stages')).filter((name) => statSync(path.join(src, 'stages', name)).isDirectory());
    const pipeline = readFileSync(path.join(src, 'pipeline.ts'), 'utf8');
    for (const stage of stages) {
      for (const part of ['run.ts', 'report.ts']) assert.ok(existsSync(path.join(src, 'stages', stage, part)), `stages/${stage}/${part}`);
      assert.ok(pipeline.includes(`./stages/${stage}/report.ts`), `the pipeline's order names stages/${stage}`);
    }
  });
});
