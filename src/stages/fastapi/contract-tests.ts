/**
 * The project's own pytest suite: one case per operation, calling it through the app with a request
 * sampled from the spec and checking the answer against what the operation declares (status, media
 * type, and the body against the response model). It passes on the stubs and keeps passing only
 * while the team's handlers honour the contract.
 */
import type { ApiModel } from '../../openapi/model/model.ts';
import { sampleRequest, type SampleRequest } from '../../openapi/sample/request.ts';
import { Imports } from './imports.ts';
import { pyLiteral, pyString } from './python.ts';
import { GENERATED_HEADER } from './python.ts';
import type { TagModule } from './tag-modules.ts';

export function renderContractTests(api: ApiModel, tags: TagModule[], packageName: string): string {
  const imports = new Imports([packageName])
    .add('typing', 'Any')
    .import('pytest')
    .add('fastapi.testclient', 'TestClient')
    .add('pydantic', 'TypeAdapter')
    .add(`${packageName}.main`, 'app');
  const cases: string[] = [];
  for (const t of tags) {
    for (const plan of t.operations) {
      const declared = plan.responses.map((r) => {
        if (r.model) imports.use(r.model.uses, `${packageName}.models`);
        const types = r.contentTypes.map((c) => pyString(c));
        return `            ${pyString(r.status)}: ((${types.join(', ')}${types.length === 1 ? ',' : ''}), ${r.model ? r.model.code : 'None'}),`;
      });
      const request = pyLiteral(requestArguments(sampleRequest(api, plan.op, { credentials: true })), 8);
      cases.push(
        [
          '    pytest.param(',
          `        ${request},`,
          declared.length > 0 ? `        {\n${declared.join('\n')}\n        },` : '        {},',
          `        id=${pyString(plan.op.id)},`,
          '    ),',
        ].join('\n'),
      );
    }
  }
  return `${GENERATED_HEADER}
${pyString('Every operation called through the app with a request sampled from the contract: the answer must carry a declared status and media type, and a body the response model accepts.', 'block')}

${imports.render()}

Declared = dict[str, tuple[tuple[str, ...], Any]]

CASES = [
${cases.join('\n')}
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(app)


def _declared(declared: Declared, status: int) -> tuple[tuple[str, ...], Any] | None:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in declared:
            return declared[key]
    return None


@pytest.mark.parametrize(("request_", "declared"), CASES)
def test_operation_answers_within_contract(client: TestClient, request_: dict[str, Any], declared: Declared) -> None:
    if "files" in request_:
        # httpx reads a file as a (filename, content) tuple; the literal above holds lists.
        request_ = {**request_, "files": [(name, tuple(file)) for name, file in request_["files"]]}
    response = client.request(**request_)
    answer = _declared(declared, response.status_code)
    assert answer is not None, f"status {response.status_code} is not declared: {response.text[:500]}"
    if any(key.startswith("2") or key == "default" for key in declared):
        assert response.is_success or response.is_redirect, f"no success: {response.status_code} {response.text[:500]}"
    media_types, model = answer
    if not media_types or not response.content:
        return
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type in media_types, f"media type {media_type} is not declared"
    if model is not None and media_type.endswith("json"):
        TypeAdapter(model).validate_json(response.content)
`;
}

/** The keyword arguments of `TestClient.request` for a sampled request. */
function requestArguments(r: SampleRequest): Record<string, unknown> {
  const args: Record<string, unknown> = { method: r.method, url: r.path };
  if (r.query.length > 0) args.params = r.query;
  const headers: Record<string, string> = Object.fromEntries(r.headers);
  // Per-request cookies are deprecated in httpx: they travel as the header they are.
  if (r.cookies.length > 0) headers.cookie = r.cookies.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  const body = r.body;
  if (body && body.kind !== 'multipart') headers['content-type'] = body.contentType;
  if (Object.keys(headers).length > 0) args.headers = headers;
  if (body?.kind === 'json') args.content = JSON.stringify(body.value);
  else if (body?.kind === 'form') args.content = new URLSearchParams(body.fields).toString();
  else if (body?.kind === 'raw') args.content = body.text;
  else if (body?.kind === 'multipart' && body.files.length === 0) {
    // httpx sends fields alone url-encoded: parts without a filename keep it multipart.
    args.files = body.fields.map(([name, value]) => [name, [null, value]]);
  } else if (body?.kind === 'multipart') {
    args.data = Object.fromEntries(groupFields(body.fields));
    args.files = body.files.map(([name, file]) => [name, [file.filename, file.content]]);
  }
  return args;
}

function groupFields(fields: Array<[string, string]>): Array<[string, string | string[]]> {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of fields) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  return [...grouped].map(([k, v]) => [k, v.length === 1 ? v[0]! : v]);
}

/**
 * The suite's server is started with the credentials its sample requests carry, as API_CREDENTIALS
 * (before the app is imported: pytest loads this first). A deployed server accepts only its own.
 */
export function renderTestCredentials(credentials: string): string {
  return `${GENERATED_HEADER}
${pyString('The server under test accepts the credentials the sample requests carry; a deployed one accepts only its own.', 'block')}

import os

os.environ.setdefault("API_CREDENTIALS", ${pyString(credentials)})
`;
}
