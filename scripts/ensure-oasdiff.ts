// Builds the pinned oasdiff into the cache the action and the CLI read (once per machine), so the
// tests run the release they pin. The action does the same on a runner when no build is cached.
import { findOasdiff, OASDIFF_VERSION } from '../src/stages/diff/oasdiff-binary.ts';

const started = Date.now();
const found = await findOasdiff({ log: (message) => console.error(`ensure-oasdiff: ${message}`) });
if (found.source === 'build')
  console.error(`ensure-oasdiff: oasdiff ${OASDIFF_VERSION} built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${found.path}`);
