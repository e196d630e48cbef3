/**
 * The Python base image the end-to-end tests build generated projects on (no python:3.x-slim to
 * pull here): `python` and `pip` where the official image has them, and pip able to reach the
 * package index from inside a build, as the generated Dockerfile's `pip install` needs.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ensurePythonBaseImage, requireEngine } from '../support/docker.ts';

const run = promisify(execFile);
let image: string;

before(async () => {
  await requireEngine();
  image = await ensurePythonBaseImage();
});

describe('the Python base image', () => {
  it('has python ≥ 3.11 (tomllib) and pip on PATH, as python:3.x-slim does', async () => {
    const { stdout } = await run('docker', [
      'run',
      '--rm',
      image,
      'sh',
      '-c',
      'python -c "import sys, tomllib; print(*sys.version_info[:2])" && pip --version',
    ]);
    const [major, minor] = stdout.split('\n')[0]!.split(' ').map(Number);
    assert.ok(major === 3 && minor! >= 11, stdout);
    assert.match(stdout, /^pip \d+/m);
  });

  it('lets pip reach the package index and install system-wide', async () => {
    const { stdout } = await run(
      'docker',
      [
        'run',
        '--rm',
        '--network',
        'host',
        image,
        'sh',
        '-c',
        'pip install --quiet --no-deps idna && python -c "import idna; print(idna.encode(\'bücher.example\').decode())"',
      ],
      { timeout: 180_000 },
    );
    assert.equal(stdout.trim(), 'xn--bcher-kva.example');
  });
});
