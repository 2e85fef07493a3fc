#!/usr/bin/env node
/**
 * PGlite under 20 concurrent clients (issue 11 point 4), in-thread against `worker: true`. A
 * child process serves the handler (every extension) over PGlite seeded with generated events
 * and runs ingestion at 200 events/s. The parent runs N clients that loop over the dashboard's
 * requests (first page, counts, a year of activity, a search) for a fixed time. Printed: requests/s,
 * latency median and p95, failed requests, the server's event-loop delay (median, p99, max), and
 * ingestion's events written per second during the load.
 *
 *   node bench/server-pglite-load.bench.mjs [--clients 20] [--seconds 15] [--events 20000] [--modes thread,worker]
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import os from 'node:os'
import { loadLibrary } from './lib/loadLibrary.mjs'

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '15' },
    events: { type: 'string', default: '20000' },
    modes: { type: 'string', default: 'thread,worker' },
    child: { type: 'string' },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))
const NOW = new Date('2026-11-20T12:00:00Z')

if (args.child) {
  const { server } = await loadLibrary({ root, fromDist: false })
  const store = await server.createPgliteStore({ worker: args.child === 'worker' })
  await store.initialize()
  const events = server.generateEvents({
    seed: 7,
    now: NOW,
    days: 365,
    eventsPerDay: Math.ceil(Number(args.events) / 365),
  })
  for (let i = 0; i < events.length; i += 2000)
    await store.insert(events.slice(i, i + 2000).map(server.fromWireEvent))
  const handler = server.createEventsHandler({
    store,
    authorize: () => true,
    extensions: server.STUDIO_EXTENSIONS,
  })
  const http = createServer(server.toNodeListener(handler))
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve))
  const ingestion = server.createEventIngestion({ store })
  const delay = monitorEventLoopDelay({ resolution: 10 })
  let timer
  process.stdin.on('data', async (chunk) => {
    const command = chunk.toString().trim()
    if (command === 'start') {
      delay.reset()
      delay.enable()
      const written = ingestion.health().written
      const started = performance.now()
      let emitted = 0
      timer = setInterval(() => {
        const due = Math.floor(((performance.now() - started) / 1000) * 200)
        while (emitted < due) void ingestion.emit('user.logged_in', { userId: `usr_${emitted++}` })
      }, 10)
      process.stdin.once('data', async () => {
        clearInterval(timer)
        delay.disable()
        const seconds = (performance.now() - started) / 1000
        const wrote = ingestion.health().written - written
        process.stdout.write(
          `${JSON.stringify({ eldMedian: delay.percentile(50) / 1e6, eldP99: delay.percentile(99) / 1e6, eldMax: delay.max / 1e6, ingestPerSecond: wrote / seconds })}\n`,
        )
        await ingestion.shutdown()
        process.exit(0)
      })
    }
  })
  process.stdout.write(`${JSON.stringify({ port: http.address().port, events: events.length })}\n`)
} else {
  const paths = [
    '/api/studio/api/events?limit=50',
    '/api/studio/api/events/count',
    '/api/studio/api/events/activity?since=2025-11-20&until=2026-11-20&tz=UTC',
    '/api/studio/api/events?limit=50&q=ana',
  ]
  const rows = []
  for (const mode of args.modes.split(',')) {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', mode, '--events', args.events],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    const lines = []
    let buffer = ''
    const nextLine = () =>
      new Promise((resolve) => {
        const check = () => {
          const at = buffer.indexOf('\n')
          if (at === -1) return false
          resolve(JSON.parse(buffer.slice(0, at)))
          buffer = buffer.slice(at + 1)
          return true
        }
        if (check()) return
        const on = (chunk) => {
          buffer += chunk
          if (check()) child.stdout.off('data', on)
        }
        child.stdout.on('data', on)
      })
    const { port, events } = await nextLine()
    child.stdin.write('start\n')
    const latencies = []
    let failed = 0
    const end = performance.now() + Number(args.seconds) * 1000
    await Promise.all(
      Array.from({ length: Number(args.clients) }, async (_, client) => {
        for (let i = client; performance.now() < end; i += 1) {
          const started = performance.now()
          try {
            const response = await fetch(`http://127.0.0.1:${port}${paths[i % paths.length]}`)
            await response.arrayBuffer()
            if (!response.ok) failed += 1
          } catch {
            failed += 1
          }
          latencies.push(performance.now() - started)
        }
      }),
    )
    child.stdin.write('stop\n')
    const server = await nextLine()
    lines.push(server)
    latencies.sort((a, b) => a - b)
    const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
    rows.push({
      mode,
      events,
      clients: Number(args.clients),
      requestsPerSecond: +(latencies.length / Number(args.seconds)).toFixed(1),
      medianMs: Math.round(pick(0.5)),
      p95Ms: Math.round(pick(0.95)),
      failed,
      ...Object.fromEntries(Object.entries(server).map(([key, value]) => [key, Math.round(value)])),
    })
    process.stderr.write(`${JSON.stringify(rows.at(-1))}\n`)
  }
  process.stdout.write(
    `load ${os.loadavg()[0].toFixed(1)}\n${rows.map((row) => JSON.stringify(row)).join('\n')}\n`,
  )
}
