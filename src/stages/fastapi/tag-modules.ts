/**
 * The three modules of one tag: the router (generated), the stubs (generated) and the handlers
 * (written once, the team's own). They share one function name per operation, which is how the
 * router finds the team's handler and falls back to the stub.
 */
import { bodyReaderNames, renderBodyReader } from './bodies.ts';
import { Imports } from './imports.ts';
import type { OperationPlan, PyParam } from './operations.ts';
import { GENERATED_HEADER, NameScope, pyLiteral, pyString } from './python.ts';

export interface TagModule {
  /** The tag as written in the spec (or `default`). */
  tag: string;
  /** The Python module name used under routers/, stubs/ and handlers/. */
  module: string;
  operations: OperationPlan[];
}

export function renderRouter(t: TagModule, packageName: string): string {
  const imports = new Imports()
    .add('typing', 'Any')
    .add('fastapi', 'APIRouter')
    .add('.._dispatch', 'dispatch')
    .add('..handlers', `${t.module} as handlers`)
    .add('..stubs', `${t.module} as stubs`);
  const routes = t.operations.map((plan) => {
    for (const p of plan.params) {
      imports.use(p.annotation.uses, '..models');
      imports.add('fastapi', ...p.markers);
    }
    if (plan.responseModel) imports.use(plan.responseModel.uses, '..models');
    for (const r of plan.responses) if (r.model) imports.use(r.model.uses, '..models');
    if (plan.security) imports.add('..', 'security').add('fastapi', 'Depends').add('typing', 'Annotated');
    if (plan.stub.contentType === undefined) imports.add('fastapi', 'Response');
    return renderRoute(plan);
  });
  const readers = bodyReaders(t.operations, imports, '..');
  const doc = pyString(`Routes of the \`${t.tag}\` operations. Answers come from ${packageName}/handlers/${t.module}.py, or from the stubs.`, 'block');
  return `${GENERATED_HEADER}\n${doc}\n\n${imports.render()}\n\nrouter = APIRouter()\n${readers}\n\n${routes.join('\n\n\n')}\n`;
}

/** The readers of the bodies that come in several media types, defined before the routes that use them. */
export function bodyReaders(plans: OperationPlan[], imports: Imports, parent: string): string {
  const readers = plans.flatMap((plan) => (plan.bodyReader ? [plan.bodyReader] : []));
  for (const reader of readers) imports.add(`${parent}_bodies`, ...bodyReaderNames(reader));
  return readers.map((reader) => `\n\n${renderBodyReader(reader)}\n`).join('');
}

/** The arguments of a route decorator: path, id, documentation, response model and responses. */
export function routeArguments(plan: OperationPlan): string[] {
  const { op } = plan;
  const args = [pyString(plan.routePath), `operation_id=${pyString(op.id)}`];
  if (op.tags.length > 0) args.push(`tags=[${op.tags.map((t) => pyString(t)).join(', ')}]`);
  if (op.summary) args.push(`summary=${pyString(op.summary)}`);
  if (op.description) args.push(`description=${pyString(op.description)}`);
  // Explicitly None otherwise: FastAPI would read the `-> Any` annotation as the model.
  args.push(`response_model=${plan.responseModel ? plan.responseModel.code : 'None'}`);
  // A handler's unset optional fields stay absent rather than answered as null the schema refuses.
  if (plan.responseModel) args.push('response_model_exclude_unset=True');
  // Without a body the plain Response class keeps FastAPI from documenting a JSON one.
  if (plan.stub.contentType === undefined) args.push('response_class=Response');
  args.push(`status_code=${plan.successStatus}`);
  const responses = plan.responses.map((r) => {
    const key = /^\d{3}$/.test(r.status) ? r.status : pyString(r.status);
    const entries = [`"description": ${pyString(r.description)}`];
    if (r.model && String(plan.successStatus) !== r.status) entries.push(`"model": ${r.model.code}`);
    if (r.otherContent.length > 0) entries.push(`"content": {${r.otherContent.map((ct) => `${pyString(ct)}: {}`).join(', ')}}`);
    return `        ${key}: {${entries.join(', ')}},`;
  });
  if (responses.length > 0) args.push(`responses={\n${responses.join('\n')}\n    }`);
  if (op.deprecated) args.push('deprecated=True');
  if (plan.openapiExtra) args.push(`openapi_extra=${pyLiteral(plan.openapiExtra, 4)}`);
  if (plan.bodyReader) args.push(`openapi_extra=${plan.bodyReader.constant}.openapi_extra`);
  return args;
}

