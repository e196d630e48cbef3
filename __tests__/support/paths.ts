/** Where the tests find the repository, the shared specs, and scratch space. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const specsDir = path.join(sharedDir, 'specs');
export const cacheDir = path.join(repoRoot, '.cache');
export const githubDescription = path.join(repoRoot, 'node_modules/@octokit/openapi/generated/api.github.com.json');

export function scratch(prefix = 'fpd-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A maker of scratch folders that are removed when the test file is done. */
export function scratchFolders(): (prefix: string) => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = scratch(prefix);
    made.push(dir);
    return dir;
  };
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

/** Every real spec at hand: the shared single-file ones, GitHub's description, DigitalOcean's tarball. */
export const realSpecs = [
  'oai-petstore.yaml',
  'oai-petstore-expanded.yaml',
  'oai-link-example.yaml',
  'oai-api-with-examples.yaml',
  'oai-callback-example.yaml',
  'oai-uspto.yaml',
  'twilio_messaging_v1.yaml',
  'twilio_verify_v2.yaml',
  'twilio_pricing_v2.yaml',
  'openai-2024-12-18.yaml',
  'openai-2026-08-21.yaml',
  'api.github.com.json',
  'digitalocean-multifile.tar.gz',
];

/** The root file of one of realSpecs (DigitalOcean's unpacked into the cache once). */
export function realSpecFile(name: string): string {
  if (name === 'api.github.com.json') return githubDescription;
  if (name === 'digitalocean-multifile.tar.gz') return digitalOceanSpec();
  return path.join(specsDir, name);
}
