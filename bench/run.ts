/**
 * npm run bench [-- <filter>...]: our stages against the peers on the same inputs, in one run, each
 * measurement in a fresh process (cold, as a CI job runs), the median of several. Prints times, peak memory, the
 * ratio to the peer and the issue's target. A benchmark, not a test: it reports, it does not fail.
 * Filters (case-insensitive parts of a row's title, e.g. `npm run bench -- pipeline bundle`) run only
 * the rows that match one of them.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const specs = path.resolve(root, '..', 'shared', 'specs');
const github = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
/** An earlier @octokit/openapi release, installed under an alias, for a real consecutive-release diff. */
const githubPrevious = path.join(root, 'node_modules/octokit-openapi-prev/generated/api.github.com.json');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pipelineTitle = 'whole spec-side pipeline GitHub REST (CLI run) vs oasdiff alone';
const filters = process.argv.slice(2).map((f) => f.toLowerCase());
const wanted = (title: string) => filters.length === 0 || filters.some((f) => title.toLowerCase().includes(f));

interface Comparison {
  /** Peers measured too, for the record, without a target ratio. */
  others?: string[];
  /** Our run against an absolute budget (ms) as well. */
  budgetMs?: number;
  /** Cold runs of a slow peer (default: as many as ours). */
  peerRuns?: number;
  title: string;
  spec: string;
  ours: string;
  peer: string;
  /** Our median time may be at most this multiple of the peer's. */
  maxRatio: number;
  /** Peak memory target for our side, in MB. */
  maxRssMB?: number;
}

const comparisons: Comparison[] = [
  { title: 'validate GitHub REST (13 MB JSON)', spec: github, ours: 'ours:validate', peer: 'swagger-parser:validate', maxRatio: 1.3, maxRssMB: 500 },
  {
    title: 'validate OpenAI (3 MB YAML, 3.1)',
    spec: path.join(specs, 'openai-2026-08-21.yaml'),
    ours: 'ours:validate',
    peer: 'swagger-parser:validate',
    maxRatio: 1.3,
  },
  { title: 'collection + tests GitHub REST', spec: github, ours: 'ours:collection', peer: 'openapi-to-postmanv2:convert', maxRatio: 1.2, others: ['portman'] },
  {
    title: 'collection + tests OpenAI',
    spec: path.join(specs, 'openai-2026-08-21.yaml'),
    ours: 'ours:collection',
    peer: 'openapi-to-postmanv2:convert',
    maxRatio: 1.2,
    others: ['portman'],
  },
  {
    title: 'FastAPI project GitHub REST',
    spec: github,
    ours: 'ours:fastapi',
    peer: 'fastapi-code-generator',
    maxRatio: 0.1,
    maxRssMB: 600,
    budgetMs: 3000,
    peerRuns: 1,
  },
  {
    title: 'FastAPI project OpenAI',
    spec: path.join(specs, 'openai-2026-08-21.yaml'),
    ours: 'ours:fastapi',
    peer: 'fastapi-code-generator',
    maxRatio: 0.1,
    peerRuns: 1,
  },
  {
    title: 'diff GitHub REST 22.0.0 -> 23.0.2 (with git, render)',
    spec: `${githubPrevious}|${github}`,
    ours: 'ours:diff',
    peer: 'oasdiff:changelog',
    maxRatio: 1.15,
  },
  {
    title: 'diff OpenAI 2024-12 -> 2026-08 (with git, render)',
    spec: `${path.join(specs, 'openai-2024-12-18.yaml')}|${path.join(specs, 'openai-2026-08-21.yaml')}`,
    ours: 'ours:diff',
    peer: 'oasdiff:changelog',
    maxRatio: 1.15,
  },
  // The whole spec side (CLI `run`: validate, diff, collection + tests, FastAPI) against its slowest
  // part, oasdiff, alone on the same two files: everything else should hide behind it on two cores.
  { title: pipelineTitle, spec: github, ours: 'ours:pipeline', peer: 'oasdiff:pipeline-diff', maxRatio: 1.3 },
];

interface Sample {
  ms: number;
  cpuMs?: number;
  rssMB: number;
  /** How a peer's run ended when it did not succeed. */
  note?: string;
  /** For the record, e.g. the memory of each process of a run. */
  detail?: string;
}