function renderRoute(plan: OperationPlan): string {
  const { op } = plan;
  const args = routeArguments(plan);
  const line = (p: PyParam) => `    ${p.name}: ${p.annotation.code}${p.default ? ` = ${p.default}` : ''},`;
  // The credentials have no default, so they go before the optional parameters.
  const params = [
    ...plan.params.filter((p) => p.default === undefined).map(line),
    ...(plan.security ? [`    credentials: Annotated[security.Credentials, Depends(security.${plan.security})],`] : []),
    ...plan.params.filter((p) => p.default !== undefined).map(line),
  ];
  const call = [
    pyString(plan.function),
    `stubs.${plan.function}`,
    ...plan.params.map((p) => `${p.name}=${p.name}`),
    ...(plan.security ? ['credentials=credentials'] : []),
  ];
  const callLine = `    return await dispatch(handlers, ${call.join(', ')})`;
  const body = callLine.length <= 100 ? callLine : `    return await dispatch(\n${['handlers', ...call].map((c) => `        ${c},`).join('\n')}\n    )`;
  const signature = params.length === 0 ? `async def ${plan.function}() -> Any:` : `async def ${plan.function}(\n${params.join('\n')}\n) -> Any:`;
  return `@router.${op.method}(\n${args.map((a) => `    ${a},`).join('\n')}\n)\n${signature}\n${body}`;
}

export function renderStubs(t: TagModule): string {
  const imports = new Imports().add('typing', 'Any').add('fastapi', 'Response');
  const constants = new NameScope([], 'answer');
  const blocks = t.operations.map((plan) => {
    const { stub } = plan;
    const extra = Object.keys(stub.headers).length > 0 ? `, headers=${pyLiteral(stub.headers, 8)}` : '';
    let constant = '';
    let answer: string;
    if (stub.contentType === undefined) {
      answer = `Response(status_code=${stub.status}${extra})`;
    } else {
      const name = constants.claim(plan.function, 'upper');
      const mediaType = pyString(stub.contentType);
      if (/^application\/(.+\+)?json/i.test(stub.contentType)) {
        imports.add('fastapi.responses', 'JSONResponse');
        constant = `${name}: Any = ${pyLiteral(stub.body, 0)}`;
        const media = stub.contentType === 'application/json' ? '' : `, media_type=${mediaType}`;
        answer = `JSONResponse(${name}, status_code=${stub.status}${media}${extra})`;
      } else {
        const text = typeof stub.body === 'string' ? stub.body : JSON.stringify(stub.body);
        const framed = /^text\/event-stream/i.test(stub.contentType) ? `data: ${text}\n\n` : text;
        constant = `${name} = ${pyString(framed)}`;
        answer = `Response(${name}, status_code=${stub.status}, media_type=${mediaType}${extra})`;
      }
    }
    const fn = `def ${plan.function}(**_: Any) -> Response:\n    return ${answer}`;
    return constant ? `${constant}\n\n\n${fn}` : fn;
  });
  const doc = pyString(`Contract-honouring answers of the \`${t.tag}\` operations, used until a handler takes over.`, 'block');
  return `${GENERATED_HEADER}\n${doc}\n\n${imports.render()}\n\n\n${blocks.join('\n\n\n')}\n`;
}

/** The team's module, written once: every operation as a commented-out template to fill in. */
export function renderHandlers(t: TagModule, packageName: string): string {
  const doc = pyString(
    [
      `Handlers of the \`${t.tag}\` operations. This file is yours: it is written once and never overwritten.`,
      '',
      'Define a function named after an operation to answer it; it receives the parameters as',
      'keyword arguments (the templates below show them) and may return a model, a plain value or any',
      `Response. Operations without a function here answer with the stub in ${packageName}/stubs/${t.module}.py.`,
    ].join('\n'),
    'block',
  );
  const names = new Set<string>();
  const templates = t.operations.map((plan) => {
    for (const p of plan.params) for (const n of p.annotation.uses) names.add(n);
    for (const n of plan.responseModel?.uses ?? ['Any']) names.add(n);
    if (plan.security) names.add('Any');
    const line = (p: PyParam) => `#     ${p.name}: ${p.type}${p.default ? ` = ${p.default}` : ''},`;
    const params = [
      ...plan.params.filter((p) => p.default === undefined).map(line),
      ...(plan.security ? ['#     credentials: dict[str, Any],'] : []),
      ...plan.params.filter((p) => p.default !== undefined).map(line),
    ];
    const returns = plan.responseModel ? plan.responseModel.code : 'Any';
    return [`# async def ${plan.function}(`, ...params, `# ) -> ${returns}:`, '#     ...'].join('\n');
  });
  // The markers (Query, Path, ...) stay in the router: import only what the templates show.
  const shown = templates.join('\n');
  const imports = new Imports().use(
    [...names].filter((n) => new RegExp(`\\b${n}\\b`).test(shown)),
    '..models',
  );
  const importBlock = imports
    .render()
    .split('\n')
    .map((line) => (line === '' ? '#' : `# ${line}`))
    .join('\n');
  return `${doc}\n\n${importBlock}\n\n\n${templates.join('\n\n\n')}\n`;
}
