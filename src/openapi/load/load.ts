/**
 * loadSpec: reads an OpenAPI description once, with every file it references, under the ref policy
 * and the limits. What a later stage needs to know about the source (positions, owning file, ref
 * targets) is kept here so nothing reads or parses the spec again.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.ts';
import { defaultLimits, type LoadLimits } from './limits.ts';
import { LoadedSpec } from './loaded-spec.ts';
import { valueAt } from '../pointer.ts';
import { addressRef, isInside, type RefAddress, type RefPolicy } from './ref-policy.ts';
import { ScanLimitError, scanDocument, type FoundRef } from './scan.ts';
import { ParsedFile, SyntaxProblem } from './parsed-file.ts';
import type { Diagnostic, SpecFamily } from '../types.ts';

export interface LoadOptions {
  /** Folder that referenced files must stay inside; the spec's own folder by default. */
  root?: string;
  /** Hosts whose http(s) refs may be fetched. */
  allowRemoteRefs?: readonly string[];
  limits?: Partial<LoadLimits>;
  /** Paths in messages are shown relative to this folder (the workspace); the cwd by default. */
  displayBase?: string;
}

/** The spec cannot be used at all: its root does not parse or is not OpenAPI. A failed check (exit 1). */
export class InvalidSpecError extends UserError {
  override readonly exitCode = 1;
  constructor(readonly diagnostics: Diagnostic[]) {
    const first = diagnostics[0]!;
    super(first.message, { file: first.location.file, line: first.location.line, column: first.location.column }, first.hint);
  }
}

export async function loadSpec(specPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const limits = { ...defaultLimits, ...options.limits };
  const displayBase = path.resolve(options.displayBase ?? process.cwd());
  const shown = (file: string) => displayPath(file, displayBase);
  const requested = path.resolve(specPath);

  const rootPath = await realpath(
    requested,
    `cannot read the spec file ${shown(requested)}: it does not exist`,
    'Check the spec input (or the path argument).',
  );
  const rootDir = await realpath(
    path.resolve(options.root ?? path.dirname(rootPath)),
    `the root folder ${shown(path.resolve(options.root ?? ''))} does not exist`,
    'Set the root input to a folder that contains the spec.',
  );
  if (!isInside(rootPath, rootDir)) {
    throw new UserError(
      `the spec file ${shown(requested)} is outside the root folder ${shown(rootDir)}`,
      undefined,
      'Set the root input to a folder that contains the spec.',
    );
  }
  const loader = new Loader({ rootDir, allowHosts: options.allowRemoteRefs ?? [] }, limits, shown);
  return loader.load(rootPath);
}

function displayPath(file: string, base: string): string {
  if (/^https?:\/\//i.test(file)) return file;
  const rel = path.relative(base, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

async function realpath(file: string, message: string, hint: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    throw new UserError(message, undefined, hint);
  }
}

/** Why a file could not be used. `at` is set when the fault is inside the file (syntax, limits). */
class ReadProblem extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly hint?: string,
    readonly at?: { file: string; line: number; column: number },
  ) {
    super(message);
  }

  diagnostic(fallback: Diagnostic['location']): Diagnostic {
    const location = this.at ? { ...this.at, pointer: '' } : fallback;
    return { severity: 'error', rule: this.rule, message: this.message, hint: this.hint, location };
  }
}

class Loader {
  private readonly files = new Map<string, ParsedFile>();
  private readonly reading = new Map<string, Promise<ParsedFile | ReadProblem>>();
  private readonly scanned = new WeakMap<ParsedFile, FoundRef[]>();
  private readonly owners = new WeakMap<object, ParsedFile>();
  private readonly targets = new WeakMap<object, { file: string; path: string[] }>();
  private readonly problems: Diagnostic[] = [];
  /** Problems inside a file are reported once, however many refs lead to it. */
  private readonly reported = new WeakSet<ReadProblem>();
  private totalBytes = 0;

  constructor(
    private readonly policy: RefPolicy,
    private readonly limits: LoadLimits,
    private readonly shown: (file: string) => string,
  ) {}

