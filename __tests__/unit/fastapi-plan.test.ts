/**
 * planFastapiProject on a hostile spec and on real ones: every generated file parses with Python's
 * own `ast`, hostile text stays inside string literals, the app imports and routes, output is
 * byte-identical across runs, and the team's handler files survive regeneration.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { planFastapiProject, type FastapiPlan } from '../../src/stages/fastapi/plan.ts';
import { DEPENDENCIES } from '../../src/stages/fastapi/project-files.ts';
import { readDependencies } from '../../src/stages/fastapi/serve.ts';
import { checkHandlers, writeFastapiProject } from '../../src/stages/fastapi/write.ts';
import { loadSpec } from '../../src/openapi/load/load.ts';
import { credentialsText } from '../../src/openapi/sample/request.ts';
import { ensureVenv } from '../support/python-venv.ts';

const run = promisify(execFile);
const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'fastapi', 'hostile.yaml');
const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');

/**
 * Parses every Python file with `ast` and lists what a hostile spec could try to smuggle in:
 * identifiers that name dangerous builtins and imports from unexpected modules.
 */
const AST_AUDIT = `
import ast, json, sys
files = json.load(sys.stdin)
allowed = {"__future__", "typing", "typing_extensions", "datetime", "uuid", "os", "sys", "inspect", "json", "types",
           "urllib.request", "collections.abc", "fastapi", "fastapi.responses", "fastapi.security",
           "fastapi.exceptions", "fastapi.exception_handlers", "fastapi.testclient", "fastapi.openapi.utils", "pytest",
           "pydantic", "pydantic.json_schema", "starlette.concurrency", "starlette.datastructures", "starlette.types", "re", "uvicorn", "app.main", "app.models",
           "hmac", "logging", "app.handlers"}
# The generated modules that look names up on purpose (the team's handler and credential checks, the matched route).
getattr_allowed = {"app/_dispatch.py", "app/validation.py", "app/security.py"}
dangerous = {"__import__", "eval", "exec", "system", "compile", "open", "subprocess", "getattr"}
findings = []
for path, text in files.items():
    if not path.endswith(".py"):
        continue
    tree = ast.parse(text, path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            findings += [f"{path}: import {a.name}" for a in node.names if a.name not in allowed]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module not in allowed:
            findings.append(f"{path}: from {node.module}")
        name = getattr(node, "id", None) or getattr(node, "attr", None) or getattr(node, "name", None)
        if isinstance(name, str) and name in dangerous and not (path in getattr_allowed and name == "getattr"):
            findings.append(f"{path}: identifier {name}")
print(json.dumps(findings))
`;

