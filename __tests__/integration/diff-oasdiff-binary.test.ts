/**
 * How the action finds oasdiff: only the pinned release built from its Go module is ever used. The
 * real build is the one the test command made (scripts/ensure-oasdiff.ts, through the same code);
 * here a stand-in `go` hands back copies of it, or of something else, so every refusal runs for real
 * and fast, with the arguments and environment Go was given recorded.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cacheLocation, findOasdiff, OASDIFF_MODULE, OASDIFF_MODULE_HASH, OASDIFF_VERSION } from '../../src/stages/diff/oasdiff-binary.ts';
import { UserError } from '../../src/errors.ts';
import { scratch as makeScratch } from '../support/paths.ts';

const dirs: string[] = [];
const scratch = (prefix: string) => {
  dirs.push(makeScratch(prefix));
  return dirs.at(-1)!;
};

/** A stand-in for `go install`: records its arguments and environment, then puts `source` into $GOBIN (or fails). */
function fakeGo(source: string | 'fail'): { go: string; record: string } {
  const dir = scratch('fpd-fake-go-');
  const go = path.join(dir, 'go');
  const record = path.join(dir, 'record.json');
  const body =
    source === 'fail'
      ? 'echo "go: github.com/oasdiff/oasdiff@v1.39.0: verifying module: checksum mismatch" >&2; exit 1'
      : `/bin/cp ${JSON.stringify(source)} "$GOBIN/oasdiff"`;
  writeFileSync(
    go,
    `#!/bin/sh\n${JSON.stringify(process.execPath)} -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ args: process.argv.slice(2), env: process.env, cwd: process.cwd() }))' ${JSON.stringify(record)} "$@"\n${body}\n`,
  );
  chmodSync(go, 0o755);
  return { go, record };
}

