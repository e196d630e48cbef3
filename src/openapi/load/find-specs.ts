/**
 * Which files a run's spec patterns name: paths kept as given, patterns expanded in a stable order.
 *
 * The workspace is a pull request's checkout, so its symbolic links are untrusted: a pattern takes
 * no link (file or folder), and a spec named through a link must lie inside the workspace
 * (a link to `/` would otherwise hand every file of the machine to the loader). A path that starts
 * outside the workspace (the CLI's `validate ../other/openapi.yaml`) is the user's own choice and
 * stands, links and all.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from '../../errors.ts';

export async function findSpecs(patterns: readonly string[], workspace: string): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    const isPattern = /[*?[\]{}]/.test(pattern);
    const matches = isPattern
      ? (await glob(pattern, { cwd: workspace, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort()
      : [pattern];
    if (matches.length === 0) {
      throw new UserError(`the spec pattern "${pattern}" matches no file`, undefined, 'Check the spec input; patterns are relative to the repository root.');
    }
    for (const match of matches) {
      await confined(match, workspace);
      if (!found.includes(match)) found.push(match);
    }
  }
  return found;
}

/** Refuses a spec that a symbolic link takes out of the workspace. */
async function confined(spec: string, workspace: string): Promise<void> {
  const file = path.resolve(workspace, spec);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return; // a missing file is the loader's to report, with its own message
  }
  // Only links inside the workspace are the pull request's; a path that starts outside it is the user's own.
  const lexical = path.relative(path.resolve(workspace), file);
  if (lexical.startsWith('..') || path.isAbsolute(lexical)) return;
  if (real === file && !(await lstat(file)).isSymbolicLink()) return;
  const root = await realpath(workspace);
  const inside = real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  if (!inside) {
    throw new UserError(
      `the spec ${spec} is a symbolic link to a file outside the repository`,
      { file: spec },
      'Keep the spec and the files it refers to inside the repository: a link out of it is not followed.',
    );
  }
}
