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
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startVitest } from 'vitest/node'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(mkdtempSync(join(tmpdir(), 'live-bench-')), 'result.json')
process.env.LIVE_BENCH_OUT = out

const vitest = await startVitest(
  'test',
  [],
  { watch: false, config: false, root, reporters: ['dot'] },
  { test: { include: ['bench/live-idle.measure.ts'], environment: 'node', testTimeout: 120_000 } },
)
await vitest.close()
const rows = JSON.parse(readFileSync(out, 'utf8'))
const lines = [
  '| backend | scenario | requests / idle minute | list requests | response bytes / idle minute |',
  '|---|---|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.backend === 'studio' ? 'Studio baseline (quirks)' : 'reference server, `sequence`'} | ${row.scenario} | ${row.requests} | ${row.listRequests} | ${row.bytes.toLocaleString('en-US')} |`,
  ),
]
console.log(lines.join('\n'))
