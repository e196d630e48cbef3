/** The repository's configuration file: its shape, its mistakes at their lines, its sections, its schema. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config.ts';
import { settingsFor } from '../../src/config-file/repository-settings.ts';
import { parseSettingsFile } from '../../src/config-file/settings-file.ts';
import { UserError } from '../../src/errors.ts';
import { configSchemaText } from '../../scripts/write-config-schema.ts';
import { repoRoot } from '../support/paths.ts';

const FILE = '.github/fastapi-postman-deploy.yml';
const example = `settings:
  fail-on: WARN
  flatten-allof: true
  exclude-extensions: [x-internal, x-beta]
  rule-levels:
    response-optional-property-removed: warn
  ignore-changes:
    - { rule: api-operation-id-removed, reason: no client reads operation ids }
specs:
  apis/payments/*.yaml:
    fail-on: ERR
    ignore-changes:
      - { rule: api-path-removed-without-deprecation, method: get, path: /legacy, reason: retired in March }
  apis/payments/openapi.yaml:
    accept-label: payments-break-ok
`;

function refused(text: string, message: RegExp, line: number) {
  assert.throws(
    () => parseSettingsFile(text, FILE),
    (e: unknown) => e instanceof UserError && message.test(e.message) && e.place?.file === FILE && e.place.line === line,
  );
}

describe('the configuration file', () => {
  it('reads settings for every spec, and sections by path or glob applied in order, into the inputs’ raw form', () => {
    const file = parseSettingsFile(example, FILE);
    const payments = settingsFor(file, 'apis/payments/openapi.yaml');
    assert.equal(payments.settings['fail-on'], 'ERR');
    assert.equal(payments.settings['accept-label'], 'payments-break-ok');
    assert.equal(payments.settings['flatten-allof'], 'true');
    assert.equal(payments.where['fail-on'], `${FILE}:11`, 'named by the line that set it');
    assert.equal(settingsFor(file, 'apis/shop/openapi.yaml').settings['fail-on'], 'WARN');

    const config = parseConfig({ ...payments.settings, spec: 'apis/payments/openapi.yaml' }, { name: (k) => k, workspace: '/repo' });
    assert.deepEqual(config.diff.excludeExtensions, ['x-internal', 'x-beta']);
    assert.deepEqual(config.diff.levels, { 'response-optional-property-removed': 'WARN' });
    assert.deepEqual(config.diff.ignore, [{ rule: 'api-path-removed-without-deprecation', method: 'GET', path: '/legacy', reason: 'retired in March' }]);
  });

  it('refuses secrets, the spec and the base, and names unknown settings with a suggestion, each at its line', () => {
    refused('settings:\n  fail-on: ERR\n  postman-api-key: PMAK-123\n', /`postman-api-key` cannot be set in the configuration file: it is a secret/, 3);
    refused('specs:\n  a.yaml:\n    credentials: apiKey=x\n', /`credentials` cannot be set/, 3);
    refused('settings:\n  base: main\n', /`base` cannot be set/, 2);
    refused('settings:\n  fail-onn: ERR\n', /unknown setting `fail-onn` \(did you mean `fail-on`\?\)/, 2);
    refused('setings:\n  fail-on: ERR\n', /unknown key `setings`/, 1);
    refused('settings:\n  ignore-changes:\n    - { rule: x, method: GET, reason: r }\n', /`method` and `path` go together/, 3);
    refused('settings:\n  ignore-changes:\n    - { rule: x }\n', /needs `rule` and `reason`/, 3);
    refused('settings: [\n', /not valid YAML/, 2);
  });

  it('checks the values with the inputs’ own parser and messages', () => {
    const bad = (raw: Record<string, string>, message: RegExp) =>
      assert.throws(() => parseConfig({ spec: 'a', ...raw }, { name: (k) => `input "${k}"`, workspace: '/' }), message);
    bad(
      { 'rule-levels': 'api-path-removed-without-deprecation LOUD' },
      /input "rule-levels": "api-path-removed-without-deprecation LOUD" is not "rule-id LEVEL"/,
    );
    bad({ 'ignore-changes': 'api-path-removed-without-deprecation' }, /input "ignore-changes": .* is not "rule-id: reason"/);
  });

  it('publishes a JSON Schema that matches the reader, for editors', () => {
    const committed = readFileSync(path.join(repoRoot, 'schemas/fastapi-postman-deploy.schema.json'), 'utf8');
    assert.equal(
      committed,
      configSchemaText(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')),
      'regenerate it: node --import tsx scripts/write-config-schema.ts',
    );
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed));
    assert.ok(validate(parse(example)), JSON.stringify(validate.errors));
    assert.ok(!validate(parse('settings:\n  github-token: x\n')), 'a secret is not a setting of the file');
  });
});
