/**
 * Waiting for a deployed URL: a server that starts late or answers 503 while warming up is waited
 * for; one that never comes gives a clear UserError at the deadline, not a hang and not a stack.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { waitUntilReady } from '../../src/stages/contract/readiness.ts';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

describe('waitUntilReady', () => {
  it('waits for a server that starts late', async () => {
    const port = await freePort();
    const server = createServer((_, res) => res.writeHead(404).end());
    const late = setTimeout(() => void listen(server, port), 600);
    try {
      const ready = await waitUntilReady(`http://127.0.0.1:${port}/`, { path: '/health', deadlineMs: 10_000, initialDelayMs: 50 });
      assert.ok(ready.attempts > 1);
      assert.equal(ready.status, 404);
      assert.equal(ready.url, `http://127.0.0.1:${port}/health`);
    } finally {
      clearTimeout(late);
      server.close();
    }
  });

  it('treats 5xx as still starting', async () => {
    let calls = 0;
    const server = createServer((_, res) => res.writeHead(++calls < 3 ? 503 : 200).end());
    await listen(server, 0);
    try {
      const ready = await waitUntilReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { path: '/', deadlineMs: 10_000, initialDelayMs: 20 });
      assert.equal(ready.attempts, 3);
      assert.equal(ready.status, 200);
    } finally {
      server.close();
    }
  });

  it('gives up at the deadline with a UserError that says where and why', async () => {
    const port = await freePort();
    const started = Date.now();
    await assert.rejects(waitUntilReady(`http://127.0.0.1:${port}`, { path: '/books', deadlineMs: 800, initialDelayMs: 50 }), (error: unknown) => {
      assert.ok(error instanceof UserError);
      assert.match(
        error.message,
        new RegExp(`^the server at http://127\\.0\\.0\\.1:${port}/books was not ready after \\d+ s and \\d+ attempts \\(last: ECONNREFUSED\\)$`),
      );
      assert.match(error.hint!, /readiness timeout/);
      return true;
    });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 1500, `took ${elapsed} ms`);
  });

  it('spreads the pauses with jitter within their bounds', async () => {
    const port = await freePort();
    const pauses: number[] = [];
    let clock = 0;
    const realSetTimeout = globalThis.setTimeout;
    // A fake clock: each pause is recorded and advances time instantly.
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      pauses.push(ms);
      clock += ms;
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      await assert.rejects(
        waitUntilReady(`http://127.0.0.1:${port}`, {
          path: '/',
          deadlineMs: 10_000,
          initialDelayMs: 100,
          maxDelayMs: 1000,
          random: () => 0.5,
          now: () => clock,
        }),
      );
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    assert.deepEqual(pauses.slice(0, 6), [75, 150, 300, 600, 750, 750]);
  });
});

describe('waitUntilReady, when the server itself fails', () => {
  it('reports a 5xx that carries X-Build-Id at once, with what the server said', async () => {
    let calls = 0;
    const server = createServer((_, res) => {
      calls++;
      res.writeHead(500, { 'x-build-id': 'b7', 'content-type': 'text/plain' }).end('database unreachable');
    });
    await listen(server, 0);
    const started = Date.now();
    try {
      await assert.rejects(
        waitUntilReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { path: '/healthz', deadlineMs: 60_000, initialDelayMs: 20 }),
        (error: unknown) => error instanceof UserError && /\(build "b7"\) answered 500: database unreachable/.test(error.message),
      );
      assert.equal(calls, 1, 'no second attempt');
      assert.ok(Date.now() - started < 5_000, 'not after the deadline');
    } finally {
      server.close();
    }
  });

  it('keeps waiting through a platform 503 without the header', async () => {
    let calls = 0;
    const server = createServer((_, res) => {
      calls++;
      if (calls < 3) res.writeHead(503).end('no instance yet');
      else res.writeHead(200, { 'x-build-id': 'b7' }).end('ok');
    });
    await listen(server, 0);
    try {
      const ready = await waitUntilReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
        path: '/healthz',
        deadlineMs: 10_000,
        initialDelayMs: 20,
        expectBuild: 'b7',
      });
      assert.equal(ready.build, 'b7');
      assert.equal(ready.attempts, 3);
    } finally {
      server.close();
    }
  });
});
