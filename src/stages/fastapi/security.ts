/**
 * Security schemes as FastAPI dependencies, closed by default. Each scheme gets a FastAPI security
 * object (so the generated OpenAPI document keeps the scheme under its own name) that never fails on
 * its own; each distinct requirement of the spec (alternatives of scheme sets) gets one `require_...`
 * dependency. A credential passes the team's check for its scheme (a function in the handlers'
 * `credentials` module, kept across regenerations) or, without one, must equal the credential the
 * server was started with (API_CREDENTIALS): a stub deployed as it is answers no one else. Missing
 * credentials answer 401, wrong ones 403, and the handler gets the credentials by scheme name.
 */
import type { ApiModel, SecurityRequirement, SecurityScheme } from '../../openapi/model/model.ts';
import { locate } from '../../openapi/model/model.ts';
import type { Diagnostic } from '../../openapi/types.ts';
import { Imports } from './imports.ts';
import { isHeaderName } from './operations.ts';
import { NameScope, pyLiteral, pyString } from './python.ts';

interface SchemeBinding {
  scheme: SecurityScheme;
  /** The FastAPI security object. */
  object: string;
  /** Turns what the object returns into the credential the handler sees. */
  credential: (value: string) => string;
  /** Turns it into the text a check compares (`user:password` for HTTP basic). */
  secret: (value: string) => string;
  /** The check's function name in the handlers' credentials module. */
  check: string;
  valueType: string;
  /** The scheme's name as a parameter of the require_ functions. */
  parameter: string;
}

export class SecurityModule {
  private readonly scope = new NameScope(['Annotated', 'Any', 'Depends', 'HTTPException', 'status', 'Credentials', 'hmac', 'logging', 'os', 'checks']);
  private readonly bindings = new Map<string, SchemeBinding>();
  private readonly requirements = new Map<string, { name: string; alternatives: SecurityRequirement[] }>();
  private readonly imports: Imports;

  constructor(
    api: ApiModel,
    private readonly warnings: Diagnostic[],
    private readonly packageName: string,
  ) {
    this.imports = new Imports([packageName]);
    const parameters = new NameScope(['credentials', 'presented']);
    const checks = new NameScope([]);
    for (const scheme of api.securitySchemes) {
      const binding = this.bind(scheme, parameters, checks);
      if (binding) this.bindings.set(scheme.name, binding);
    }
  }

  /** The dependency enforcing `alternatives`, or undefined when the operation is open. */
  dependencyFor(alternatives: SecurityRequirement[], where: Diagnostic['location']): string | undefined {
    if (alternatives.length === 0) return undefined;
    const usable = alternatives.filter((alt) => alt.every((r) => this.bindings.has(r.scheme)));
    if (usable.length < alternatives.length) {
      this.warnings.push({
        severity: 'warning',
        rule: 'fastapi-security-unsupported',
        message:
          usable.length === 0
            ? 'no security alternative of this operation can be enforced; it is left open'
            : 'some security alternatives of this operation cannot be enforced and are left out',
        location: where,
      });
    }
    if (usable.length === 0) return undefined;
    const key = JSON.stringify(usable.map((alt) => alt.map((r) => r.scheme)));
    const known = this.requirements.get(key);
    if (known) return known.name;
    const label = usable.map((alt) => (alt.length === 0 ? 'anonymous' : alt.map((r) => r.scheme).join(' and '))).join(' or ');
    const name = this.scope.claim(`require ${label}`, 'snake');
    this.requirements.set(key, { name, alternatives: usable });
    return name;
  }

  /** The schemes operations use, for the development credentials and the team's checks. */
  usedSchemes(): SecurityScheme[] {
    return this.used().map((b) => b.scheme);
  }

