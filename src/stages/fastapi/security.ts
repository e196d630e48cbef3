/**
 * Security schemes as FastAPI dependencies. Each scheme gets a FastAPI security object (so the
 * generated OpenAPI document keeps the scheme under its own name) that never fails on its own; each
 * distinct requirement of the spec (alternatives of scheme sets) gets one `require_...` dependency
 * that answers 401 when no alternative is met and hands the credentials to the handler by scheme name.
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
  valueType: string;
  /** The scheme's name as a parameter of the require_ functions. */
  parameter: string;
}

export class SecurityModule {
  private readonly scope = new NameScope(['Annotated', 'Any', 'Depends', 'HTTPException', 'status', 'Credentials']);
  private readonly bindings = new Map<string, SchemeBinding>();
  private readonly requirements = new Map<string, { name: string; alternatives: SecurityRequirement[] }>();
  private readonly imports = new Imports();

  constructor(
    api: ApiModel,
    private readonly warnings: Diagnostic[],
  ) {
    const parameters = new NameScope(['credentials']);
    for (const scheme of api.securitySchemes) {
      const binding = this.bind(scheme, parameters);
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

  render(header: string): string {
    const used = new Set<string>();
    for (const { alternatives } of this.requirements.values()) for (const alt of alternatives) for (const r of alt) used.add(r.scheme);
    const bindings = [...this.bindings.values()].filter((b) => used.has(b.scheme.name));
    const blocks: string[] = [];
    this.imports.add('typing', 'Annotated', 'Any').add('fastapi', 'Depends', 'HTTPException', 'status');
    blocks.push('Credentials = dict[str, Any]');
    if (bindings.length > 0) blocks.push(bindings.map((b) => `${b.object} = ${this.construct(b.scheme)}`).join('\n'));
    blocks.push(
      [
        'def _unauthorized(challenge: str) -> HTTPException:',
        '    return HTTPException(',
        '        status_code=status.HTTP_401_UNAUTHORIZED,',
        '        detail="Not authenticated",',
        '        headers={"WWW-Authenticate": challenge},',
        '    )',
      ].join('\n'),
    );
    for (const { name, alternatives } of [...this.requirements.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      blocks.push(this.renderRequirement(name, alternatives));
    }
    return `${header}\n${this.imports.render()}\n\n${blocks.join('\n\n\n')}\n`;
  }

  private renderRequirement(name: string, alternatives: SecurityRequirement[]): string {
    const schemes = [...new Set(alternatives.flat().map((r) => r.scheme))].sort();
    const params = schemes.map((s) => {
      const b = this.bindings.get(s)!;
      return `    ${b.parameter}: Annotated[${b.valueType} | None, Depends(${b.object})],`;
    });
    const body = alternatives.map((alt) => {
      if (alt.length === 0) return '    return {}';
      const condition = alt.map((r) => `${this.bindings.get(r.scheme)!.parameter} is not None`).join(' and ');
      const entries = alt.map((r) => {
        const b = this.bindings.get(r.scheme)!;
        return `${pyString(r.scheme)}: ${b.credential(b.parameter)}`;
      });
      return `    if ${condition}:\n        return {${entries.join(', ')}}`;
    });
    const ends = alternatives.some((alt) => alt.length === 0);
    const first = this.bindings.get(alternatives[0]![0]?.scheme ?? '')?.scheme;
    const challenge = first?.type === 'http' ? capitalize(first.scheme ?? 'basic') : first?.type === 'apiKey' ? 'APIKey' : 'Bearer';
    return [`async def ${name}(`, ...params, ') -> Credentials:', ...body, ...(ends ? [] : [`    raise _unauthorized(${pyString(challenge)})`])].join('\n');
  }

  private bind(scheme: SecurityScheme, parameters: NameScope): SchemeBinding | undefined {
    const object = this.scope.claim(`${scheme.name} scheme`, 'snake');
    const parameter = parameters.claim(scheme.name, 'snake');
    const plain = { scheme, object, parameter, credential: (v: string) => v, valueType: 'str' };
    switch (scheme.type) {
      case 'apiKey':
        if (!scheme.in || !scheme.parameterName || (scheme.in !== 'query' && !isHeaderName(scheme.parameterName))) break;
        this.imports.add('fastapi.security', { header: 'APIKeyHeader', query: 'APIKeyQuery', cookie: 'APIKeyCookie' }[scheme.in]);
        return plain;
      case 'http':
        if (scheme.scheme === 'basic') {
          this.imports.add('fastapi.security', 'HTTPBasic', 'HTTPBasicCredentials');
          return { ...plain, valueType: 'HTTPBasicCredentials' };
        }
        this.imports.add('fastapi.security', scheme.scheme === 'bearer' ? 'HTTPBearer' : 'HTTPBase', 'HTTPAuthorizationCredentials');
        return { ...plain, valueType: 'HTTPAuthorizationCredentials', credential: (v) => `${v}.credentials` };
      case 'oauth2':
        this.imports.add('fastapi.security', 'OAuth2');
        return plain;
      case 'openIdConnect':
        if (!scheme.openIdConnectUrl) break;
        this.imports.add('fastapi.security', 'OpenIdConnect');
        return plain;
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
