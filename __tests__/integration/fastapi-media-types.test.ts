/**
 * Bodies the contract accepts in more than one media type (JSON or a multipart upload; an SDP offer
 * or a form): the generated server reads each by its Content-Type and hands the team's handler the
 * type of that media type, refuses what the contract does not list as FastAPI would (415, 422), and
 * documents every media type, so oasdiff finds no breaking difference from the source.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { findOasdiff } from '../../src/stages/diff/oasdiff-binary.ts';
import { runOasdiff } from '../../src/stages/diff/oasdiff.ts';
import { planFastapiProject } from '../../src/stages/fastapi/plan.ts';
import { writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { startUvicorn, type RunningServer } from '../fixtures/fastapi/uvicorn.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const SPEC = join(import.meta.dirname, '..', 'fixtures', 'fastapi', 'media-types.yaml');

// The team's handlers: each answers with what it was handed, so the test sees the parsed body.
const ECHO = `from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {"class": type(value).__name__, **{key: _plain(getattr(value, key)) for key in sorted(value.model_fields_set)}}
    if isinstance(value, bytes):
        return {"bytes": value.decode()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


async def create_upload(body: Any) -> JSONResponse:
    return JSONResponse({"id": "1", "received": _plain(body)}, status_code=201)


async def start_call(body: Any = None) -> JSONResponse:
    return JSONResponse({"id": "1", "received": _plain(body)})
`;

describe('generated FastAPI server: bodies in several media types', () => {
  let dir: string;
  let server: RunningServer;
  const post = (path: string, init: { body?: BodyInit; contentType?: string }) =>
    fetch(`${server.url}${path}`, { method: 'POST', body: init.body ?? null, headers: init.contentType ? { 'content-type': init.contentType } : {} });
  const received = async (response: Response) => {
    const text = await response.text();
    assert.ok(response.ok, `${response.status}: ${text}`);
    return (JSON.parse(text) as { received: unknown }).received;
  };

  before(async () => {
    const venv = await ensureVenv();
    dir = await mkdtemp(join(tmpdir(), 'fastapi-media-'));
    await writeFastapiProject(planFastapiProject(await loadSpec(SPEC)), dir);
    await writeFile(join(dir, 'app', 'handlers', 'uploads.py'), ECHO);
    await writeFile(join(dir, 'app', 'handlers', 'calls.py'), ECHO);
    server = await startUvicorn(venv.python, dir);
  });

  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('hands the handler the JSON model for a JSON body, whatever its charset', async () => {
    const body = JSON.stringify({ url: 'https://example.com/a.png', tags: ['a'] });
    assert.deepEqual(await received(await post('/uploads', { body, contentType: 'application/json; charset=utf-8' })), {
      class: 'UploadByUrl',
      url: 'https://example.com/a.png',
      tags: ['a'],
    });
  });

  it('hands it the form model for a multipart upload: the file as bytes, repeated fields as a list, a JSON part parsed', async () => {
    const form = new FormData();
    form.append('file', new Blob(['PNG bytes']), 'a.png');
    form.append('tags', 'x');
    form.append('tags', 'y');
    form.append('meta', new Blob(['{"origin": "camera"}'], { type: 'application/json' }));
    form.append('note', '{"kept": "as text"}');
    assert.deepEqual(await received(await post('/uploads', { body: form })), {
      class: 'UploadForm',
      file: { bytes: 'PNG bytes' },
      tags: ['x', 'y'],
      meta: { class: 'Source', origin: 'camera' },
      note: '{"kept": "as text"}',
    });
  });

  it('reads an SDP offer as bytes and a url-encoded form as its model; no body at all is None where the body is optional', async () => {
    assert.deepEqual(await received(await post('/calls', { body: 'v=0\r\n', contentType: 'application/sdp' })), { bytes: 'v=0\r\n' });
    assert.deepEqual(await received(await post('/calls', { body: new URLSearchParams({ sdp: 'v=0', room: '7' }) })), {
      class: 'StartCallForm',
      sdp: 'v=0',
      room: 7,
    });
    assert.equal(await received(await post('/calls', {})), null);
  });

  it('refuses an unlisted media type with 415, and a bad or missing body with 422 naming the field', async () => {
    const unlisted = await post('/uploads', { body: 'hello', contentType: 'text/plain' });
    assert.equal(unlisted.status, 415);
    assert.match(((await unlisted.json()) as { detail: string }).detail, /text\/plain.*application\/json.*multipart\/form-data/);

    const broken = await post('/uploads', { body: '{"url": ', contentType: 'application/json' });
    assert.equal(broken.status, 422);
    assert.equal(((await broken.json()) as { detail: Array<{ type: string }> }).detail[0]!.type, 'json_invalid');

    const form = new FormData();
    form.append('tags', 'x');
    const noFile = await post('/uploads', { body: form });
    assert.equal(noFile.status, 422);
    assert.deepEqual(
      ((await noFile.json()) as { detail: Array<{ loc: unknown[] }> }).detail.map((d) => d.loc),
      [['body', 'file']],
    );

    const empty = await post('/uploads', { contentType: 'application/json' });
    assert.equal(empty.status, 422);
    assert.deepEqual(
      ((await empty.json()) as { detail: Array<{ loc: unknown[] }> }).detail.map((d) => d.loc),
      [['body']],
    );

    const badRoom = await post('/calls', { body: new URLSearchParams({ sdp: 'v=0', room: '0' }) });
    assert.equal(badRoom.status, 422);
  });

  it('takes a multipart form of text fields as multipart, and documents it so', async () => {
    const form = new FormData();
    form.append('text', 'short');
    assert.equal((await post('/notes', { body: form })).status, 204);
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, { post: { requestBody: { content: Record<string, unknown> } } }>;
    };
    assert.deepEqual(Object.keys(document.paths['/notes']!.post.requestBody.content), ['multipart/form-data']);
  });

  it('documents every media type with its own schema: no breaking difference from the source', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, { post: { requestBody: { required?: boolean; content: Record<string, { schema: unknown }> } } }>;
    };
    const uploads = document.paths['/uploads']!.post.requestBody;
    assert.equal(uploads.required, true);
    assert.deepEqual(uploads.content['application/json']!.schema, { $ref: '#/components/schemas/UploadByUrl' });
    assert.deepEqual(uploads.content['multipart/form-data']!.schema, { $ref: '#/components/schemas/UploadForm' });
    assert.deepEqual(document.paths['/calls']!.post.requestBody.content['application/sdp']!.schema, { type: 'string' });

    const served = join(dir, 'served.json');
    await writeFile(served, JSON.stringify(document));
    const oasdiff = await findOasdiff();
    const breaking = async (base: string, revision: string) =>
      (await runOasdiff({ binary: oasdiff.path, base, revision, options: { timeoutMs: 120_000 } }))
        .filter((c) => c.level === 'ERR')
        .map((c) => `${c.id} ${c.operation ?? ''} ${c.path ?? ''}`);
    assert.deepEqual(await breaking(SPEC, served), []);
    assert.deepEqual(await breaking(served, SPEC), []);
  });

  it('passes its own generated test suite', async () => {
    const { python } = await ensureVenv();
    // The suite calls the stubs: the echo handlers are the team's, so they step aside for it.
    await writeFile(join(dir, 'app', 'handlers', 'uploads.py'), '');
    await writeFile(join(dir, 'app', 'handlers', 'calls.py'), '');
    const { stdout } = await run(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-W', 'ignore::DeprecationWarning'], {
      cwd: dir,
      timeout: 300_000,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`pytest failed:\n${(error.stdout ?? '').slice(-4000)}\n${error.stderr ?? ''}`);
    });
    assert.match(stdout, /\b3 passed\b/);
  });
});
