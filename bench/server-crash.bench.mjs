#!/usr/bin/env node
/**
 * What a crash costs (issue 11 point 5): a child process emits at a fixed rate into PostgreSQL
 * with the default ingestion settings (or `--flush-interval`, `--batch-size`), is killed with
 * SIGKILL after a few seconds, and the events it had emitted (counted in a file, synchronously,
 * at every emit) are compared with the rows that reached the table.
 *
 *   node bench/server-crash.bench.mjs [--rate 2000] [--seconds 3] [--runs 3] [--pg-url URL]
 *     [--flush-interval MS] [--batch-size N]
 */
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { loadLibrary } from './lib/loadLibrary.mjs'

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    'flush-interval': { type: 'string' },
    'batch-size': { type: 'string' },
    'pg-url': {
      type: 'string',
      default: process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test',
    },
    child: { type: 'string' },
  },
})
const TABLE = 'bench_crash_events'
const root = fileURLToPath(new URL('..', import.meta.url))

if (args.child) {
  // The child: emit at `rate` and record the count before each emit returns.
  const { server } = await loadLibrary({ root, fromDist: false })
  const { writeSync, openSync } = await import('node:fs')
  const fd = openSync(args.child, 'w')
  const store = await server.createPostgresStore({
    connectionString: args['pg-url'],
    tableName: TABLE,
    createTable: true,
  })
  await store.initialize()
  const tuning = {}
  if (args['flush-interval']) tuning.flushInterval = Number(args['flush-interval'])
  if (args['batch-size']) tuning.batchSize = Number(args['batch-size'])
  const ingestion = server.createEventIngestion({ store, ...tuning })
  const rate = Number(args.rate)
  let emitted = 0
  const started = performance.now()
  process.stdout.write('ready\n')
  const tick = async () => {
    const due = Math.floor(((performance.now() - started) / 1000) * rate)
    while (emitted < due) {
      await ingestion.emit('user.logged_in', { userId: `usr_${emitted}` })
      emitted += 1
      writeSync(fd, `${String(emitted).padStart(12, ' ')}`, 0)
    }
    setTimeout(tick, 5)
  }
  void tick()
} else {
  const admin = new pg.Client({ connectionString: args['pg-url'] })
  await admin.connect()
  const lines = []
  for (let run = 0; run < Number(args.runs); run += 1) {
    await admin.query(`DROP TABLE IF EXISTS ${TABLE}; DROP TABLE IF EXISTS ${TABLE}_sequence`)
    const file = path.join(os.tmpdir(), `ae-crash-${process.pid}-${run}`)
    const passOn = ['--rate', args.rate, '--pg-url', args['pg-url']]
    if (args['flush-interval']) passOn.push('--flush-interval', args['flush-interval'])
    if (args['batch-size']) passOn.push('--batch-size', args['batch-size'])
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', file, ...passOn], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise((resolve) => child.stdout.once('data', resolve))
    await new Promise((resolve) => setTimeout(resolve, Number(args.seconds) * 1000))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    const emitted = Number(readFileSync(file, 'utf8').trim())
    rmSync(file, { force: true })
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM ${TABLE}`)
    lines.push({ emitted, stored: rows[0].n, lost: emitted - rows[0].n })
    process.stderr.write(`run ${run + 1}: ${JSON.stringify(lines.at(-1))}\n`)
  }
  await admin.query(`DROP TABLE IF EXISTS ${TABLE}; DROP TABLE IF EXISTS ${TABLE}_sequence`)
  await admin.end()
  const lost = lines.map((line) => line.lost)
  process.stdout.write(
    `kill -9 at ${args.rate}/s after ${args.seconds} s (flushInterval ${args['flush-interval'] ?? 'default'}, batchSize ${args['batch-size'] ?? 'default'}): lost ${lost.join(', ')} events (load ${os.loadavg()[0].toFixed(1)})\n`,
  )
}
