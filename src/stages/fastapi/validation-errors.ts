/**
 * Request validation errors in the shape the spec declares for them. FastAPI answers a bad request
 * with 422 and its own `{"detail": [...]}`; an operation that declares 422, 400, 4XX or default with
 * a JSON schema gets a body of that schema instead (sampled, with the validation summary in its
 * message-like field when it has one), so clients of the contract can read it.
 */
import type { ApiModel, Operation, Schema } from '../../openapi/model/model.ts';
import { sampleValue, type SchemaContext } from '../../openapi/sample/values.ts';
import { conforms } from '../../openapi/sample/values.ts';
import { GENERATED_HEADER, pyLiteral, pyString } from './python.ts';

interface DeclaredError {
  status: number;
  body: unknown;
  messageField?: string;
}

const MESSAGE_FIELDS = ['message', 'detail', 'error_description', 'error', 'title', 'description'];

function declaredError(api: ApiModel, op: Operation, ctx: SchemaContext): DeclaredError | undefined {
  for (const [status, code] of [
    ['422', 422],
    ['400', 400],
    ['4XX', 400],
    ['default', 422],
  ] as const) {
    const response = op.responses.find((r) => r.status === status);
    const media = response?.content.find((m) => /^application\/(.+\+)?json/i.test(m.contentType));
    if (!media?.schema) continue;
    const sampled = sampleValue(media.schema, media.example, ctx, { direction: 'response' });
    if (!sampled.valid) continue;
    return { status: code, body: sampled.value, ...messageField(api, media.schema, sampled.value, ctx) };
  }
  return undefined;
}

/** A property that still validates with any text in it: where the validation summary goes. */
function messageField(api: ApiModel, schema: Schema, body: unknown, ctx: SchemaContext): { messageField?: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  const resolved = api.resolveSchema(schema);
  const properties =
    typeof resolved === 'object' && resolved.properties && typeof resolved.properties === 'object' ? (resolved.properties as Record<string, Schema>) : {};
  for (const name of MESSAGE_FIELDS) {
    const property = properties[name];
    if (property === undefined) continue;
    const probe = { ...body, [name]: 'query.limit: Input should be less than or equal to 100' };
    if (conforms(probe, schema, ctx)) return { messageField: name };
  }
  return {};
}

/** The module, or undefined when no operation declares an error shape. */
export function renderValidationErrors(api: ApiModel): string | undefined {
  const ctx: SchemaContext = { openapi30: api.family === '2.0' || api.family === '3.0', resolve: api.resolveSchema };
  const bodies: string[] = [];
  const entries: string[] = [];
  for (const op of api.operations) {
    const declared = declaredError(api, op, ctx);
    if (!declared) continue;
    const literal = pyLiteral(declared.body, 4);
    let index = bodies.indexOf(literal);
    if (index === -1) index = bodies.push(literal) - 1;
    entries.push(`    ${pyString(op.id)}: (${declared.status}, ${index}, ${declared.messageField ? pyString(declared.messageField) : 'None'}),`);
  }
  if (entries.length === 0) return undefined;
  return `${GENERATED_HEADER}
${pyString("Request validation errors in the shape each operation declares for them; FastAPI's own otherwise.", 'block')}

from typing import Any

from fastapi import Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

# Sample bodies of the declared error schemas.
BODIES: list[Any] = [
${bodies.map((b) => `    ${b},`).join('\n')}
]

# Operation id: (status, index in BODIES, the field that carries the message or None).
DECLARED: dict[str, tuple[int, int, str | None]] = {
${entries.join('\n')}
}


def _summary(error: RequestValidationError) -> str:
    return "; ".join(".".join(str(part) for part in e["loc"]) + ": " + e["msg"] for e in error.errors())


async def validation_error(request: Request, error: RequestValidationError) -> Response:
    operation_id = getattr(request.scope.get("route"), "operation_id", None)
    declared = DECLARED.get(operation_id or "")
    if declared is None:
        return await request_validation_exception_handler(request, error)
    status, index, field = declared
    body = BODIES[index]
    if field is not None:
        body = {**body, field: _summary(error)}
    return JSONResponse(body, status_code=status)
`;
}
