/**
 * The generated server is closed by default: a secured operation answers only the credentials the
 * server was started with (API_CREDENTIALS), or those the team's check accepts; a missing one gets
 * 401, a wrong one 403, and with nothing configured every secured request is refused.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { freePort, startUvicorn, type RunningServer } from '../fixtures/fastapi/uvicorn.ts';
import { ensureVenv } from '../support/python-venv.ts';
import { repoRoot } from '../support/paths.ts';

const SPEC = `openapi: 3.0.3
info: {title: Vault, version: '1'}
paths:
  /open:
    get: {operationId: open, responses: {'200': {description: ok}}}
  /key:
    get:
      operationId: withKey
      security: [{apiKey: []}]
      responses: {'200': {description: ok}}
  /basic:
    get:
      operationId: withBasic
      security: [{basic: []}]
      responses: {'200': {description: ok}}
  /either:
    get:
      operationId: withEither
      security: [{bearer: []}, {apiKey: []}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-API-Key}
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}
`;

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('generated server: closed by default', () => {
  let dir: string;
  let python: string;
  const servers: RunningServer[] = [];
  before(async () => {
    python = (await ensureVenv()).python;
    dir = await mkdtemp(join(tmpdir(), 'fastapi-security-'));
    await writeFile(join(dir, 'vault.yaml'), SPEC);
    await writeFastapiProject(planFastapiProject(await loadSpec(join(dir, 'vault.yaml'))), join(dir, 'server'));
  });
  after(async () => {
    for (const server of servers) await server.stop();
    await rm(dir, { recursive: true, force: true });
  });
  const start = async (credentials: Record<string, string>) => {
    const server = await startUvicorn(python, join(dir, 'server'), credentials);
    servers.push(server);
    return server;
  };
  const status = async (server: RunningServer, route: string, headers: Record<string, string> = {}) => (await fetch(server.url + route, { headers })).status;

  it('answers exactly the configured credentials: none 401, a wrong one 403', async () => {
    const server = await start({ apiKey: 'k-1', basic: 'ada:pw', bearer: 't-1' });
    assert.equal(await status(server, '/open'), 200);
    assert.equal(await status(server, '/key'), 401);
    assert.equal(await status(server, '/key', { 'X-API-Key': 'wrong' }), 403);
    assert.equal(await status(server, '/key', { 'X-API-Key': 'k-1' }), 200);
    assert.equal(await status(server, '/basic', { Authorization: basic('ada', 'nope') }), 403);
    assert.equal(await status(server, '/basic', { Authorization: basic('ada', 'pw') }), 200);
    assert.equal(await status(server, '/either', { Authorization: 'Bearer t-1' }), 200);
    assert.equal(await status(server, '/either', { 'X-API-Key': 'k-1' }), 200);
    assert.equal(await status(server, '/either', { Authorization: 'Bearer wrong' }), 403);
    assert.equal(await status(server, '/either'), 401);
  });

  it('with nothing configured refuses every secured request, and says so as it starts', async () => {
    const server = await start({});
    assert.equal(await status(server, '/open'), 200);
    assert.equal(await status(server, '/key', { 'X-API-Key': 'placeholder' }), 403);
    assert.equal(await status(server, '/basic', { Authorization: basic('placeholder', 'placeholder') }), 403);
    assert.match(server.log(), /security scheme apiKey: no verify_api_key\(\) in the credentials handler module and no credential in API_CREDENTIALS/);
  });

  it("uses the team's check in the credentials module where there is one, kept across regeneration", async () => {
    const checks = join(dir, 'server', 'app', 'handlers', 'credentials.py');
    await writeFile(checks, 'def verify_api_key(credential: str) -> bool:\n    return credential.startswith("team-")\n');
    await writeFastapiProject(planFastapiProject(await loadSpec(join(dir, 'vault.yaml'))), join(dir, 'server'));
    const server = await start({});
    assert.equal(await status(server, '/key', { 'X-API-Key': 'team-7' }), 200);
    assert.equal(await status(server, '/key', { 'X-API-Key': 'other' }), 403);
    assert.equal(await status(server, '/basic', { Authorization: basic('placeholder', 'placeholder') }), 403, 'other schemes stay closed');
  });

  it('serve --credential makes exactly that credential work', async () => {
    await writeFile(join(dir, 'server', 'app', 'handlers', 'credentials.py'), '# No checks of our own.\n');
    const port = await freePort();
    const cli = spawn(
      process.execPath,
      [path.join(repoRoot, 'dist/cli.js'), 'serve', join(dir, 'server'), '--port', String(port), '--credential', 'apiKey=s3cret'],
      {
        stdio: 'ignore',
        env: { ...process.env, PATH: `${path.dirname(python)}:${process.env.PATH}` },
      },
    );
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 600; i++) {
        const ok = await fetch(`${url}/open`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.equal((await fetch(`${url}/key`, { headers: { 'X-API-Key': 's3cret' } })).status, 200);
      assert.equal((await fetch(`${url}/key`, { headers: { 'X-API-Key': 'placeholder' } })).status, 403);
    } finally {
      // The CLI stops its server on SIGTERM; wait for that, so no server outlives the test.
      const exited = new Promise((resolve) => cli.once('exit', resolve));
      cli.kill('SIGTERM');
      await exited;
    }
  });
});
