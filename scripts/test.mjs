// The README's test command: type-check and check the formatting, then every test file under __tests__ with Node's runner.
// `npm test -- unit` narrows to files whose path contains "unit" (any argument is a path filter).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = testFiles('__tests__')
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(2);
}

if (filters.length === 0) {
  const tsc = spawnSync('npx', ['tsc', '--noEmit'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // The sources are formatted by Prettier; `npm run format` fixes what this finds.
  const format = spawnSync('npx', ['prettier', '--check', '--log-level', 'warn', '.'], { stdio: 'inherit' });
  if (format.status !== 0) process.exit(format.status ?? 1);
}

// The tests run the pinned oasdiff, built once from its Go module into the cache the action reads.
const oasdiff = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-oasdiff.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (oasdiff.status !== 0) process.exit(oasdiff.status ?? 1);

// The workflow lint test runs actionlint at the pinned version; installing it is a no-op once cached.
if (files.some((f) => f.includes('workflows-lint'))) {
  const install = spawnSync('scripts/install-actionlint.sh', [], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
