#!/usr/bin/env node
/**
 * Live-stream idle cost (issue 9 point 1): bytes and requests per idle minute of `startEventStream`
 * (what `useEventStream` runs) against the Studio baseline and the reference server, with a fixed
 * generated history (seed 42, 30 days, about 3,600 events), the default 2 s poll, and one minute
 * of fake time. Response bodies are counted (headers are not). The measuring itself lives in
 * `bench/live-idle.measure.ts`, run through vitest so the TypeScript source is used as is.
 *
 *   node bench/live-idle.bench.mjs
 */
import { fileURLToPath } from 'node:url'
import { runMeasure } from './lib/runMeasure.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const rows = await runMeasure({ root, file: 'bench/live-idle.measure.ts' })
const lines = [
  '| backend | scenario | requests / idle minute | list requests | response bytes / idle minute |',
  '|---|---|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.backend === 'studio' ? 'Studio baseline (quirks)' : 'reference server, `sequence`'} | ${row.scenario} | ${row.requests} | ${row.listRequests} | ${row.bytes.toLocaleString('en-US')} |`,
  ),
]
console.log(lines.join('\n'))
