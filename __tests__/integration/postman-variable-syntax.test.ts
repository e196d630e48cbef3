/**
 * `{{apiKey}}` wherever a spec can put text that ends up in a request (an operationId, a path,
 * query, header and cookie parameter's name and example, a media type's name, a property's name
 * and example, a form and a multipart field) never makes Newman send the credential: a real contract
 * run against a server that records every raw request finds it in the security scheme's header
 * alone. What cannot be spelt without the braces (a cookie or media type name) is left out with a
 * warning, never sent.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { planCollection } from '../../src/stages/collection/collection.ts';
import { runContract } from '../../src/stages/contract/contract.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { repoRoot } from '../support/paths.ts';

const SECRET = 'S3CRET-credential-4b1d';

interface Raw {
  line: string;
  headers: [string, string][];
  body: string;
}

describe('Postman variable syntax in spec text', () => {
  const seen: Raw[] = [];
  let server: Server;
  let url: string;
  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < request.rawHeaders.length; i += 2) headers.push([request.rawHeaders[i]!, request.rawHeaders[i + 1]!]);
        seen.push({ line: `${request.method} ${request.url}`, headers, body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('sends the credential only where its security scheme puts it', async () => {
    const { spec, model } = await specFile(path.join(repoRoot, '__tests__/fixtures/postman/variable-syntax-spec.yaml'));
    const plan = planCollection(model, spec);
    const dir = mkdtempSync(path.join(tmpdir(), 'fpd-variable-syntax-'));
    const collection = path.join(dir, 'c.json');
    writeFileSync(collection, JSON.stringify(plan.collection));
    await runContract({ collection, url, credentials: { apiKey: SECRET }, readinessTimeoutMs: 0 });

    assert.equal(seen.length, 3, 'every operation was sent');
    for (const request of seen) {
      assert.ok(!request.line.includes(SECRET), request.line);
      assert.ok(!request.body.includes(SECRET), request.body);
      const carrying = request.headers.filter(([, value]) => value.includes(SECRET) || decodeURIComponent(value).includes(SECRET));
      assert.deepEqual(carrying, [['X-API-Key', SECRET]], `${request.line}: ${JSON.stringify(request.headers)}`);
      assert.ok(!request.headers.some(([name]) => name.includes(SECRET)));
    }
    // The names that cannot hold braces were left out, each with a warning at its line.
    const warned = plan.warnings.map((w) => w.message).join('\n');
    assert.match(warned, /cookie parameter "c\{\{apiKey\}\}" is not a valid cookie name/);
    assert.match(warned, /request media type "application\/\{\{apiKey\}\}\+json" is not a valid media type name/);
  });
});