  render(header: string): string {
    const bindings = this.used();
    if (bindings.length === 0) return `${header}\n${pyString('The API declares no security that an operation uses.', 'block')}\n`;
    const about = [
      'Security schemes of the API as FastAPI dependencies, closed by default.',
      '',
      "A credential passes the scheme's check in the handlers' credentials module when it defines one;",
      'otherwise it must equal the credential the server was started with: API_CREDENTIALS holds them,',
      'scheme=value a line (user:password for HTTP basic). A missing credential is answered 401, a',
      'wrong one 403, and a scheme with neither refuses every request, as the server says at its start.',
    ].join('\n');
    const blocks: string[] = [];
    this.imports.import('hmac').import('logging').import('os').add('typing', 'Annotated', 'Any').add('fastapi', 'Depends', 'HTTPException', 'status');
    this.imports.add(`${this.packageName}.handlers`, 'credentials as checks');
    blocks.push('Credentials = dict[str, Any]');
    blocks.push(bindings.map((b) => `${b.object} = ${this.construct(b.scheme)}`).join('\n'));
    const checks = bindings.map((b) => `    ${pyString(b.scheme.name)}: ${pyString(b.check)},`);
    blocks.push(
      [
        '_log = logging.getLogger(__name__)',
        '',
        "# Each scheme's check in the handlers' credentials module, by function name.",
        `_CHECKS = {\n${checks.join('\n')}\n}`,
      ].join('\n'),
    );
    blocks.push(
      [
        'def _configured() -> dict[str, str]:',
        '    """The credentials the server was started with: API_CREDENTIALS, scheme=value a line."""',
        '    found: dict[str, str] = {}',
        '    for line in os.environ.get("API_CREDENTIALS", "").splitlines():',
        '        scheme, sep, value = line.strip().partition("=")',
        '        if sep and scheme.strip():',
        '            found[scheme.strip()] = value.strip()',
        '    return found',
        '',
        '',
        '_CONFIGURED = _configured()',
        'for _scheme, _check in _CHECKS.items():',
        '    if _scheme not in _CONFIGURED and not hasattr(checks, _check):',
        '        _log.warning(',
        '            "security scheme %s: no %s() in the credentials handler module and no credential in API_CREDENTIALS,"',
        '            " so every request that needs it is refused",',
        '            _scheme,',
        '            _check,',
        '        )',
      ].join('\n'),
    );
    blocks.push(
      [
        'def _accepts(scheme: str, given: str) -> bool:',
        '    """The team\'s check when there is one; else only the configured credential, compared in constant time."""',
        '    check = getattr(checks, _CHECKS[scheme], None)',
        '    if check is not None:',
        '        return bool(check(given))',
        '    expected = _CONFIGURED.get(scheme)',
        '    return expected is not None and hmac.compare_digest(expected.encode(), given.encode())',
      ].join('\n'),
    );
    if (bindings.some((b) => b.scheme.type === 'oauth2' || b.scheme.type === 'openIdConnect')) {
      blocks.push(
        ['def _bearer(value: str) -> str:', '    scheme, _, token = value.partition(" ")', '    return token if scheme.lower() == "bearer" else value'].join(
          '\n',
        ),
      );
    }
    blocks.push(
      [
        'def _unauthorized(challenge: str) -> HTTPException:',
        '    return HTTPException(',
        '        status_code=status.HTTP_401_UNAUTHORIZED,',
        '        detail="Not authenticated",',
        '        headers={"WWW-Authenticate": challenge},',
        '    )',
        '',
        '',
        'def _forbidden() -> HTTPException:',
        '    return HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not authorized")',
      ].join('\n'),
    );
    for (const { name, alternatives } of [...this.requirements.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      blocks.push(this.renderRequirement(name, alternatives));
    }
    return `${header}\n${pyString(about, 'block')}\n\n${this.imports.render()}\n\n${blocks.join('\n\n\n')}\n`;
  }

  /** The team's module of checks, written once: it explains, and defines none until the team does. */
  renderChecks(): string {
    const lines = this.used().map((b) => `    def ${b.check}(credential: str) -> bool:  # ${b.scheme.name}`);
    const text = [
      "Your checks of the API's credentials, one function per security scheme. Regeneration never",
      'overwrites this file.',
      '',
      'Until a scheme has a check here, the server accepts for it only the credential it was started',
      'with (API_CREDENTIALS, scheme=value a line; user:password for HTTP basic) and refuses every',
      'request when none is set. A check takes the credential as it arrived and returns True to let',
      'the request through, for example:',
      '',
      ...lines.map((l) => `${l}\n        return credential in known_keys()`),
    ].join('\n');
    return `${pyString(text, 'block')}\n`;
  }

  private used(): SchemeBinding[] {
    const used = new Set<string>();
    for (const { alternatives } of this.requirements.values()) for (const alt of alternatives) for (const r of alt) used.add(r.scheme);
    return [...this.bindings.values()].filter((b) => used.has(b.scheme.name));
  }

  private renderRequirement(name: string, alternatives: SecurityRequirement[]): string {
    const schemes = [...new Set(alternatives.flat().map((r) => r.scheme))].sort();
    const params = schemes.map((s) => {
      const b = this.bindings.get(s)!;
      return `    ${b.parameter}: Annotated[${b.valueType} | None, Depends(${b.object})],`;
    });
    const several = alternatives.filter((alt) => alt.length > 0).length > 1;
    const body = alternatives.flatMap((alt) => {
      if (alt.length === 0) return [];
      const present = alt.map((r) => `${this.bindings.get(r.scheme)!.parameter} is not None`).join(' and ');
      const accepted = alt.map((r) => {
        const b = this.bindings.get(r.scheme)!;
        return `_accepts(${pyString(r.scheme)}, ${b.secret(b.parameter)})`;
      });
      const entries = alt.map((r) => {
        const b = this.bindings.get(r.scheme)!;
        return `${pyString(r.scheme)}: ${b.credential(b.parameter)}`;
      });
      return [
        `    if ${present}:`,
        `        if ${accepted.join(' and ')}:`,
        `            return {${entries.join(', ')}}`,
        several ? '        presented = True' : '        raise _forbidden()',
      ];
    });
    const anonymous = alternatives.some((alt) => alt.length === 0);
    const first = this.bindings.get(alternatives.find((alt) => alt.length > 0)?.[0]?.scheme ?? '')?.scheme;
    const challenge = first?.type === 'http' ? capitalize(first.scheme ?? 'basic') : first?.type === 'apiKey' ? 'APIKey' : 'Bearer';
    const end = several ? ['    if presented:', '        raise _forbidden()'] : [];
    return [
      `async def ${name}(`,
      ...params,
      ') -> Credentials:',
      ...(several ? ['    presented = False'] : []),
      ...body,
      ...end,
      anonymous ? '    return {}' : `    raise _unauthorized(${pyString(challenge)})`,
    ].join('\n');
  }

  private bind(scheme: SecurityScheme, parameters: NameScope, checks: NameScope): SchemeBinding | undefined {
    const object = this.scope.claim(`${scheme.name} scheme`, 'snake');
    const parameter = parameters.claim(scheme.name, 'snake');
    const check = checks.claim(`verify ${scheme.name}`, 'snake');
    const plain = { scheme, object, parameter, check, credential: (v: string) => v, secret: (v: string) => v, valueType: 'str' };
    switch (scheme.type) {
      case 'apiKey':
        if (!scheme.in || !scheme.parameterName || (scheme.in !== 'query' && !isHeaderName(scheme.parameterName))) break;
        this.imports.add('fastapi.security', { header: 'APIKeyHeader', query: 'APIKeyQuery', cookie: 'APIKeyCookie' }[scheme.in]);
        return plain;
      case 'http':
        if (scheme.scheme === 'basic') {
          this.imports.add('fastapi.security', 'HTTPBasic', 'HTTPBasicCredentials');
          return { ...plain, valueType: 'HTTPBasicCredentials', secret: (v) => `f"{${v}.username}:{${v}.password}"` };
        }
        this.imports.add('fastapi.security', scheme.scheme === 'bearer' ? 'HTTPBearer' : 'HTTPBase', 'HTTPAuthorizationCredentials');
        return { ...plain, valueType: 'HTTPAuthorizationCredentials', credential: (v) => `${v}.credentials`, secret: (v) => `${v}.credentials` };
      case 'oauth2':
        this.imports.add('fastapi.security', 'OAuth2');
        return { ...plain, secret: (v) => `_bearer(${v})` };
      case 'openIdConnect':
        if (!scheme.openIdConnectUrl) break;
        this.imports.add('fastapi.security', 'OpenIdConnect');
        return { ...plain, secret: (v) => `_bearer(${v})` };
      default:
        break;
    }
    this.warnings.push({
      severity: 'warning',
      rule: 'fastapi-security-unsupported',
      message: `security scheme ${JSON.stringify(scheme.name)} (${scheme.type}) has no FastAPI equivalent; operations needing only it are left open`,
      location: locate(scheme.origin),
    });
    return undefined;
  }

  private construct(scheme: SecurityScheme): string {
    const common = [`scheme_name=${pyString(scheme.name)}`, ...(scheme.description ? [`description=${pyString(scheme.description)}`] : []), 'auto_error=False'];
    const call = (cls: string, args: string[]) => `${cls}(${[...args, ...common].join(', ')})`;
    switch (scheme.type) {
      case 'apiKey': {
        const cls = { header: 'APIKeyHeader', query: 'APIKeyQuery', cookie: 'APIKeyCookie' }[scheme.in!];
        return call(cls, [`name=${pyString(scheme.parameterName!)}`]);
      }
      case 'http':
        if (scheme.scheme === 'basic') return call('HTTPBasic', []);
        if (scheme.scheme === 'bearer') return call('HTTPBearer', scheme.bearerFormat ? [`bearerFormat=${pyString(scheme.bearerFormat)}`] : []);
        return call('HTTPBase', [`scheme=${pyString(scheme.scheme ?? '')}`]);
      case 'oauth2':
        return call('OAuth2', [`flows=${pyLiteral(scheme.flows ?? {})}`]);
      default:
        return call('OpenIdConnect', [`openIdConnectUrl=${pyString(scheme.openIdConnectUrl!)}`]);
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
