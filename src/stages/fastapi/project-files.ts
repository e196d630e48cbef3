/**
 * The files around the generated code: the app factory and entry points, the dispatch helper, and
 * the project's packaging (pyproject, Dockerfile, README). Spec text reaches Python only through
 * pyString; the TOML and Markdown files carry only names made from a safe character set.
 */
import { Imports } from './imports.ts';
import { pyString } from './python.ts';
import { GENERATED_HEADER } from './python.ts';
import type { TagModule } from './tag-modules.ts';

export interface AppInfo {
  title: string;
  version: string;
  description?: string;
  /** Python package of the app (`app`). */
  packageName: string;
  /** Distribution name for pyproject, from [a-z0-9-]. */
  projectName: string;
  pythonImage: string;
  /** Path of the health check, chosen not to collide with the spec's paths. */
  healthPath: string;
  /** The contract is OpenAPI 3.0: serve the computed document in that form. */
  openapi30: boolean;
}

/** FastAPI, Pydantic and uvicorn versions the generated code is written for. */
export const DEPENDENCIES = ['fastapi[standard]>=0.115', 'pydantic>=2.7,<3', 'uvicorn[standard]>=0.30', 'email-validator>=2', 'python-multipart>=0.0.9'];
export const TEST_DEPENDENCIES = ['pytest>=8', 'httpx>=0.27'];

export function renderMain(info: AppInfo, tags: TagModule[], declaredValidationErrors: boolean, webhooks = false): string {
  const imports = new Imports().add('fastapi', 'FastAPI').add('._build', 'BuildIdHeader');
  imports.add('.document', 'serve_document');
  if (declaredValidationErrors) imports.add('fastapi.exceptions', 'RequestValidationError').add('.', 'validation');
  if (tags.length > 0) imports.add('.routers', ...tags.map((t) => t.module));
  if (webhooks) imports.add('.', 'webhooks');
  const args = [`title=${pyString(info.title)}`, `version=${pyString(info.version)}`];
  if (info.description) args.push(`description=${pyString(info.description)}`);
  if (tags.length > 0) args.push('routes=[route for router in ROUTERS for route in router.routes]');
  const routers =
    tags.length === 0
      ? []
      : [
          '',
          '',
          '# The routers in the order Starlette tries them: `/users/me` before `/users/{id}`. Their routes are',
          '# served as they are: include_router() would have FastAPI build every route again on the first',
          '# request, which for a large API delays the first answer by seconds.',
          `ROUTERS = (\n${tags.map((t) => `    ${t.module}.router,`).join('\n')}\n)`,
        ];
  const lines = [
    GENERATED_HEADER,
    pyString('The application factory: every router of the API, and a health check for the container.', 'block'),
    '',
    imports.render(),
    ...routers,
    '',
    '',
    'def create_app() -> FastAPI:',
    `    app = FastAPI(\n${args.map((a) => `        ${a},`).join('\n')}\n    )`,
    // Documented under `webhooks`, never routed.
    ...(webhooks ? ['    app.webhooks.include_router(webhooks.router)'] : []),
    ...(declaredValidationErrors ? ['    app.add_exception_handler(RequestValidationError, validation.validation_error)'] : []),
    '    serve_document(app)',
    '    app.add_middleware(BuildIdHeader)',
    '',
    `    @app.get(${pyString(info.healthPath)}, include_in_schema=False)`,
    '    async def health() -> dict[str, str]:',
    '        return {"status": "ok"}',
    '',
    '    return app',
    '',
    '',
    'app = create_app()',
  ];
  return lines.join('\n') + '\n';
}

export function renderDunderMain(info: AppInfo): string {
  return `${GENERATED_HEADER}
"""\`python -m ${info.packageName}\`: serves the API with uvicorn on the port in $PORT (8000 by default)."""

import os

import uvicorn


def main() -> None:
    uvicorn.run(
        "${info.packageName}.main:app",
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()
`;
}

export function renderHealthcheck(info: AppInfo): string {
  return `${GENERATED_HEADER}
"""The container's HEALTHCHECK: exits 0 when the API answers on $PORT, without needing curl in the image."""

import os
import sys
import urllib.request


def main() -> int:
    url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}${info.healthPath}"
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return 0 if response.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
`;
}

/**
 * The build a response comes from, in an `X-Build-Id` header: the deploy pipeline waits until the
 * URL answers with the build it just pushed before it runs the contract tests, so they never test
 * the previous release. The image bakes the id in (the Dockerfile's BUILD_ID argument). A plain ASGI
 * middleware, because Starlette's BaseHTTPMiddleware would buffer streamed responses.
 */
export function renderBuildInfo(): string {
  return `${GENERATED_HEADER}
"""Names the running build in an X-Build-Id header on every response (from $BUILD_ID)."""

import os
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Only characters that are safe in a header value, whatever the environment holds.
BUILD_ID = re.sub(r"[^A-Za-z0-9._:+-]", "", os.environ.get("BUILD_ID", ""))[:128]


class BuildIdHeader:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not BUILD_ID:
            await self.app(scope, receive, send)
            return

        async def send_with_build_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-build-id", BUILD_ID.encode("ascii"))]
            await send(message)

        await self.app(scope, receive, send_with_build_id)
`;
}

