/**
 * The contract stage end to end, in process: the example's collection written to disk, a real server
 * that honours the contract, Newman run by runContract, and its report, JSON and JUnit files.
 * Credentials travel masked; without them a placeholder is sent.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { junitXml, xml } from '../../src/stages/contract/junit.ts';
import { planCredentials } from '../../src/stages/contract/credentials.ts';
import { maskSecrets as mask } from '../../src/text/secrets.ts';
import { contractMarkdown, contractText } from '../../src/stages/contract/report.ts';
import { planRun, readinessPathOf, runContract } from '../../src/stages/contract/contract.ts';
import { environmentPath, planCollection, writeCollection } from '../../src/stages/collection/collection.ts';
import { specFile } from '../fixtures/postman/spec-from.ts';
import { startContractServer, type Running, type Seen } from '../support/contract-server.ts';
import { repoRoot, scratch } from '../support/paths.ts';

const example = path.join(repoRoot, 'example/openapi.yaml');

describe('runContract against a server that honours the example contract', async () => {
  const { spec, model } = await specFile(example);
  const plan = planCollection(model, spec);
  const dir = scratch('fpd-contract-');
  const collectionFile = path.join(dir, 'bookshelf.postman_collection.json');
  let server: Running;
  const seen: Seen[] = [];
  before(async () => {
    await writeCollection(plan, collectionFile);
    server = await startContractServer(model, seen);
  });
  after(() => server.close());

  it('passes every operation, covers them all, and writes JSON and JUnit results', async () => {
    const started = Date.now();
    const run = await runContract({
      collection: collectionFile,
      url: server.url,
      jsonFile: path.join(dir, 'out/contract.json'),
      junitFile: path.join(dir, 'out/junit.xml'),
    });
    console.log(
      `example contract run: ${run.report.passed}/${run.report.coverage.documented} passed in ${Date.now() - started} ms (newman ${run.report.durationMs} ms, ready after ${run.readiness?.attempts} attempt)`,
    );
    assert.deepEqual(
      run.report.operations.map((o) => [o.operation, o.outcome, o.failures]),
      [
        ['listBooks', 'passed', []],
        ['createBook', 'passed', []],
        ['getBook', 'passed', []],
        ['listShelfBooks', 'passed', []],
      ],
    );
    assert.deepEqual(run.report.coverage, { exercised: 4, documented: 4 });
    assert.deepEqual(run.placeholders, ['apiKey']);
    assert.equal(seen.find((s) => s.operation === 'createBook')!.headers['x-api-key'], 'placeholder');
    assert.equal(run.readiness?.url, `${server.url}/books`);
    const json = JSON.parse(readFileSync(path.join(dir, 'out/contract.json'), 'utf8'));
    assert.equal(json.passed, 4);
    const junit = readFileSync(path.join(dir, 'out/junit.xml'), 'utf8');
    assert.match(junit, /<testsuites name="contract tests" tests="\d+" failures="0"/);
    assert.match(junit, /<testsuite name="createBook" tests="4" failures="0"/);
    assert.match(junit, /<testcase classname="getBook" name="body matches the schema"\/>/);
  });

  it('reads credentials from the options, masks them in every report, and reports the failing rule with the response', async () => {
    const secret = 'sk-live-0123456789';
    // A server that breaks the contract and echoes the credential back.
    const leaky = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echoed: req.headers['x-api-key'] ?? null }));
    });
    await new Promise<void>((resolve) => leaky.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(leaky.address() as AddressInfo).port}`;
    try {
      const run = await runContract({
        collection: collectionFile,
        url,
        credentials: { apiKey: secret },
        junitFile: path.join(dir, 'leaky.xml'),
        jsonFile: path.join(dir, 'leaky.json'),
      });
      assert.deepEqual(run.placeholders, []);
      const create = run.report.operations.find((o) => o.operation === 'createBook')!;
      assert.equal(create.outcome, 'failed');
      assert.deepEqual(
        create.failures.map((f) => f.rule),
        ['status is documented'],
      );
      assert.deepEqual(
        run.report.operations.find((o) => o.operation === 'getBook')!.failures.map((f) => f.rule),
        ['body matches the schema'],
      );
      assert.equal(create.response!.excerpt, '{"echoed":"***"}');
      assert.equal(run.report.failed, 4);
      for (const file of ['leaky.xml', 'leaky.json']) assert.ok(!readFileSync(path.join(dir, file), 'utf8').includes(secret), file);
      assert.ok(!JSON.stringify(run.report).includes(secret));
      const markdown = contractMarkdown(run.report);
      assert.ok(!markdown.includes(secret));
      assert.match(markdown, /4 of 4 operations break the contract; coverage 4\/4/);
      assert.match(
        markdown,
        /\| ❌ \| createBook \| POST \/books \| <b>status is documented<\/b>: POST \/books answered 200, which it does not document \(documented: 201, 401\) \| 200 <code>\{"echoed":"&#42;&#42;&#42;"\}<\/code> \|/,
      );
      assert.match(contractText(run.report), /^FAIL {2}listBooks \(GET \/books\)\n {6}body matches the schema: /);
    } finally {
      leaky.close();
    }
  });

  it('uses an environment file beside the collection, with the URL and credentials given taking precedence', () => {
    const environment = JSON.parse(readFileSync(environmentPath(collectionFile, 'server-1'), 'utf8'));
    const planned = planRun(plan.collection, environment, { url: 'http://example.test/', credentials: { apiKey: 'k' } });
    assert.equal(planned.values.baseUrl, 'http://example.test');
    assert.equal(planned.values.apiKey, 'k');
    assert.equal(readinessPathOf(plan.collection), '/books');
  });
});

describe('contract report pieces', () => {
  it('splits basic credentials and uses placeholders for missing ones', () => {
    const plan = planCredentials(['basicAuthPassword', 'basicAuthUsername', 'token'], { basicAuth: 'ada:pa:ss' });
    assert.deepEqual({ ...plan.values }, { basicAuthPassword: 'pa:ss', basicAuthUsername: 'ada', token: 'placeholder' });
    assert.deepEqual(plan.placeholders, ['token']);
    assert.equal(mask('user ada, password pa:ss, both ada:pa:ss', plan.secrets), 'user ***, password ***, both ***');
  });

  it('writes well-formed JUnit XML for any text', () => {
    assert.equal(xml('a<b>&"c\'\u0000\u001b\ud800'), 'a&lt;b&gt;&amp;&quot;c&apos;');
    const text = junitXml({
      url: 'http://x',
      durationMs: 1234,
      passed: 0,
      failed: 2,
      coverage: { exercised: 1, documented: 2 },
      operations: [
        {
          operation: 'op<1>',
          label: 'GET /a',
          request: 'a',
          outcome: 'failed',
          failures: [{ rule: 'status is documented', message: 'answered 500 "x"' }],
          passedRules: [],
          response: { status: 500, timeMs: 3, excerpt: '</failure>]]>' },
        },
        { operation: 'op2', label: 'GET /b', request: 'b', outcome: 'not-run', failures: [], passedRules: [] },
      ],
    });
    assert.match(text, /<testsuite name="op&lt;1&gt;" tests="1" failures="1"/);
    assert.match(text, /&lt;\/failure&gt;\]\]&gt;/);
    assert.match(text, /<testsuites name="contract tests" tests="2" failures="2" time="1.234">/);
  });
});
