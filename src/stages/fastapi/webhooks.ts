/**
 * The webhooks module: the requests the API sends to its subscribers (OpenAPI 3.1 `webhooks`),
 * declared on FastAPI's `app.webhooks` router. FastAPI documents those routes under `webhooks` and
 * never serves them, so the functions have no body to run: their signatures (the payload model, the
 * headers) are the documentation, written with the same models and route arguments as the operations.
 */
import { Imports } from './imports.ts';
import type { OperationPlan, PyParam } from './operations.ts';
import { pyString } from './python.ts';
import { GENERATED_HEADER } from './python.ts';
import { bodyReaders, routeArguments } from './tag-modules.ts';

export function renderWebhooks(plans: OperationPlan[]): string {
  const imports = new Imports().add('fastapi', 'APIRouter');
  const routes = plans.map((plan) => {
    for (const p of plan.params) {
      imports.use(p.annotation.uses, '.models');
      imports.add('fastapi', ...p.markers);
    }
    if (plan.responseModel) imports.use(plan.responseModel.uses, '.models');
    for (const r of plan.responses) if (r.model) imports.use(r.model.uses, '.models');
    if (plan.stub.contentType === undefined) imports.add('fastapi', 'Response');
    return renderWebhook(plan);
  });
  const readers = bodyReaders(plans, imports, '.');
  const doc = pyString('The webhooks the API sends to its subscribers: documented in the OpenAPI document, never routed.', 'block');
  return `${GENERATED_HEADER}\n${doc}\n\n${imports.render()}\n\nrouter = APIRouter()\n${readers}\n\n${routes.join('\n\n\n')}\n`;
}

function renderWebhook(plan: OperationPlan): string {
  const line = (p: PyParam) => `    ${p.name}: ${p.annotation.code}${p.default ? ` = ${p.default}` : ''},`;
  const params = [...plan.params.filter((p) => p.default === undefined).map(line), ...plan.params.filter((p) => p.default !== undefined).map(line)];
  const signature = params.length === 0 ? `def ${plan.function}() -> None:` : `def ${plan.function}(\n${params.join('\n')}\n) -> None:`;
  const args = routeArguments(plan);
  const doc = pyString(`The request sent for the \`${plan.op.path}\` webhook: FastAPI documents it and never calls this function.`, 'block');
  return `@router.${plan.op.method}(\n${args.map((a) => `    ${a},`).join('\n')}\n)\n${signature}\n    ${doc.replace(/\n/g, '\n    ')}`;
}
