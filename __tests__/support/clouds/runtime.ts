/**
 * What the cloud fakes "run": a deployed image started with the real Docker engine, by the reference
 * the deploy asked for (a digest in the local registry), on a port of its own; and a router that
 * stands for the platform's front door, sending each request to whichever container the fake's
 * traffic split says serves it. The service URL a fake hands out is the router's, so a test can ask
 * which build answers there after a promotion or a roll back.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { freePort } from '../ports.ts';

const run = promisify(execFile);

export interface RunningContainer {
  /** http://127.0.0.1:<port>, where the container's server listens. */
  url: string;
  image: string;
  stop(): Promise<void>;
}

/**
 * Starts `image` as a platform would: PORT set by the platform, the service's environment beside it
 * (handed to docker through its own environment, so secrets never sit in its arguments).
 *
 * On the host network a port found free can be taken by another test's server before the container
 * binds it, and then that server would answer for the container. So the container's own log must
 * say it listens before it counts as started; a port taken meanwhile means another port.
 */
export async function startContainer(image: string, environment: Readonly<Record<string, string>> = {}): Promise<RunningContainer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const name = `fpd-cloud-${randomBytes(6).toString('hex')}`;
    const env = { ...environment, PORT: String(port), HOST: '127.0.0.1' };
    const args = ['run', '--detach', '--name', name, '--network', 'host', ...Object.keys(env).flatMap((key) => ['--env', key]), image];
    const { stdout } = await run('docker', args, { env: { ...process.env, ...env }, timeout: 5 * 60_000 });
    const id = stdout.trim();
    const remove = () =>
      run('docker', ['rm', '--force', id], { timeout: 60_000 }).then(
        () => undefined,
        () => undefined,
      );
    const state = await listening(id);
    if (state.listening) {
      let stopped = false;
      return {
        url: `http://127.0.0.1:${port}`,
        image,
        async stop() {
          if (stopped) return;
          stopped = true;
          await remove();
        },
      };
    }
    await remove();
    if (!state.portTaken || attempt >= 5) throw new Error(`${image} did not start: ${state.log.trim().split('\n').slice(-5).join(' | ')}`);
  }
}

/** Follows the container's log until its server says it listens, the port turns out taken, or it exits. */
async function listening(id: string, deadlineMs = 120_000): Promise<{ listening: boolean; portTaken: boolean; log: string }> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const logs = await run('docker', ['logs', id], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }).catch(() => ({ stdout: '', stderr: '' }));
    const log = `${logs.stdout}${logs.stderr}`;
    if (/Uvicorn running on|Application startup complete/.test(log)) return { listening: true, portTaken: false, log };
    if (/address already in use/i.test(log)) return { listening: false, portTaken: true, log };
    const inspected = await run('docker', ['inspect', '--format', '{{.State.Running}}', id], { timeout: 30_000 }).catch(() => ({ stdout: 'false' }));
    if (inspected.stdout.trim() !== 'true' || Date.now() > deadline) return { listening: false, portTaken: false, log };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the container answers `path` (any HTTP status), as a platform's startup probe does. */
export async function waitForContainer(container: RunningContainer, path = '/healthz', deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const response = await fetch(`${container.url}${path}`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${container.image} did not answer on ${container.url}${path} within ${deadlineMs} ms: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * A platform's front door: forwards every request to the upstream `pick` names (undefined: 503, as
 * a platform answers while nothing serves). `pick` sees the request, so a fake can route by host
 * name or by path prefix the way its platform routes tags or labels.
 */
export class Router {
  private server?: http.Server;
  url = '';

  constructor(
    private readonly pick: (request: http.IncomingMessage) => string | undefined,
    /** Whether the platform lets the caller in (a private service checks its token); everyone when absent. */
    private readonly admit?: (request: http.IncomingMessage) => boolean,
  ) {}

  async start(): Promise<string> {
    const server = http.createServer((request, response) => this.forward(request, response));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private forward(request: http.IncomingMessage, response: http.ServerResponse): void {
    if (this.admit && !this.admit(request)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: your client does not have permission to get this URL');
      return;
    }
    const upstream = this.pick(request);
    if (!upstream) {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('no revision serves this URL yet');
      return;
    }
    const target = new URL(request.url ?? '/', upstream);
    const proxied = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    proxied.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('the upstream did not answer');
    });
    request.pipe(proxied);
  }
}