function measure(name: string, spec: string): Sample {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'measure.ts'), name, spec], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0) throw new Error(`${name} on ${spec} failed: ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(last) as Sample;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const rows: string[][] = [['comparison', 'ours ms', 'peer ms', 'ratio', 'target', 'ours peak MB', 'peer peak MB', 'verdict']];
for (const c of comparisons.filter((c) => wanted(c.title))) {
  const ours: Sample[] = [];
  const peer: Sample[] = [];
  // Alternate, so a busy moment of the machine lands on both sides.
  for (let i = 0; i < runs; i++) {
    ours.push(measure(c.ours, c.spec));
    if (i < (c.peerRuns ?? runs)) peer.push(measure(c.peer, c.spec));
  }
  const [o, p] = [median(ours.map((s) => s.ms)), median(peer.map((s) => s.ms))];
  const [om, pm] = [Math.max(...ours.map((s) => s.rssMB)), Math.max(...peer.map((s) => s.rssMB))];
  const ratio = o / p;
  const ok = ratio <= c.maxRatio && (c.maxRssMB === undefined || om <= c.maxRssMB) && (c.budgetMs === undefined || o <= c.budgetMs);
  const peerNote = peer.find((s) => s.note)?.note;
  const target = `<= ${c.maxRatio}x${c.maxRssMB ? `, < ${c.maxRssMB} MB` : ''}${c.budgetMs ? `, < ${c.budgetMs / 1000} s` : ''}`;
  rows.push([
    c.title,
    o.toFixed(0),
    p.toFixed(0),
    ratio.toFixed(2),
    target,
    om.toFixed(0),
    pm.toFixed(0),
    `${ok ? 'meets target' : 'MISSES target'}${peerNote ? ` (peer ${peerNote})` : ''}`,
  ]);
  const detail = [...ours].reverse().find((s) => s.detail)?.detail;
  if (detail) rows.push([`  ours, ${detail}`, '', '', '', '', '', '', '']);
  for (const other of c.others ?? []) {
    // A slow peer runs once: its time is for the record, and must be beaten.
    const sample = measure(other, c.spec);
    rows.push([
      `  ${other}, same input`,
      '',
      sample.ms.toFixed(0),
      (o / sample.ms).toFixed(2),
      '< 1x',
      '',
      sample.rssMB.toFixed(0),
      o < sample.ms ? 'faster' : 'SLOWER',
    ]);
  }
}

// The generated GitHub app's start, against its budget alone.
const startTitle = 'generated GitHub app: uvicorn start to first answer';
if (wanted(startTitle)) {
  const starts = Array.from({ length: runs }, () => measure('ours:fastapi-start', github).ms);
  const start = median(starts);
  rows.push([startTitle, start.toFixed(0), '', '', '< 5 s', '', '', start < 5000 ? 'meets target' : 'MISSES target']);
}

// The deploy's own work: the CPU time of the CLI's deploy (validate, collection, rollout, contract)
// against the Cloud Run fake in a process of its own, at the default poll interval; the rest of the
// wall time is the platform's (containers starting, operations running).
const deployTitle = 'CLI deploy of the example to the Cloud Run fake: CPU / wall';
if (wanted(deployTitle)) {
  const example = path.join(root, 'example/openapi.yaml');
  const samples = Array.from({ length: runs }, () => measure('ours:deploy', example));
  const cpu = median(samples.map((s) => s.cpuMs ?? Infinity));
  const wall = median(samples.map((s) => s.ms));
  const rss = Math.max(...samples.map((s) => s.rssMB));
  rows.push([deployTitle, `${cpu.toFixed(0)} / ${wall.toFixed(0)}`, '', '', '< 2 s CPU', rss.toFixed(0), '', cpu < 2000 ? 'meets target' : 'MISSES target']);
}

// Getting the pinned oasdiff: once on a runner with nothing cached (a minute: measured once), then
// the cached lookup every later run makes.
const obtainTitle = 'oasdiff 1.39.0 obtained: built cold (once) / found in the cache';
if (wanted(obtainTitle)) {
  const cold = measure('ours:oasdiff-cold', github);
  const warm = Array.from({ length: runs }, () => measure('ours:oasdiff-warm', github));
  const w = median(warm.map((s) => s.ms));
  rows.push([
    obtainTitle,
    `${cold.ms.toFixed(0)} / ${w.toFixed(0)}`,
    '',
    '',
    '',
    `${cold.rssMB.toFixed(0)} / ${Math.max(...warm.map((s) => s.rssMB)).toFixed(0)}`,
    '',
    'for the record',
  ]);
}

// The action's bundle: node dist/index.js from spawn to exit, stopped at its first step (no inputs),
// against its budget; node starting with nothing to load is the peer column, for scale only.
const loadTitle = 'action bundle load (dist/index.js, node start to exit)';
if (wanted(loadTitle)) {
  const loads: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    loads.push(measure('ours:bundle-load', github));
    bare.push(measure('node:bare-start', github));
  }
  const [l, b] = [median(loads.map((s) => s.ms)), median(bare.map((s) => s.ms))];
  const [lm, bm] = [Math.max(...loads.map((s) => s.rssMB)), Math.max(...bare.map((s) => s.rssMB))];
  rows.push([loadTitle, l.toFixed(0), b.toFixed(0), '', '< 300 ms', lm.toFixed(0), bm.toFixed(0), l < 300 ? 'meets target' : 'MISSES target']);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
console.log(`\n${runs} cold runs per side, median time, maximum peak RSS; node ${process.version}, ${process.platform}/${process.arch}.`);
if (rows.some((r) => r[0] === pipelineTitle))
  console.log('Whole spec-side pipeline: ours peak MB is the CLI node process alone; the processes it starts are in the line below it.');
if (rows.some((r) => r[0] === loadTitle)) console.log('Bundle load: stopped at the missing spec input, before any work; peer is `node -e 0`, for scale.');