function script(body: string): string {
  const file = path.join(scratch('fpd-oasdiff-fake-'), 'oasdiff');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('finding oasdiff', () => {
  let pinned: string;

  before(async () => {
    pinned = (await findOasdiff()).path;
  });
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('has the pinned build in the cache, with the module and hash Go wrote into it', () => {
    assert.match(execFileSync(pinned, ['--version'], { encoding: 'utf8' }), new RegExp(`oasdiff version ${OASDIFF_VERSION.replaceAll('.', '\\.')}`));
    const info = execFileSync('go', ['version', '-m', pinned], { encoding: 'utf8' });
    assert.match(
      info,
      new RegExp(`\\tmod\\t${OASDIFF_MODULE}\\tv${OASDIFF_VERSION.replaceAll('.', '\\.')}\\t${OASDIFF_MODULE_HASH.replace(/[+/=]/g, '\\$&')}`),
    );
  });

  it('uses an explicit path (OASDIFF_BIN) that is the pinned build, and refuses anything else with the reason', async () => {
    assert.deepEqual(await findOasdiff({ env: { OASDIFF_BIN: pinned } }), { path: pinned, source: 'explicit' });
    const refused = async (file: string, reason: RegExp) =>
      assert.rejects(
        findOasdiff({ env: { OASDIFF_BIN: file } }),
        (e: unknown) => e instanceof UserError && reason.test(e.message) && /OASDIFF_BIN/.test(e.message),
      );
    await refused('/nonexistent/oasdiff', /does not exist/);
    await refused(script('echo "oasdiff version 1.15.0"'), /is oasdiff 1\.15\.0, not the pinned 1\.39\.0/);
    // The right version string is not enough: the binary must carry the pinned module's hash.
    await refused(script(`echo "oasdiff version ${OASDIFF_VERSION}"`), /is not built from the github\.com\/oasdiff\/oasdiff module/);
  });

  it('takes oasdiff from PATH only when it is the pinned build; another one is passed over', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    const onPath = path.dirname(pinned);
    assert.deepEqual(await findOasdiff({ env: { PATH: onPath }, cacheDir }), { path: pinned, source: 'path' });
    const older = path.dirname(script('echo "oasdiff version 1.15.0"'));
    const { go } = fakeGo(pinned);
    const found = await findOasdiff({ env: { PATH: older }, cacheDir, go });
    assert.equal(found.source, 'build', 'the older oasdiff on PATH is not used');
  });

  it('builds into the cache with the checksum database on, and the next lookup uses the cache without Go', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    const { go, record } = fakeGo(pinned);
    const env = { PATH: '/usr/bin:/bin', GOSUMDB: 'off', GONOSUMDB: 'github.com/oasdiff', GOFLAGS: '-mod=mod -insecure', GOINSECURE: '*' };
    const found = await findOasdiff({ env, cacheDir, go, searchPath: false });
    const cache = cacheLocation({}, process.platform, process.arch, cacheDir);
    assert.deepEqual(found, { path: path.join(cache.dir, 'oasdiff'), source: 'build' });
    assert.equal(readFileSync(cache.marker, 'utf8').trim(), `mod\t${OASDIFF_MODULE}\tv${OASDIFF_VERSION}\t${OASDIFF_MODULE_HASH}`);
    const call = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; env: Record<string, string>; cwd: string };
    assert.deepEqual(call.args, ['install', `${OASDIFF_MODULE}@v${OASDIFF_VERSION}`]);
    assert.equal(call.env.GOSUMDB, 'sum.golang.org', 'the checksum database cannot be switched off');
    for (const key of ['GONOSUMDB', 'GOINSECURE']) assert.equal(call.env[key], undefined, key);
    assert.equal(call.env.GOFLAGS, '-trimpath');
    assert.equal(call.env.CGO_ENABLED, '0');
    assert.ok(!call.cwd.startsWith(process.cwd()), 'Go runs outside the workspace, so no go.mod or go.work of it applies');

    const again = await findOasdiff({ env: {}, cacheDir, go: '/nonexistent/go', searchPath: false });
    assert.deepEqual(again, { path: found.path, source: 'cache' });
  });

  it('refuses a build that is not the pinned module, and caches nothing', async () => {
    const cacheDir = scratch('fpd-oasdiff-cache-');
    const { go } = fakeGo(script(`echo "oasdiff version ${OASDIFF_VERSION}"`));
    await assert.rejects(findOasdiff({ env: {}, cacheDir, go, searchPath: false }), (e: unknown) => e instanceof UserError && /refusing it/.test(e.message));
    assert.ok(!existsSync(cacheLocation({}, process.platform, process.arch, cacheDir).marker));
  });

  it("says what to do when Go is missing, and passes on Go's own reason when the build fails", async () => {
    await assert.rejects(
      findOasdiff({ env: {}, cacheDir: scratch('fpd-oasdiff-cache-'), go: '/nonexistent/go', searchPath: false }),
      (e: unknown) => e instanceof UserError && /no Go/.test(e.message) && /actions\/setup-go/.test(e.hint ?? ''),
    );
    await assert.rejects(
      findOasdiff({ env: {}, cacheDir: scratch('fpd-oasdiff-cache-'), go: fakeGo('fail').go, searchPath: false }),
      (e: unknown) => e instanceof UserError && /checksum mismatch/.test(e.message),
    );
  });

  it('caches in the runner tool cache, else the user cache', () => {
    assert.equal(
      cacheLocation({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' }, 'linux', 'arm64').dir,
      path.join('/opt/hostedtoolcache', 'oasdiff', OASDIFF_VERSION, 'arm64'),
    );
    assert.equal(cacheLocation({ HOME: '/home/me' }, 'linux', 'x64').dir, path.join('/home/me/.cache/fastapi-postman-deploy/oasdiff', OASDIFF_VERSION, 'x64'));
    assert.equal(
      cacheLocation({ XDG_CACHE_HOME: '/xdg' }, 'darwin', 'arm64').dir,
      path.join('/xdg/fastapi-postman-deploy/oasdiff', OASDIFF_VERSION, 'darwin-arm64'),
    );
  });
});
