/** Where the tests find the repository, the shared specs, and scratch space. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const specsDir = path.join(sharedDir, 'specs');
export const cacheDir = path.join(repoRoot, '.cache');
export const githubDescription = path.join(repoRoot, 'node_modules/@octokit/openapi/generated/api.github.com.json');

export function scratch(prefix = 'fpd-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** The DigitalOcean description (~1,500 files), unpacked once into the cache; returns the root file. */
export function digitalOceanSpec(): string {
  const dir = path.join(cacheDir, 'digitalocean');
  const root = path.join(dir, 'specification/DigitalOcean-public.v2.yaml');
  if (!existsSync(root)) {
    mkdirSync(dir, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', path.join(specsDir, 'digitalocean-multifile.tar.gz'), '-C', dir]);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  }
  return root;
}
