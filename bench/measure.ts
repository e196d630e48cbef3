/**
 * One measurement in a fresh process: `measure.ts <case> <spec>` imports what the case needs, then
 * times one cold run (as a CI job runs it) and prints {ms, rssMB, note?, detail?} as JSON on the last line.
 */
import { cases } from './cases.ts';

const [name, spec] = process.argv.slice(2);
const run = cases[name!];
if (!run || !spec) {
  console.error(`usage: measure.ts <${Object.keys(cases).join('|')}> <spec>`);
  process.exit(2);
}
const timed = await run.prepare(spec);
const started = performance.now();
const outcome = await timed();
const ms = performance.now() - started;
// A case whose work runs in a child process reports that memory; this process's own otherwise.
const told = typeof outcome === 'string' ? { note: outcome } : (outcome ?? {});
console.log(JSON.stringify({ ms, ...told, rssMB: told.rssMB ?? process.resourceUsage().maxRSS / 1024 }));
