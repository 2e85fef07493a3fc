#!/usr/bin/env node
/**
 * Ingestion benchmark (issue 11 point 3, issue 12 "ingestion"): how many events per second
 * `createEventIngestion` writes into PostgreSQL and PGlite with its DEFAULT settings, and what it
 * drops. Three runs per store:
 *
 * - sustained: `emit` at a fixed rate (default 10,000/s, in 10 ms ticks) for a few seconds, then
 *   `shutdown()`; written, dropped, and the write rate from the first emit to the last row;
 * - as fast as possible: N emits yielding to the event loop every 500, then `shutdown()`;
 * - tight loop: N emits without yielding (a burst the writer cannot see until it ends).
 *
 *   node bench/server-ingestion.bench.mjs [--stores postgres,pglite] [--rate 10000] [--seconds 5]
 *     [--events 50000] [--batch-size N --max-queue N] [--pg-url URL] [--label text] [--write]
 *     [--library DIR]
 *
 * `--library DIR` measures a build made elsewhere (a `server.mjs` in DIR, e.g. the previous commit
 * compiled by `bench/lib/loadLibrary.mjs` into another folder) instead of the current source, for
 * a before/after in the same minutes. `--write` replaces the block `ingestion-<label>` of
 * BENCHMARKS.md (in the "Server ingestion" section). The PostgreSQL table
 * `bench_ingest_events` is dropped before and after.
 */
import os from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { loadLibrary } from './lib/loadLibrary.mjs'
import { machineLines } from './lib/machine.mjs'
import { markdownTable, writeMarkedSection } from './lib/markdownSection.mjs'

const { values: args } = parseArgs({
  options: {
    stores: { type: 'string', default: 'postgres,pglite' },
    rate: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
    events: { type: 'string', default: '50000' },
    'batch-size': { type: 'string' },
    'max-queue': { type: 'string' },
    'pg-url': {
      type: 'string',
      default: process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test',
    },
    label: { type: 'string', default: 'defaults' },
    library: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))
const loadAtStart = os.loadavg()[0]
const log = (line) => process.stderr.write(`${line}\n`)
const { server } = args.library
  ? { server: await import(pathToFileURL(resolve(args.library, 'server.mjs')).href) }
  : await loadLibrary({ root, fromDist: false })
const TABLE = 'bench_ingest_events'
const tuning = {}
if (args['batch-size']) tuning.batchSize = Number(args['batch-size'])
if (args['max-queue']) tuning.maxQueueSize = Number(args['max-queue'])

async function openStore(kind) {
  if (kind === 'pglite') return server.createPgliteStore()
  const pg = await import('pg')
  const admin = new pg.default.Client({ connectionString: args['pg-url'] })
  await admin.connect()
  // The table, its seq counter and its rollups (each run starts from an empty store).
  await admin.query(
    [
      TABLE,
      `${TABLE}_sequence`,
      `${TABLE}_rollup_hour`,
      `${TABLE}_rollup_4h`,
      `${TABLE}_rollup_day`,
      `${TABLE}_rollup_total`,
    ]
      .map((name) => `DROP TABLE IF EXISTS ${name}`)
      .join('; '),
  )
  await admin.end()
  const store = await server.createPostgresStore({
    connectionString: args['pg-url'],
    tableName: TABLE,
    createTable: true,
  })
  await store.initialize()
  return store
}

const metadata = (i) => ({ email: `user${i % 500}@example.com`, name: `User ${i % 500}`, method: 'email' })
const request = { headers: { 'user-agent': 'bench/1.0', 'x-forwarded-for': '203.0.113.7' } }

/** One run: `emitAll(ingestion)` emits; the clock stops when shutdown has written everything. */
async function run(kind, emitAll) {
  const store = await openStore(kind)
  let dropped = 0
  const reasons = new Set()
  const ingestion = server.createEventIngestion({
    store,
    ...tuning,
    onDrop: (count, reason) => {
      dropped += count
      reasons.add(reason)
    },
  })
  const start = performance.now()
  const emitted = await emitAll(ingestion)
  const emitEnd = performance.now()
  const result = await ingestion.shutdown()
  const end = performance.now()
  const stored = (await store.count({ filters: {} })).total
  await store.close()
  return {
    emitted,
    written: result.written,
    stored,
    dropped,
    reasons: [...reasons],
    emitSeconds: (emitEnd - start) / 1000,
    seconds: (end - start) / 1000,
    rate: result.written / ((end - start) / 1000),
  }
}

const RATE = Number(args.rate)
const SECONDS = Number(args.seconds)
const EVENTS = Number(args.events)
const sustained = (ingestion) =>
  new Promise((resolve) => {
    let emitted = 0
    const perTick = RATE / 100
    const started = performance.now()
    const tick = () => {
      const due = Math.min(
        RATE * SECONDS,
        Math.floor(((performance.now() - started) / 1000) * RATE) + perTick,
      )
      while (emitted < due)
        void ingestion.emit('user.logged_in', {
          userId: `usr_${emitted}`,
          metadata: metadata(emitted++),
          request,
        })
      if (emitted >= RATE * SECONDS) resolve(emitted)
      else setTimeout(tick, 10)
    }
    tick()
  })
const fastest = async (ingestion) => {
  for (let i = 0; i < EVENTS; i += 1) {
    void ingestion.emit('user.logged_in', { userId: `usr_${i}`, metadata: metadata(i), request })
    if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
  }
  return EVENTS
}
const tight = async (ingestion) => {
  for (let i = 0; i < EVENTS; i += 1)
    void ingestion.emit('user.logged_in', { userId: `usr_${i}`, metadata: metadata(i), request })
  return EVENTS
}

const rows = []
for (const kind of args.stores.split(',')) {
  for (const [name, emitAll] of [
    [`sustained ${RATE.toLocaleString('en')}/s for ${SECONDS} s`, sustained],
    [`${EVENTS.toLocaleString('en')} as fast as possible`, fastest],
    [`${EVENTS.toLocaleString('en')} in a tight loop`, tight],
  ]) {
    try {
      const r = await run(kind, emitAll)
      log(`${kind} ${name}: ${JSON.stringify(r)}`)
      rows.push([
        kind,
        name,
        r.emitted.toLocaleString('en'),
        r.written.toLocaleString('en'),
        r.dropped.toLocaleString('en'),
        `${r.seconds.toFixed(2)} s`,
        Math.round(r.rate).toLocaleString('en'),
        r.reasons.join('; ') || '—',
      ])
    } catch (error) {
      log(`${kind} ${name}: failed: ${error.message}`)
      rows.push([kind, name, '—', '—', '—', '—', '—', `failed: ${error.message}`])
    }
  }
}
const table = markdownTable(
  ['store', 'run', 'emitted', 'written', 'dropped', 'until written', 'written/s', 'drop reason'],
  rows,
  ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
)
const body = [
  `Settings: ${args.label} ${JSON.stringify(tuning)}${args.library ? ` (library: ${args.library})` : ''}`,
  '',
  ...machineLines(root, loadAtStart),
  '',
  table,
].join('\n')
process.stdout.write(`${body}\n`)
if (args.write)
  await writeMarkedSection({
    file: `${root}BENCHMARKS.md`,
    name: `ingestion-${args.label}`,
    heading: '## Server ingestion (helper S)',
    body,
  })
