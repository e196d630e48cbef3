// Bundles the action and the CLI into dist/ (committed: the runner executes dist/index.js as-is).
// `node scripts/build.mjs --out DIR` builds elsewhere, which the stale-dist test uses to compare.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
const banner =
  // Bundled CommonJS dependencies call require(); give them one in this ES module.
  "import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);";

// Built beside the target and swapped in only when the build succeeded, so a failed build never
// leaves the committed bundle deleted or half-written.
const staging = `${outdir}.building`;
rmSync(staging, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', post: 'src/post-entry.ts', cli: 'src/cli.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  logLevel: 'warning',
  // postman-sandbox names these only in its own build step, which never runs inside the action.
  external: ['terser', 'browserify'],
});
scrubInstallMetadata(staging);
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);

/**
 * postman-sandbox ships prebuilt code that embeds a package.json as an old npm left it, with
 * install-time fields naming the registry it was fetched from and the path of the machine it was
 * built on. Nothing reads them at run time; they are emptied so the committed bundle names neither.
 */
function scrubInstallMetadata(dir) {
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(name));
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(file, 'utf8');
    const scrubbed = text.replace(/\b_(resolved|where):"[^"\n]*"/g, '_$1:""').replace(/\b_args:\[\["[^"\n]*","[^"\n]*"\]\]/g, '_args:[]');
    if (scrubbed !== text) writeFileSync(file, scrubbed);
  }
}

// GitHub only runs reusable workflows from .github/workflows; workflows/ is the source of truth.
if (outdir === 'dist' && existsSync('workflows')) {
  mkdirSync('.github/workflows', { recursive: true });
  for (const name of readdirSync('workflows').filter((n) => /\.ya?ml$/.test(n))) cpSync(join('workflows', name), join('.github/workflows', name));
}
