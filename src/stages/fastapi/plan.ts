/**
 * planFastapiProject: the whole FastAPI project for a spec, as a list of files and the warnings met
 * on the way. Pure: nothing is read or written here, and the same spec gives byte-identical files.
 */
import { UserError } from '../../errors.ts';
import { healthPathOf } from './health-path.ts';
import { locate, type ApiModel } from '../../openapi/model/model.ts';
import { buildApiModel } from '../../openapi/model/build.ts';
import type { Diagnostic, Spec } from '../../openapi/types.ts';
import { renderBodiesModule } from './bodies.ts';
import { renderContractTests, renderTestCredentials } from './contract-tests.ts';
import { ModelTypes } from './models.ts';
import { planOperation } from './operations.ts';
import {
  renderBuildInfo,
  renderDispatch,
  renderDockerfile,
  renderDockerignore,
  renderDunderMain,
  renderGitignore,
  renderHealthcheck,
  renderMain,
  renderPackageInit,
  renderPyproject,
  renderReadme,
  type AppInfo,
} from './project-files.ts';
import { NameScope, words } from './python.ts';
import { renderDocument } from './document.ts';
import { renderOpenapi30 } from './openapi-30.ts';
import { orderRoutes } from './route-order.ts';
import { SecurityModule } from './security.ts';
import { renderValidationErrors } from './validation-errors.ts';
import { renderWebhooks } from './webhooks.ts';
import { GENERATED_HEADER } from './python.ts';
import { renderHandlers, renderRouter, renderStubs, type TagModule } from './tag-modules.ts';
import { credentialsText, sampleCredentials } from '../../openapi/sample/request.ts';

export interface FastapiOptions {
  /** Python package of the app inside the project (default `app`). */
  packageName?: string;
  /** Default base image of the Dockerfile (default `python:3.12-slim`). */
  pythonImage?: string;
}

export interface PlannedFile {
  /** Relative to the project folder, `/`-separated. */
  path: string;
  content: string;
  /** False for the team's files: written when missing, never replaced. */
  overwrite: boolean;
}

export interface FastapiPlan {
  files: PlannedFile[];
  warnings: Diagnostic[];
  /** Per handler module, the functions the generated routers look for, with their parameter names. */
  handlers: Array<{ path: string; functions: Array<{ name: string; parameters: string[] }> }>;
}

export function planFastapiProject(spec: Spec, options: FastapiOptions = {}): FastapiPlan {
  return planFromModel(buildApiModel(spec), options);
}

