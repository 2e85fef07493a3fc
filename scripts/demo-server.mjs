#!/usr/bin/env node
// The reference server behind `npm start`: Studio's API (with every extension) over PGlite,
// seeded with a year of generated events on first run, a traffic simulator, and the demo page;
// plus the audit-log and infra plugins' APIs from the library's doubles (?adapter=audit-log,
// ?adapter=infra), so all three backends can be seen. Runs the BUILT library (dist/), exactly as
// a consumer would. `--now 2026-11-20T12:00:00Z --store memory` gives the same page every time
// (screenshots): the seed and the clock are fixed and the traffic simulator is off.
import http from 'node:http'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  STUDIO_EXTENSIONS,
  cachedGeoResolver,
  createAuditLogDouble,
  createEventStream,
  createEventsHandler,
  createInfraDouble,
  createMemoryStore,
  createPgliteStore,
  createPostgresStore,
  fromWireEvent,
  generateAuditLogEntries,
  generateEvents,
  generateInfraEvents,
  sampleGeoResolver,
  toRequest,
} from '../dist/server.js'
import { createAssetCache, writeCompressed } from '../demo/server/compression.mjs'
import { listFirstStore } from '../demo/server/listFirstStore.mjs'
import { PLUGIN_BASE_PATH, createPluginBackends } from '../demo/server/pluginBackends.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4310' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    rate: { type: 'string', default: '1' },
    burst: { type: 'string', default: '40' },
    'burst-every': { type: 'string', default: '45' },
    'spike-every': { type: 'string', default: '120' },
    store: { type: 'string', default: 'pglite' },
    'data-dir': { type: 'string', default: path.join(root, '.demo-data', 'pglite') },
    'database-url': { type: 'string', default: process.env.DATABASE_URL },
    'seed-days': { type: 'string', default: '365' },
    'seed-per-day': { type: 'string', default: '150' },
    reset: { type: 'boolean', default: false },
    // A fixed clock (ISO instant) for the seeds and the plugin doubles; switches the simulator off.
    now: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    // Test hook (the end-to-end test): POST /__demo/emit writes one event and answers its id.
    'allow-emit': { type: 'boolean', default: false },
  },
})
const num = (name, min = 0) => {
  const value = Number(args[name])
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}`)
  return value
}
const log = (...parts) => args.quiet || console.log(`[demo] ${parts.join(' ')}`)
const fixedNow = args.now === undefined ? undefined : Date.parse(args.now)
if (Number.isNaN(fixedNow)) throw new Error('--now must be an ISO 8601 instant, e.g. 2026-11-20T12:00:00Z')
const clock = fixedNow === undefined ? Date.now : () => fixedNow

// The page's files, compressed while the store opens (brotli at its best takes seconds).
const pageDir = path.join(root, 'demo', 'dist')
const assets = createAssetCache(pageDir)
const warming = assets.warm()

// --- Store, seeded on first run ---------------------------------------------------------------
async function openStore() {
  if (args.store === 'memory') return createMemoryStore()
  if (args.store === 'postgres') {
    if (!args['database-url']) throw new Error('--store postgres needs --database-url or DATABASE_URL')
    return createPostgresStore({ connectionString: args['database-url'], createTable: true })
  }
  if (args.reset && existsSync(args['data-dir'])) {
    const { rm } = await import('node:fs/promises')
    await rm(args['data-dir'], { recursive: true, force: true })
  }
  // PGlite answers one query at a time: let the list page go before the aggregates. It runs in a
  // worker thread so a long query never blocks the HTTP loop, the simulator or ingestion
  // (issue 11 point 4); this script runs in plain Node, where the worker's module resolution holds.
  return listFirstStore(await createPgliteStore({ dataDir: args['data-dir'], worker: true }))
}

const store = await openStore()
await store.initialize?.()
const { total } = await store.count({ filters: {} })
if (total === 0) {
  const started = Date.now()
  const history = generateEvents({
    seed: 2026,
    now: new Date(clock()),
    days: num('seed-days', 1),
    eventsPerDay: num('seed-per-day', 1),
  })
  for (let i = 0; i < history.length; i += 2000)
    await store.insert(history.slice(i, i + 2000).map(fromWireEvent))
  log(`seeded ${history.length} events over ${args['seed-days']} days in ${Date.now() - started} ms`)
} else {
  log(`using ${total} stored events`)
}

// --- The plugin backends, in memory ---------------------------------------------------------------
const plugins = createPluginBackends(
  { createAuditLogDouble, createInfraDouble, generateAuditLogEntries, generateInfraEvents },
  { now: clock },
)

// --- Traffic simulator ------------------------------------------------------------------------
const stream = createEventStream({ seed: `live-${Date.now()}`, start: new Date() })
// A frozen clock has no live traffic: the page stays as seeded.
const rate = fixedNow === undefined ? num('rate') : 0
const TICK_MS = rate > 20 ? 50 : 250
let owed = 0
let simulated = 0
const simulate = async (count) => {
  if (count <= 0) return
  const events = stream.next(count, new Date())
  await store.insert(events.map(fromWireEvent))
  simulated += events.length
}
setInterval(() => {
  owed += (rate * TICK_MS) / 1000
  const count = Math.floor(owed)
  owed -= count
  simulate(count).catch((error) => console.error('[demo] simulator:', error.message))
}, TICK_MS)
// The plugin doubles get a trickle of their own, whatever the rate: they keep rows in memory and
// the infra one re-sorts them on every add, so Studio's pace (up to hundreds a second) is not theirs.
if (rate > 0) setInterval(() => plugins.addLive(1), 5000)
if (fixedNow === undefined && num('burst') > 0 && num('burst-every') > 0) {
  setInterval(() => simulate(num('burst')).catch(() => undefined), num('burst-every') * 1000)
}
// Failure spikes: a burst of failed sign-ins from one address, like credential stuffing.
if (fixedNow === undefined && num('spike-every') > 0) {
  let spike = 0
  setInterval(
    () => {
      spike += 1
      const now = Date.now()
      const ip = `198.51.100.${(spike * 37) % 250}`
      const events = Array.from({ length: 25 }, (_, i) => ({
        id: crypto.randomUUID(),
        type: 'user.logged_in',
        timestamp: new Date(now - 25 + i),
        status: 'failed',
        userId: null,
        ipAddress: ip,
        userAgent: 'python-requests/2.32',
        metadata: { email: `user${(spike + i) % 40}@example.com`, reason: 'INVALID_EMAIL_OR_PASSWORD' },
        source: 'app',
      }))
      store.insert(events).then(
        () => (simulated += events.length),
        () => undefined,
      )
    },
    num('spike-every') * 1000,
  )
}

// --- Test hook: one marked event on demand, so a test can time how fast it reaches the page ----
let emitted = 0
const emit = async (req, res) => {
  let chunks = ''
  for await (const chunk of req) chunks += chunk
  const body = chunks ? JSON.parse(chunks) : {}
  emitted += 1
  const event = {
    id: crypto.randomUUID(),
    type: 'user.logged_in',
    timestamp: new Date(),
    status: 'success',
    userId: `e2e-user-${emitted}`,
    ipAddress: typeof body.ipAddress === 'string' ? body.ipAddress : '192.0.2.10',
    userAgent: 'e2e-probe/1.0',
    metadata: { email: `e2e-${emitted}@example.com`, marker: `e2e-${emitted}` },
    source: 'app',
  }
  await store.insert([event])
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ id: event.id, timestamp: event.timestamp.toISOString() }))
}

// --- HTTP: the events API and the demo page on one origin ---------------------------------------
const events = createEventsHandler({
  store,
  basePath: '/api/studio',
  extensions: [...STUDIO_EXTENSIONS],
  geo: cachedGeoResolver(sampleGeoResolver),
  // The demo has no sign-in: every request is allowed, on purpose and only here.
  authorize: () => true,
})
// Like the library's toNodeListener, with the JSON answers compressed when the browser accepts it.
const api = (handler) => async (req, res) => {
  try {
    await writeCompressed(req, res, await handler(await toRequest(req)))
  } catch (error) {
    if (res.headersSent) return res.destroy(error)
    res.statusCode = error instanceof RangeError ? 413 : 500
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ error: res.statusCode === 413 ? 'Payload too large' : 'Internal error' }))
  }
}
const studioApi = api(events)
const pluginApi = api((request) => plugins.handle(request))
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname.startsWith('/api/studio/')) return studioApi(req, res)
  if (plugins.owns(url.pathname)) return pluginApi(req, res)
  if (args['allow-emit'] && url.pathname === '/__demo/emit' && req.method === 'POST') {
    return emit(req, res).catch((error) => res.writeHead(500).end(String(error?.message ?? error)))
  }
  if (url.pathname === '/healthz') {
    res.setHeader('content-type', 'application/json')
    return res.end(JSON.stringify({ ok: true, simulated }))
  }
  const file = path.join(pageDir, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname))
  if (!file.startsWith(pageDir)) return res.writeHead(403).end()
  if (await assets.serve(req, res, file)) return
  // Client-side routes fall back to the page.
  if (await assets.serve(req, res, path.join(pageDir, 'index.html'))) return
  res.setHeader('content-type', 'text/plain; charset=utf-8')
  res.end('Demo page not built: run npm start')
})
await warming
server.listen(Number(args.port), args.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : args.port
  console.log(`react-auth-events demo: http://${args.host === '0.0.0.0' ? 'localhost' : args.host}:${port}/`)
  log(
    fixedNow === undefined
      ? `events API at /api/studio, simulator ${rate} events/s, bursts of ${args.burst} every ${args['burst-every']} s`
      : `events API at /api/studio, clock fixed at ${new Date(fixedNow).toISOString()}, simulator off`,
  )
  log(`audit-log and infra plugin APIs at ${PLUGIN_BASE_PATH} (?adapter=audit-log, ?adapter=infra)`)
})
const stop = async () => {
  server.close()
  await store.close?.()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