  async load(rootPath: string): Promise<LoadedSpec> {
    const root = await this.read(rootPath);
    if (root instanceof ReadProblem) {
      if (root.at) throw new InvalidSpecError([root.diagnostic({ file: this.shown(rootPath), line: 1, column: 1, pointer: '' })]);
      throw new UserError(root.message, { file: this.shown(rootPath) }, root.hint);
    }
    const { family, version } = detectVersion(root);
    await this.follow(root);
    // Files are read concurrently; report in source order whatever finished first.
    this.problems.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column);
    return new LoadedSpec(root, this.files, family, version, this.problems, this.owners, this.targets, this.policy);
  }

  /** Breadth-first over the ref graph; files at one depth are read concurrently. */
  private async follow(root: ParsedFile): Promise<void> {
    let wave = [root];
    while (wave.length > 0) {
      const next: ParsedFile[] = [];
      const found = await Promise.all(wave.map((file) => this.resolveRefsOf(file)));
      for (const files of found) next.push(...files);
      wave = next;
    }
  }

  /** Resolves the refs of one file; returns the files read for the first time. */
  private async resolveRefsOf(file: ParsedFile): Promise<ParsedFile[]> {
    const refs = this.scanned.get(file) ?? [];
    const fresh: ParsedFile[] = [];
    await Promise.all(
      refs.map(async (ref) => {
        const address = addressRef(ref.ref, file.id, this.policy);
        if (address.kind === 'refused') return this.problem(file, ref, address.rule, address.message, address.hint);
        const target = address.kind === 'internal' ? file : await this.readTarget(address, fresh);
        if (target instanceof ReadProblem) return this.readProblem(file, ref, target);
        if (valueAt(target.data, address.path) === undefined) {
          return this.problem(
            file,
            ref,
            'unresolved-ref',
            `$ref "${ref.ref}" points at nothing: ${target === file ? 'this file' : target.displayPath} has no ${address.path.length ? `"${address.path.join('/')}"` : 'content'}`,
            'Fix the path after "#", or add the missing definition.',
          );
        }
        this.targets.set(ref.node, { file: target.id, path: address.path });
      }),
    );
    return fresh;
  }

  private async readTarget(address: Exclude<RefAddress, { kind: 'internal' }>, fresh: ParsedFile[]): Promise<ParsedFile | ReadProblem> {
    const id = address.kind === 'local' ? address.file : address.url;
    let pending = this.reading.get(id);
    if (!pending) {
      pending = this.read(id).then((file) => {
        if (!(file instanceof ReadProblem)) fresh.push(file);
        return file;
      });
      this.reading.set(id, pending);
    }
    return pending;
  }

  private async read(id: string): Promise<ParsedFile | ReadProblem> {
    if (this.files.size >= this.limits.maxFiles) {
      return new ReadProblem('size-limit', `the description spans more than ${this.limits.maxFiles} files`);
    }
    let text: string;
    let realId = id;
    try {
      if (/^https?:\/\//i.test(id)) text = await this.fetchText(id);
      else ({ text, realId } = await this.readLocal(id));
    } catch (error) {
      if (error instanceof ReadProblem) return error;
      throw error;
    }
    const existing = this.files.get(realId);
    if (existing) return existing;
    let file: ParsedFile;
    try {
      file = ParsedFile.parse(realId, this.shown(realId), text, this.limits.maxDepth);
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      return new ReadProblem(
        error.rule,
        error.message,
        error.rule === 'syntax' ? 'Fix the syntax at that line.' : 'The limit guards against hostile input; a real API description stays far below it.',
        { file: this.shown(realId), line: error.line, column: error.column },
      );
    }
    this.files.set(realId, file);
    const isRoot = this.files.size === 1;
    try {
      this.scanned.set(file, scanDocument(file.data, this.limits, isRoot ? undefined : (node) => this.owners.set(node, file)));
    } catch (error) {
      if (!(error instanceof ScanLimitError)) throw error;
      this.files.delete(realId);
      const hint =
        error.rule === 'alias-cycle'
          ? 'Remove the alias that points back at its own ancestor.'
          : 'The limit guards against hostile input; a real API description stays far below it.';
      return new ReadProblem(error.rule, error.message, hint, file.locate(error.path));
    }
    return file;
  }

  private async readLocal(file: string): Promise<{ text: string; realId: string }> {
    let realId: string;
    try {
      realId = await fs.realpath(file);
    } catch {
      throw new ReadProblem('ref-missing-file', `${this.shown(file)} does not exist`, 'Check the path in the $ref; it is relative to the file that holds it.');
    }
    // A symlink inside the folder may still lead out of it: judge where it really goes.
    if (!isInside(realId, this.policy.rootDir)) {
      throw new ReadProblem(
        'ref-outside-root',
        `${this.shown(file)} leads outside the spec's folder (through a symbolic link)`,
        "Keep every file of the API inside the spec's folder, or set the root input to a folder that holds them all.",
      );
    }
    const stat = await fs.stat(realId);
    if (!stat.isFile()) throw new ReadProblem('ref-missing-file', `${this.shown(file)} is not a regular file`);
    this.countBytes(stat.size, file);
    return { text: await fs.readFile(realId, 'utf8'), realId };
  }

  private async fetchText(url: string): Promise<string> {
    let current = new URL(url);
    for (let redirects = 0; redirects <= 5; redirects++) {
      let response: Response;
      try {
        response = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(this.limits.fetchTimeoutMs) });
      } catch (error) {
        throw new ReadProblem(
          'ref-fetch-failed',
          `could not fetch ${url}: ${(error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message}`,
        );
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, current);
        const allowed = addressRef(next.href, current.href, this.policy);
        if (allowed.kind !== 'remote')
          throw new ReadProblem(
            allowed.kind === 'refused' ? allowed.rule : 'ref-scheme',
            `${url} redirects to ${next.href}, which is not allowed`,
            allowed.kind === 'refused' ? allowed.hint : undefined,
          );
        current = next;
        continue;
      }
      if (!response.ok) throw new ReadProblem('ref-fetch-failed', `could not fetch ${url}: HTTP ${response.status}`);
      return this.readBody(response, url);
    }
    throw new ReadProblem('ref-fetch-failed', `could not fetch ${url}: too many redirects`);
  }

  private async readBody(response: Response, url: string): Promise<string> {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > this.limits.maxFileBytes) this.countBytes(declared, url);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > this.limits.maxFileBytes) this.countBytes(size, url);
      chunks.push(chunk);
    }
    this.countBytes(size, url);
    return Buffer.concat(chunks).toString('utf8');
  }

  private countBytes(size: number, file: string): void {
    if (size > this.limits.maxFileBytes) {
      throw new ReadProblem(
        'size-limit',
        `${this.shown(file)} is ${mb(size)}, over the limit of ${mb(this.limits.maxFileBytes)} for one file`,
        'Split the description into several files, or raise the limit (max-file-size) if the file is trusted.',
      );
    }
    this.totalBytes += size;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      throw new ReadProblem('size-limit', `the description's files add up to more than ${mb(this.limits.maxTotalBytes)}`);
    }
  }

  private problem(file: ParsedFile, ref: FoundRef, rule: string, message: string, hint?: string): void {
    this.problems.push({ severity: 'error', rule, message, hint, location: file.locate([...ref.path, '$ref']) });
  }

  private readProblem(file: ParsedFile, ref: FoundRef, problem: ReadProblem): void {
    if (this.reported.has(problem)) return;
    if (problem.at) this.reported.add(problem);
    this.problems.push(problem.diagnostic(file.locate([...ref.path, '$ref'])));
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function detectVersion(root: ParsedFile): { family: SpecFamily; version: string } {
  const doc = root.data;
  const fail = (message: string, path: string[], hint: string): never => {
    throw new InvalidSpecError([{ severity: 'error', rule: 'not-openapi', message, hint, location: root.locate(path) }]);
  };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return fail(
      'the file is not an OpenAPI description: its top level is not a mapping',
      [],
      'An OpenAPI file starts with `openapi: 3.x.y` (or `swagger: "2.0"`).',
    );
  }
  const record = doc as Record<string, unknown>;
  if ('openapi' in record) {
    const version = String(record.openapi);
    const match = /^3\.([0-2])(\.|$)/.exec(version);
    if (!match) return fail(`openapi version "${version}" is not supported`, ['openapi'], 'Supported: 3.0.x, 3.1.x, 3.2.x and swagger 2.0.');
    return { family: `3.${match[1]}` as SpecFamily, version };
  }
  if ('swagger' in record) {
    const version = String(record.swagger);
    if (version !== '2.0') return fail(`swagger version "${version}" is not supported`, ['swagger'], 'Swagger 2.0 is the only 2.x version.');
    return { family: '2.0', version };
  }
  return fail(
    'the file is not an OpenAPI description: it has no `openapi` or `swagger` field',
    [],
    'An OpenAPI file starts with `openapi: 3.x.y` (or `swagger: "2.0"`).',
  );
}