export function planFromModel(api: ApiModel, options: FastapiOptions = {}): FastapiPlan {
  const warnings: Diagnostic[] = [...api.warnings];
  const packageName = options.packageName ?? 'app';
  if (!/^[a-z_][a-z0-9_]*$/.test(packageName)) {
    throw new UserError(`invalid Python package name ${JSON.stringify(packageName)}`, undefined, 'Use lower-case letters, digits and underscores.');
  }
  // The image reference is written into the Dockerfile as it is: only reference characters pass.
  if (options.pythonImage !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._\/:@-]*$/.test(options.pythonImage)) {
    throw new UserError(`invalid Python base image ${JSON.stringify(options.pythonImage)}`, undefined, 'Give an image reference such as python:3.12-slim.');
  }
  const info: AppInfo = {
    title: api.title,
    version: api.version,
    ...(api.description ? { description: api.description } : {}),
    packageName,
    projectName: words(api.title).join('-') || 'api',
    pythonImage: options.pythonImage ?? 'python:3.12-slim',
    healthPath: healthPathOf(api),
    openapi30: api.family === '3.0' || api.family === '2.0',
  };

  const types = new ModelTypes(api, warnings);
  const security = new SecurityModule(api, warnings, packageName);
  const moduleNames = new NameScope(
    ['models', 'security', 'main', 'healthcheck', 'routers', 'stubs', 'handlers', 'validation', 'openapi_30', 'document', 'webhooks'],
    'default',
  );
  const tags = new Map<string, TagModule>();
  const functionScopes = new Map<string, NameScope>();
  for (const op of api.operations) {
    const tag = op.tags[0] ?? 'default';
    let t = tags.get(tag);
    if (!t) {
      t = { tag, module: moduleNames.claim(tag, 'snake'), operations: [] };
      tags.set(tag, t);
      // The stub module holds the answer constants and the handler module the team's imports:
      // function names must stay clear of both.
      functionScopes.set(tag, new NameScope(['Any', 'Response', 'JSONResponse', 'router', 'handlers', 'stubs', 'dispatch', 'security']));
    }
    const name = functionScopes.get(tag)!.claim(op.id, 'snake');
    t.operations.push(planOperation(api, op, name, types, (o) => security.dependencyFor(o.security, locate(o.origin)), warnings));
  }
  const tagList = orderRoutes([...tags.values()], warnings);
  // Webhooks are documentation only: no dispatch, no stub, no security (that is the subscriber's).
  const webhookNames = new NameScope(['APIRouter', 'Response', 'router'], 'webhook');
  const webhooks = api.webhooks.map((op) =>
    planOperation(api, op, webhookNames.claim(op.idWritten ? op.id : op.path, 'snake'), types, () => undefined, warnings),
  );

  const validationErrors = renderValidationErrors(api);
  const pkg = (path: string) => `${packageName}/${path}`;
  const generated = (path: string, content: string): PlannedFile => ({ path, content, overwrite: true });
  const files: PlannedFile[] = [
    generated(pkg('__init__.py'), renderPackageInit(`${api.title}: the service generated from its OpenAPI contract.`, true)),
    generated(pkg('__main__.py'), renderDunderMain(info)),
    generated(pkg('main.py'), renderMain(info, tagList, validationErrors !== undefined, webhooks.length > 0)),
    generated(pkg('healthcheck.py'), renderHealthcheck(info)),
    generated(pkg('_dispatch.py'), renderDispatch()),
    generated(pkg('_build.py'), renderBuildInfo()),
    generated(pkg('security.py'), security.render(GENERATED_HEADER)),
    generated(pkg('routers/__init__.py'), renderPackageInit('One router per tag of the API.', true)),
    generated(pkg('stubs/__init__.py'), renderPackageInit('The generated answers, one module per tag.', true)),
    { path: pkg('handlers/__init__.py'), content: renderPackageInit("The team's handlers, one module per tag.", false), overwrite: false },
    ...(security.usedSchemes().length ? [{ path: pkg('handlers/credentials.py'), content: security.renderChecks(), overwrite: false }] : []),
    { path: 'pyproject.toml', content: renderPyproject(info), overwrite: false },
    { path: 'Dockerfile', content: renderDockerfile(info), overwrite: false },
    { path: '.dockerignore', content: renderDockerignore(), overwrite: false },
    { path: '.gitignore', content: renderGitignore(), overwrite: false },
    { path: 'README.md', content: renderReadme(info, tagList, security.usedSchemes().length > 0), overwrite: false },
  ];
  if (validationErrors !== undefined) files.push(generated(pkg('validation.py'), validationErrors));
  const readsBodies = [...tagList.flatMap((t) => t.operations), ...webhooks].some((plan) => plan.bodyReader !== undefined);
  if (readsBodies) files.push(generated(pkg('_bodies.py'), renderBodiesModule()));
  if (info.openapi30) files.push(generated(pkg('openapi_30.py'), renderOpenapi30()));
  if (webhooks.length > 0) files.push(generated(pkg('webhooks.py'), renderWebhooks(webhooks)));
  for (const t of tagList) {
    files.push(generated(pkg(`routers/${t.module}.py`), renderRouter(t, packageName)));
    files.push(generated(pkg(`stubs/${t.module}.py`), renderStubs(t)));
    files.push({ path: pkg(`handlers/${t.module}.py`), content: renderHandlers(t, packageName), overwrite: false });
  }
  files.push(generated('tests/test_contract.py', renderContractTests(api, tagList, packageName)));
  const used = security.usedSchemes();
  if (used.length) files.push(generated('tests/conftest.py', renderTestCredentials(credentialsText(sampleCredentials({ securitySchemes: used })))));
  // Rendered last: the routers and tests above decide which schemas the models module needs.
  const modelsDoc = [
    '"""The schemas of the API as Pydantic models.',
    '',
    'An optional property that is not nullable is typed without `| None` and defaults to None: it may',
    'be absent, but an explicit null is refused and never documented, exactly as the contract says.',
    '"""',
  ].join('\n');
  files.push(generated(pkg('models.py'), types.renderModule(`${GENERATED_HEADER}\n${modelsDoc}\n`)));
  // After the models: the served document renames and inlines what that module emitted.
  files.push(generated(pkg('document.py'), renderDocument(types.documentNames(), info.openapi30, readsBodies)));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    warnings: unique(warnings),
    handlers: tagList.map((t) => ({
      path: pkg(`handlers/${t.module}.py`),
      functions: t.operations.map((o) => ({ name: o.function, parameters: [...o.params.map((p) => p.name), ...(o.security ? ['credentials'] : [])] })),
    })),
  };
}

/** A shared component (a parameter used by many operations) would otherwise warn once per use. */
function unique(warnings: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.rule}\0${w.message}\0${w.location.file}\0${w.location.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
