/** action.yml and every workflow file pass SchemaStore's schemas (offline, from ../shared/schemas). */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import jsyaml from 'js-yaml';
import { repoRoot, sharedDir } from '../support/paths.ts';

function validator(schemaFile: string) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(path.join(sharedDir, 'schemas', schemaFile), 'utf8')));
}

describe('schemas', () => {
  it('action.yml is a valid action, with the inputs and outputs the README lists', () => {
    const action = jsyaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: object;
      outputs: object;
      runs: { using: string; main: string };
    };
    const validate = validator('github-action.json');
    assert.ok(validate(action), JSON.stringify(validate.errors));
    assert.deepEqual([action.runs.using, action.runs.main], ['node24', 'dist/index.js']);
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      assert.match(readme, new RegExp(`\\| \`${name}\` \\|`), `README documents ${name}`);
  });

  it('the schema rejects a broken action (the check can fail)', () => {
    const validate = validator('github-action.json');
    assert.equal(validate({ name: 'x', runs: { using: 'node24' } }), false);
  });

  const workflows = ['workflows', '.github/workflows'].flatMap((dir) =>
    existsSync(path.join(repoRoot, dir))
      ? readdirSync(path.join(repoRoot, dir))
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => path.join(dir, f))
      : [],
  );
  for (const file of workflows) {
    it(`${file} is a valid workflow`, () => {
      const validate = validator('github-workflow.json');
      assert.ok(validate(jsyaml.load(readFileSync(path.join(repoRoot, file), 'utf8'))), JSON.stringify(validate.errors));
    });
  }
});
