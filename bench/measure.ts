/**
 * One measurement in a fresh process: `measure.ts <case> <spec>` imports what the case needs, then
 * times one cold run (as a CI job runs it) and prints {ms, rssMB} as JSON on the last line.
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
const note = await timed();
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, ...(note && { note }) }));
