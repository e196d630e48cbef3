/** Which files a run's spec patterns name: paths kept as given, patterns expanded in a stable order. */
import { glob } from 'tinyglobby';
import { UserError } from '../../errors.ts';

export async function findSpecs(patterns: readonly string[], workspace: string): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    const isPattern = /[*?[\]{}]/.test(pattern);
    const matches = isPattern ? (await glob(pattern, { cwd: workspace, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })).sort() : [pattern];
    if (matches.length === 0) {
      throw new UserError(`the spec pattern "${pattern}" matches no file`, undefined, 'Check the spec input; patterns are relative to the repository root.');
    }
    for (const match of matches) if (!found.includes(match)) found.push(match);
  }
  return found;
}
