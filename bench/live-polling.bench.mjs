#!/usr/bin/env node
/**
 * Live polling against Studio's own strategy (issue 12 point 1): requests, response bytes and
 * missed events of our stream and of Studio's Events page (the newest 100 every 2 s), side by side
 * over the same Studio baseline double and the same event flow, in simulated time: an idle
 * minute, a minute at 10 events/s, 1,000 events stored at once, and 200 late-visible rows. The
 * measuring lives in `bench/live-polling.measure.ts`, run through vitest so the TypeScript source
 * is used as is.
 *
 *   node bench/live-polling.bench.mjs [--write] [--smoke]
 *
 * `--write` replaces the "live-polling" block of BENCHMARKS.md; `--smoke` (CI) fails unless ours
 * missed nothing in every scenario (the figures are the same as a full run's: time is simulated).
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { finishBench } from './lib/finishBench.mjs'
import { machineLines } from './lib/machine.mjs'
import { markdownTable } from './lib/markdownSection.mjs'
import { runMeasure } from './lib/runMeasure.mjs'

const { values: args } = parseArgs({
  options: { write: { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false } },
})
const root = fileURLToPath(new URL('..', import.meta.url))
const loadAtStart = os.loadavg()[0]
const rows = await runMeasure({ root, file: 'bench/live-polling.measure.ts' })
const ratio = (theirs, ours) => (ours === 0 ? (theirs === 0 ? '–' : '∞') : `${(theirs / ours).toFixed(1)}×`)
const table = markdownTable(
  [
    'scenario',
    'written',
    'ours: requests',
    'ours: bytes',
    'ours: missed',
    'Studio: requests',
    'Studio: bytes',
    'Studio: missed',
    'bytes, Studio ÷ ours',
  ],
  rows.map((row) => [
    row.scenario,
    row.written.toLocaleString('en-US'),
    String(row.ours.requests),
    row.ours.bytes.toLocaleString('en-US'),
    String(row.ours.missed),
    String(row.studio.requests),
    row.studio.bytes.toLocaleString('en-US'),
    String(row.studio.missed),
    ratio(row.studio.bytes, row.ours.bytes),
  ]),
  ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
)
const body = [
  ...machineLines(root, loadAtStart),
  '- Backend: the reference handler with `studioQuirks` (the Studio baseline double), memory store, a generated history (seed 42, 30 days, about 3,600 events); both consumers at once over it, simulated time, response bodies counted (headers not)',
  "- Ours: the dashboard's list and counts loaded and observed, then `startEventStream` at Studio's default 2 s poll (its count refreshes included); Studio's strategy: `GET /api/events?limit=100` every 2 s",
  '',
  table,
].join('\n')
console.log(body)
const missed = rows.filter((row) => row.ours.missed > 0)
await finishBench({
  args,
  root,
  name: 'live-polling',
  heading: "## Live polling against Studio's strategy (issue 12 point 1)",
  script: 'live-polling.bench.mjs',
  body,
  smokeOk: rows.length > 0 && missed.length === 0,
  smokeProblem: `our stream missed events in ${missed.map((row) => row.scenario).join(', ') || 'no run'}`,
})
