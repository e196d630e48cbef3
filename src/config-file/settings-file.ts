/**
 * The repository's configuration file (`.github/fastapi-postman-deploy.yml`): the action's inputs
 * for every spec (`settings`), sections for some specs only (`specs`, by path or glob), and oasdiff's
 * rule levels and ignore list among them. It is read into the same raw settings as the inputs and
 * checked by the one Config parser; here only its shape is checked, each mistake at its line.
 *
 *   settings:
 *     fail-on: WARN
 *     rule-levels: { response-optional-property-removed: WARN }
 *     ignore-changes:
 *       - { rule: api-operation-id-removed, reason: no client reads operation ids }
 *   specs:
 *     apis/payments/openapi.yaml:
 *       fail-on: ERR
 *       ignore-changes:
 *         - { rule: response-property-became-optional, method: GET, path: /payments, reason: … }
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { inputNames, type InputName, type RawConfig } from '../config.ts';
import { UserError } from '../errors.ts';
import { closest } from '../text/closest.ts';

export const DEFAULT_CONFIG_FILE = '.github/fastapi-postman-deploy.yml';

/** Inputs that name secrets, or what the workflow alone decides: never in a file in the repository. */
const NOT_IN_FILE: Readonly<Partial<Record<InputName, string>>> = {
  spec: 'the workflow names the specs (the spec input)',
  'config-file': 'the workflow names the configuration file',
  base: 'the workflow decides what to compare with (the base input)',
  'github-token': 'it is a secret: pass it as an input from the workflow',
  'registry-password': 'it is a secret: pass it as an input from a secret',
  'postman-api-key': 'it is a secret: pass it as an input from a secret',
  credentials: 'they are secrets: pass them as an input from secrets',
};

/** What a section of the file may set. */
export const FILE_SETTINGS: readonly InputName[] = inputNames.filter((name) => !(name in NOT_IN_FILE));

export interface SettingsSection {
  settings: RawConfig;
  /** Where each setting is written, for messages. */
  lines: Partial<Record<InputName, number>>;
}

export interface SettingsFile {
  /** The file as the user names it. */
  file: string;
  /** For every spec. */
  all: SettingsSection;
  /** For the specs a path or glob names, applied in the file's order after `settings`. */
  specs: Array<SettingsSection & { pattern: string }>;
}

export function parseSettingsFile(text: string, file: string): SettingsFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => counter.linePos(node?.range?.[0] ?? 0).line;
  const fail = (message: string, node?: Node | null, hint?: string): never => {
    const { line, col } = counter.linePos(node?.range?.[0] ?? 0);
    throw new UserError(message, { file, line, column: col }, hint ?? `See the configuration file's schema (schemas/fastapi-postman-deploy.schema.json).`);
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = counter.linePos(syntax.pos[0]);
    throw new UserError(`the configuration file is not valid YAML: ${syntax.message.split('\n')[0]}`, { file, line, column: col });
  }
  const empty = (): SettingsSection => ({ settings: {}, lines: {} });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { file, all: empty(), specs: [] };
  if (!isMap(doc.contents)) return fail('the configuration file must be a mapping with `settings` and `specs`', doc.contents);

  const section = (node: Node | null): SettingsSection => {
    const out = empty();
    if (node === null || (isScalar(node) && node.value === null)) return out;
    if (!isMap(node)) return fail('a section must be a mapping of settings (action inputs by name)', node);
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = String(isScalar(pair.key) ? pair.key.value : '');
      const why = NOT_IN_FILE[key as InputName];
      if (why) fail(`\`${key}\` cannot be set in the configuration file: ${why}`, pair.key);
      if (!(FILE_SETTINGS as readonly string[]).includes(key)) fail(`unknown setting \`${key}\`${suggest(key)}`, pair.key);
      const name = key as InputName;
      out.settings[name] = settingText(name, pair.value, fail);
      out.lines[name] = lineOf(pair.key);
    }
    return out;
  };

  let all = empty();
  const specs: SettingsFile['specs'] = [];
  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key === 'settings') all = section(pair.value);
    else if (key === 'specs') {
      if (!isMap(pair.value)) fail('`specs` must map a spec path or glob to its settings', pair.value ?? pair.key);
      for (const spec of (pair.value as { items: Pair<Node, Node | null>[] }).items) {
        const pattern = isScalar(spec.key) && typeof spec.key.value === 'string' ? spec.key.value : fail('a spec is named by its path or a glob', spec.key);
        specs.push({ pattern, ...section(spec.value) });
      }
    } else fail(`unknown key \`${String(key)}\`: the file holds \`settings\` (for every spec) and \`specs\` (by path or glob)`, pair.key);
  }
  return { file, all, specs };
}

/** A setting's YAML value as the raw text the inputs would carry. */
function settingText(name: InputName, node: Node | null, fail: (message: string, node?: Node | null, hint?: string) => never): string {
  if (name === 'rule-levels') {
    if (!isMap(node)) return fail('`rule-levels` maps oasdiff rule ids to ERR, WARN, INFO or NONE', node);
    return (node.items as Pair<Node, Node | null>[]).map((p) => `${scalarText(p.key, fail)} ${scalarText(p.value, fail)}`).join('\n');
  }
  if (name === 'ignore-changes') {
    if (!isSeq(node)) return fail('`ignore-changes` is a list of { rule, reason } (with method and path for one operation)', node);
    return (node.items as Node[])
      .map((item) => {
        if (!isMap(item)) return fail('each ignored change is a mapping: { rule, reason } (with method and path for one operation)', item);
        const field = (key: string) => {
          const value = item.get(key, true) as Node | undefined;
          return value === undefined ? undefined : scalarText(value, fail);
        };
        for (const pair of item.items as Pair<Node, Node | null>[]) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          if (!['rule', 'method', 'path', 'reason'].includes(key)) fail(`unknown field \`${key}\` in an ignored change`, pair.key);
        }
        const [rule, method, path, reason] = [field('rule'), field('method'), field('path'), field('reason')];
        if (!rule || !reason) return fail('an ignored change needs `rule` and `reason`', item);
        if ((method === undefined) !== (path === undefined)) return fail('`method` and `path` go together: they name one operation', item);
        if (/[\r\n]/.test(reason)) return fail('`reason` is one line', item);
        return method ? `${rule} ${method} ${path}: ${reason}` : `${rule}: ${reason}`;
      })
      .join('\n');
  }
  if (isSeq(node)) return (node.items as Node[]).map((item) => scalarText(item, fail)).join('\n');
  return scalarText(node, fail);
}

function scalarText(node: Node | null | undefined, fail: (message: string, node?: Node | null) => never): string {
  if (!isScalar(node)) return fail('expected a single value here (text, a number, true or false)', node);
  const value = node.value;
  if (value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail('expected text, a number, true or false', node);
}

function suggest(key: string): string {
  const near = closest(key, FILE_SETTINGS);
  return near ? ` (did you mean \`${near}\`?)` : '';
}
