/** dist/ is what the runner executes and .github/workflows is what callers reach: both must match the sources. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { repoRoot, scratch } from '../support/paths.ts';

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

it('dist/ matches a fresh build of the sources (run `npm run build` and commit dist/)', () => {
  const out = path.join(scratch(), 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const fresh = tree(out);
  const committed = tree(path.join(repoRoot, 'dist'));
  assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort(), 'dist/ has other files than a fresh build');
  for (const [name, text] of fresh) assert.ok(committed.get(name) === text, `dist/${name} is stale`);
});

it('.github/workflows mirrors workflows/ (run `npm run build`)', () => {
  const source = new Map([...tree(path.join(repoRoot, 'workflows'))].filter(([name]) => /\.ya?ml$/.test(name)));
  const mirror = tree(path.join(repoRoot, '.github/workflows'));
  for (const [name, text] of source) assert.equal(mirror.get(name), text, `.github/workflows/${name} differs from workflows/${name}`);
});