export function renderDispatch(): string {
  return `${GENERATED_HEADER}
"""Calls the team's handler for an operation when it exists, and the generated stub otherwise."""

import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

from starlette.concurrency import run_in_threadpool


async def dispatch(handlers: ModuleType, name: str, stub: Callable[..., Any], /, **arguments: Any) -> Any:
    handler = getattr(handlers, name, None)
    if handler is None:
        return stub(**arguments)
    if inspect.iscoroutinefunction(handler):
        return await handler(**arguments)
    # A plain function may block: keep it off the event loop.
    return await run_in_threadpool(handler, **arguments)
`;
}

export function renderPackageInit(text: string, generated: boolean): string {
  return `${generated ? `${GENERATED_HEADER}\n` : ''}${pyString(text, 'block')}\n`;
}

export function renderPyproject(info: AppInfo): string {
  const list = (items: string[]) => `[\n${items.map((d) => `    "${d}",`).join('\n')}\n]`;
  return `[project]
name = "${info.projectName}"
version = "0.1.0"
description = "FastAPI service generated from its OpenAPI contract by fastapi-postman-deploy."
requires-python = ">=3.10"
dependencies = ${list(DEPENDENCIES)}

[project.optional-dependencies]
test = ${list(TEST_DEPENDENCIES)}

[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[tool.setuptools.packages.find]
include = ["${info.packageName}*"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
`;
}

export function renderDockerfile(info: AppInfo): string {
  return `# syntax=docker/dockerfile:1
ARG PYTHON_IMAGE=${info.pythonImage}
FROM \${PYTHON_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1 \\
    PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PORT=8000

WORKDIR /srv

# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\\\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \\
    && pip install -r requirements.txt \\
    && rm requirements.txt

COPY ${info.packageName}/ ./${info.packageName}/

RUN useradd --system --uid 10001 --no-create-home app
USER app

# Last, so that a new build id leaves every layer above in the cache. The app sends it in the
# X-Build-Id header, which tells a deploy pipeline that this build is the one answering.
ARG BUILD_ID=""
ENV BUILD_ID=\${BUILD_ID}

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \\
    CMD ["python", "-m", "${info.packageName}.healthcheck"]
CMD ["python", "-m", "${info.packageName}"]
`;
}

export function renderGitignore(): string {
  return ['.venv/', '__pycache__/', '*.pyc', '.pytest_cache/', ''].join('\n');
}

export function renderDockerignore(): string {
  return ['.git', '.venv', 'venv', '__pycache__', '*.pyc', '.pytest_cache', 'tests', 'Dockerfile', '.dockerignore', ''].join('\n');
}

/** `secured`: some operation needs a credential, so the README says how the server is given them. */
export function renderReadme(info: AppInfo, tags: TagModule[], secured: boolean): string {
  const rows = tags.map((t) => `| \`${info.packageName}/handlers/${t.module}.py\` | ${t.operations.length} |`);
  return `# ${info.projectName}

A FastAPI service generated from its OpenAPI contract by fastapi-postman-deploy. Every operation
answers at once with a response that honours the contract; replace the answers with your own code
one operation at a time.

## Where your code goes

| handler module | operations |
|---|---|
${rows.join('\n')}

Define a function named after an operation in its handler module (each module lists them, commented
out, with their parameters). Those modules are written once and never overwritten; everything else
under \`${info.packageName}/\` is regenerated from the contract, so do not edit it.

## Run it

\`\`\`sh
python -m venv .venv && . .venv/bin/activate
pip install -e '.[test]'
python -m ${info.packageName}          # serves on $PORT (8000)
pytest                     # the generated contract tests
\`\`\`

The OpenAPI document FastAPI computes is served at \`/openapi.json\`, the docs at \`/docs\`.

## Container

\`\`\`sh
docker build -t ${info.projectName} .
docker run -p 8000:8000 ${info.projectName}
\`\`\`

The base image is the build argument \`PYTHON_IMAGE\` (default \`${info.pythonImage}\`); the port is \`PORT\`.
${secured ? credentialsSection(info) : ''}`;
}

function credentialsSection(info: AppInfo): string {
  return `
## Credentials

The server is closed by default. An operation the contract secures lets a request through only when
its credential passes your check for that scheme (a \`verify_...\` function in
\`${info.packageName}/handlers/credentials.py\`), or, for a scheme without one, when it equals a
credential the server was started with: \`API_CREDENTIALS\` holds them, one \`scheme=value\` a line
(\`user:password\` for HTTP basic). Anything else gets 401 (no credential) or 403 (a wrong one); with
neither, every secured request is refused, and the server says so as it starts. \`pytest\` starts it
with the placeholder its requests carry.
`;
}