async function audit(plan: FastapiPlan): Promise<string[]> {
  const { python } = await ensureVenv();
  const files = Object.fromEntries(plan.files.map((f) => [f.path, f.content]));
  const child = run(python, ['-c', AST_AUDIT], { maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin!.end(JSON.stringify(files));
  return JSON.parse((await child).stdout) as string[];
}

describe('planFastapiProject on a hostile spec', () => {
  it('writes files that parse, with hostile text only inside string literals', async () => {
    const plan = planFastapiProject(await loadSpec(HOSTILE));
    assert.ok(plan.files.some((f) => f.path === 'app/models.py'));
    assert.deepEqual(await audit(plan), []);
  });

  it('gives an app that imports, keeps the texts exact and routes the odd names', async () => {
    const { python } = await ensureVenv();
    const spec = await loadSpec(HOSTILE);
    const dir = await mkdtemp(join(tmpdir(), 'fastapi-hostile-'));
    try {
      await writeFastapiProject(planFastapiProject(spec), dir);
      const script = `
import json
from fastapi.testclient import TestClient
from app.main import app
client = TestClient(app)
doc = app.openapi()
print(json.dumps({
    "info": doc["info"],
    "pet": client.get("/pets/abc", headers={'X-Key"""': "k"}).status_code,
    "pet_body": client.get("/pets/abc", headers={'X-Key"""': "k"}).json(),
    "no_key": client.get("/pets/abc").status_code,
    "bad_pattern": client.get("/pets/ABC", headers={'X-Key"""': "k"}).status_code,
    "form": client.post("/forms", data={"To": "x", "def": "3", "a-b": "1", "a_b": "2"}).status_code,
    "form_missing": client.post("/forms", data={"def": "3"}).status_code,
    "default": doc["paths"]["/pets/{pet_id}"]["get"]["parameters"][1]["schema"].get("default"),
    "operation_ids": sorted(o["operationId"] for item in doc["paths"].values() for o in item.values()),
    "unicode": client.get("/unicode/x", params={"admin": "y"}).json(),
}))
`;
      // Started with the credential the script sends, under the scheme's hostile name: the server is closed by default.
      const env = { ...process.env, API_CREDENTIALS: credentialsText({ 'api key"; import os': 'k' }) };
      const { stdout } = await run(python, ['-W', 'ignore', '-c', script], { cwd: dir, env });
      const result = JSON.parse(stdout) as Record<string, unknown>;
      const info = spec.document.info as Record<string, string>;
      assert.deepEqual(result.info, { title: info.title, version: info.version, description: info.description });
      assert.equal(result.pet, 200);
      assert.equal((result.pet_body as Record<string, unknown>).class, 'a"""');
      assert.equal(result.no_key, 401);
      assert.equal(result.bad_pattern, 422);
      assert.equal(result.form, 200);
      assert.equal(result.form_missing, 422);
      assert.equal(result.default, '"""; raise SystemExit');
      assert.deepEqual(result.operation_ids, [
        'class',
        'delete_pets_pet_id',
        'getPet"""); __import__(\'os\').system(\'id\'); ("',
        'postForm',
        'zw\u200bj\u202eop\u2028',
      ]);
      assert.deepEqual(result.unicode, { admin: '\u202e\u2066', '\u0430dmin': '\u2028' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps wire names apart that differ only where Python cannot: user_id never stands in for a required user-id', async () => {
    const { python } = await ensureVenv();
    const dir = await mkdtemp(join(tmpdir(), 'fastapi-collide-'));
    try {
      const specPath = join(dir, 'openapi.yaml');
      await writeFile(
        specPath,
        `openapi: 3.0.3
info: { title: Collide, version: 1.0.0 }
paths:
  /users:
    post:
      operationId: addUser
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [user-id, user_id]
              properties:
                user-id: { type: string }
                user_id: { type: string }
      responses:
        '204': { description: Added. }
`,
      );
      const project = join(dir, 'server');
      await writeFastapiProject(planFastapiProject(await loadSpec(specPath)), project);
      const script = `
import json
from fastapi.testclient import TestClient
from app.main import app
client = TestClient(app)
print(json.dumps([
    client.post("/users", json={"user_id": "a"}).status_code,
    client.post("/users", json={"user-id": "a"}).status_code,
    client.post("/users", json={"user-id": "a", "user_id": "b"}).status_code,
]))
`;
      const { stdout } = await run(python, ['-W', 'ignore', '-c', script], { cwd: project });
      assert.deepEqual(JSON.parse(stdout), [422, 422, 204]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warns, located, where the spec cannot be followed exactly', async () => {
    const plan = planFastapiProject(await loadSpec(HOSTILE));
    const renamed = plan.warnings.find((w) => w.rule === 'fastapi-path-param-renamed');
    assert.ok(renamed, 'the renamed path parameter is reported');
    assert.match(renamed.location.file, /hostile\.yaml$/);
    assert.equal(renamed.location.line, 13);
    // A header name no HTTP client can send (a newline, a zero-width joiner) is left out, with a reason.
    const headers = plan.warnings.filter((w) => w.rule === 'fastapi-header-name').map((w) => w.message);
    assert.equal(headers.length, 2, headers.join('\n'));
  });
});

describe('planFastapiProject output', () => {
  it("declares the spec's webhooks on app.webhooks, so the served document lists them", async () => {
    const spec = await loadSpec(join(SPECS, 'openai-2026-08-21.yaml'));
    const webhooks = Object.keys((spec.document as { webhooks?: object }).webhooks ?? {});
    assert.ok(webhooks.length > 0, 'the fixture has webhooks');
    const plan = planFastapiProject(spec);
    const module = plan.files.find((f) => f.path === 'app/webhooks.py');
    assert.ok(module, 'app/webhooks.py is written');
    for (const name of webhooks) assert.ok(module.content.includes(JSON.stringify(name)), `webhook ${name} is declared`);
    assert.match(plan.files.find((f) => f.path === 'app/main.py')!.content, /app\.webhooks\.include_router\(webhooks\.router\)/);
    assert.ok(!planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml'))).files.some((f) => f.path === 'app/webhooks.py'), 'none without webhooks');
  });

  for (const name of ['oai-petstore.yaml', 'twilio_messaging_v1.yaml', 'openai-2026-08-21.yaml']) {
    it(`is byte-identical across runs and parses (${name})`, async () => {
      const once = planFastapiProject(await loadSpec(join(SPECS, name)));
      const twice = planFastapiProject(await loadSpec(join(SPECS, name)));
      assert.deepEqual(twice.files, once.files);
      assert.deepEqual(await audit(once), []);
    });
  }

  it('marks the team files as written once, and the generated ones as rewritten', async () => {
    const plan = planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml')));
    const once = plan.files.filter((f) => !f.overwrite).map((f) => f.path);
    assert.deepEqual(once, ['.dockerignore', '.gitignore', 'Dockerfile', 'README.md', 'app/handlers/__init__.py', 'app/handlers/pets.py', 'pyproject.toml']);
    assert.ok(
      plan.files
        .filter((f) => f.overwrite && f.path.endsWith('.py') && !f.path.endsWith('__init__.py'))
        .every((f) => f.content.startsWith('# Generated by fastapi-postman-deploy')),
    );
  });

  it('keeps an edited handler module on regeneration and reports handlers that no longer fit', async () => {
    const spec = await loadSpec(join(SPECS, 'oai-petstore.yaml'));
    const dir = await mkdtemp(join(tmpdir(), 'fastapi-keep-'));
    try {
      const plan = planFastapiProject(spec);
      await writeFastapiProject(plan, dir);
      const mine =
        'async def list_pets(limit):\n    return []\n\n\nasync def show_pet_by_id(petId):\n    return {}\n\n\ndef adopt_pet(pet_id):\n    return None\n';
      await writeFile(join(dir, 'app', 'handlers', 'pets.py'), mine);
      const result = await writeFastapiProject(plan, dir);
      assert.equal(await readFile(join(dir, 'app', 'handlers', 'pets.py'), 'utf8'), mine);
      assert.ok(result.kept.includes('app/handlers/pets.py'));
      assert.deepEqual(
        result.handlers.map((h) => [h.function, h.problem]),
        [
          ['show_pet_by_id', 'parameters-changed'],
          ['adopt_pet', 'no-operation'],
        ],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes a pyproject whose dependencies serve reads back', async () => {
    const plan = planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml')));
    const pyproject = plan.files.find((f) => f.path === 'pyproject.toml')!.content;
    assert.deepEqual(readDependencies(pyproject), DEPENDENCIES);
  });

  it("answers with the team's handlers where they exist and with the stubs elsewhere", async () => {
    const { python } = await ensureVenv();
    const dir = await mkdtemp(join(tmpdir(), 'fastapi-handlers-'));
    try {
      await writeFastapiProject(planFastapiProject(await loadSpec(join(SPECS, 'oai-petstore.yaml'))), dir);
      await writeFile(
        join(dir, 'app', 'handlers', 'pets.py'),
        [
          'from ..models import Pet',
          '',
          '',
          'async def list_pets(limit):',
          '    return [Pet(id=limit or 7, name="mine")]',
          '',
          '',
          'def show_pet_by_id(pet_id):',
          '    return {"id": int(pet_id), "name": "blocking is fine", "extra": True}',
          '',
        ].join('\n'),
      );
      const script = `
import json
from fastapi.testclient import TestClient
from app.main import app
client = TestClient(app)
print(json.dumps([
    client.get("/pets", params={"limit": 3}).json(),
    client.get("/pets/5").json(),
    client.post("/pets", json={"id": 1, "name": "x"}).status_code,
]))
`;
      // Started with the credential the script sends, under the scheme's hostile name: the server is closed by default.
      const env = { ...process.env, API_CREDENTIALS: credentialsText({ 'api key"; import os': 'k' }) };
      const { stdout } = await run(python, ['-W', 'ignore', '-c', script], { cwd: dir, env });
      assert.deepEqual(JSON.parse(stdout), [[{ id: 3, name: 'mine' }], { id: 5, name: 'blocking is fine', extra: true }, 201]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads handler signatures that span lines and take **kwargs', () => {
    const text = 'async def a(\n    x: int,\n    y: str | None = None,\n) -> None:\n    ...\n\ndef b(**kwargs):\n    ...\n\ndef _private(z):\n    ...\n';
    assert.deepEqual(
      checkHandlers('h.py', text, [
        { name: 'a', parameters: ['x', 'y'] },
        { name: 'b', parameters: ['q'] },
      ]),
      [],
    );
  });
});
