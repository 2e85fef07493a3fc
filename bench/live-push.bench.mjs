#!/usr/bin/env node
/**
 * Live push against polling on our own server (issue 12 point 5), measured in the same run over
 * two identical reference servers (`node:http`, memory store, the same generated history):
 *
 * - idle bytes per minute: one client kept live with push (one Server-Sent Events connection:
 *   heartbeats only, every 15 s, the default) and one polling every 2 s the way `useEventStream`
 *   polls a `sequence` backend (`GET /api/events?afterSeq=…&limit=200`). Bytes are counted on the
 *   sockets, both directions, HTTP headers and chunk framing included; the status request made
 *   once at the start is outside the window.
 * - latency from write to the client: the same event is written into both stores at once, at a
 *   random moment of the poll cycle; the time until the client has it (push: the frame read;
 *   polling: the poll's answer read). `useEventStream` hands it to `onEvents` synchronously from
 *   there, so this is write → `onEvents` without React's render.
 *
 *   node bench/live-push.bench.mjs            one idle minute, 20 latency samples (about 2 minutes)
 *   node bench/live-push.bench.mjs --smoke    5 idle seconds, 3 samples (figures not written)
 *   node bench/live-push.bench.mjs --write    also replaces the "live-push" block of BENCHMARKS.md
 */
import http from 'node:http'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadLibrary } from './lib/loadLibrary.mjs'
import { machineLines } from './lib/machine.mjs'
import { finishBench } from './lib/finishBench.mjs'
import { markdownTable } from './lib/markdownSection.mjs'
import { formatMs, summarize } from './lib/stats.mjs'

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'idle-seconds': { type: 'string' },
    samples: { type: 'string' },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))
const loadAtStart = os.loadavg()[0]
const log = (line) => process.stderr.write(`${line}\n`)
const IDLE_MS = Number(args['idle-seconds'] ?? (args.smoke ? 5 : 60)) * 1000
const SAMPLES = Number(args.samples ?? (args.smoke ? 3 : 20))
const POLL_MS = 2000
const HEARTBEAT_MS = 15_000
const { server: lib, api } = await loadLibrary({
  root,
  fromDist: false,
  cacheName: 'react-auth-events-live-push',
})
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const history = lib
  .generateEvents({ seed: 42, days: 14, eventsPerDay: 150, now: new Date('2026-11-20T12:00:00Z') })
  .map(lib.fromWireEvent)

/** One reference server with push on, counting every byte of its sockets. */
async function startServer() {
  const store = lib.createMemoryStore({ events: history })
  const shutdown = new AbortController()
  const handler = lib.createEventsHandler({
    store,
    authorize: () => true,
    extensions: ['filters', 'cursor', 'activity', 'counts-window', 'geo-batch', 'sequence', 'push'],
    push: { heartbeatMs: HEARTBEAT_MS },
    signal: shutdown.signal,
  })
  const sockets = new Set()
  const httpServer = http.createServer(lib.toNodeListener(handler))
  httpServer.on('connection', (socket) => sockets.add(socket))
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  const { port } = httpServer.address()
  const bytes = () => {
    let total = 0
    for (const socket of sockets) total += socket.bytesRead + socket.bytesWritten
    return total
  }
  const requests = { count: 0 }
  httpServer.on('request', () => (requests.count += 1))
  return {
    store,
    url: `http://127.0.0.1:${port}`,
    bytes,
    requests,
    async stop() {
      shutdown.abort()
      httpServer.closeAllConnections()
      await new Promise((resolve) => httpServer.close(resolve))
    },
  }
}

/** A client kept live by push; `arrived(id)` resolves when a frame carried that id. */
async function pushClient(server) {
  const client = api.createEventsClient({ baseUrl: server.url })
  const head = (await client.listEvents({ limit: 1 })).headSeq
  const stop = new AbortController()
  const waiting = new Map()
  const messages = await client.streamEvents({ afterSeq: head, signal: stop.signal })
  const done = (async () => {
    try {
      for await (const message of messages) {
        if (message.type !== 'events') continue
        const at = performance.now()
        for (const event of message.events) waiting.get(event.id)?.(at)
      }
    } catch (error) {
      if (!stop.signal.aborted) throw error
    }
  })()
  return {
    arrived: (id) => new Promise((resolve) => waiting.set(id, resolve)),
    async close() {
      stop.abort()
      await done
    },
  }
}

/** A client polling every 2 s after the last seq, as `useEventStream` polls a `sequence` backend. */
async function pollClient(server) {
  const client = api.createEventsClient({ baseUrl: server.url })
  let afterSeq = (await client.listEvents({ limit: 1 })).headSeq
  const waiting = new Map()
  let timer
  let stopped = false
  const poll = async () => {
    const started = performance.now()
    for (;;) {
      const page = await client.listEvents({ afterSeq, limit: 200 })
      const at = performance.now()
      for (const event of page.events) waiting.get(event.id)?.(at)
      afterSeq = page.lastSeq ?? afterSeq
      if (!page.hasMore) break
    }
    // Polls START 2 s apart, like the stream controller's.
    if (!stopped) timer = setTimeout(poll, Math.max(POLL_MS / 4, POLL_MS - (performance.now() - started)))
  }
  timer = setTimeout(poll, POLL_MS)
  return {
    arrived: (id) => new Promise((resolve) => waiting.set(id, resolve)),
    async close() {
      stopped = true
      clearTimeout(timer)
    },
  }
}

function marked(n) {
  return lib.fromWireEvent({
    id: `bench-push-${n}-${Math.random().toString(36).slice(2)}`,
    type: 'user.logged_in',
    timestamp: new Date().toISOString(),
    status: 'success',
    source: 'app',
    metadata: { email: `bench${n}@example.com` },
  })
}

const pushServer = await startServer()
const pollServer = await startServer()
const pushed = await pushClient(pushServer)
const polled = await pollClient(pollServer)
await sleep(500)

log(`idle: ${IDLE_MS / 1000} s, both clients live…`)
const startBytes = { push: pushServer.bytes(), poll: pollServer.bytes() }
const startRequests = { push: pushServer.requests.count, poll: pollServer.requests.count }
await sleep(IDLE_MS)
const perMinute = (value) => Math.round((value * 60_000) / IDLE_MS)
const idle = {
  push: perMinute(pushServer.bytes() - startBytes.push),
  poll: perMinute(pollServer.bytes() - startBytes.poll),
  pushRequests: perMinute(pushServer.requests.count - startRequests.push),
  pollRequests: perMinute(pollServer.requests.count - startRequests.poll),
}

log(`latency: ${SAMPLES} writes at random moments of the poll cycle…`)
const latency = { push: [], poll: [] }
for (let i = 0; i < SAMPLES; i++) {
  await sleep(300 + Math.random() * POLL_MS)
  const event = marked(i)
  const arrivals = [pushed.arrived(event.id), polled.arrived(event.id)]
  const written = performance.now()
  await Promise.all([pushServer.store.insert([event]), pollServer.store.insert([event])])
  const [pushAt, pollAt] = await Promise.all(arrivals)
  latency.push.push(pushAt - written)
  latency.poll.push(pollAt - written)
}
await pushed.close()
await polled.close()
await pushServer.stop()
await pollServer.stop()

const push = summarize(latency.push)
const poll = summarize(latency.poll)
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : '–')
const table = markdownTable(
  ['measure', 'push (SSE)', 'polling every 2 s', 'polling ÷ push'],
  [
    [
      `idle bytes per minute (sockets, both ways, headers included; heartbeat every ${HEARTBEAT_MS / 1000} s)`,
      idle.push.toLocaleString('en-US'),
      idle.poll.toLocaleString('en-US'),
      ratio(idle.poll, idle.push),
    ],
    ['idle requests per minute', String(idle.pushRequests), String(idle.pollRequests), '–'],
    [
      `write → client has the event, median (n = ${SAMPLES}), ms`,
      formatMs(push.median),
      formatMs(poll.median),
      ratio(poll.median, push.median),
    ],
    [
      '… p95 / max, ms',
      `${formatMs(push.p95)} / ${formatMs(push.max)}`,
      `${formatMs(poll.p95)} / ${formatMs(poll.max)}`,
      '–',
    ],
  ],
  ['l', 'r', 'r', 'r'],
)
const body = [
  ...machineLines(root, loadAtStart),
  `- Library: src/ compiled by tsdown (JS only); two reference servers on \`node:http\` (memory store, the same generated history (seed 42, 14 days, about 2,000 events), every extension with \`push\`), one client each`,
  `- Idle window ${IDLE_MS / 1000} s, scaled to a minute; latency: ${SAMPLES} events, each written into both stores at once at a random moment of the 2 s cycle`,
  '',
  table,
].join('\n')
console.log(body)
await finishBench({
  args,
  root,
  name: 'live-push',
  heading: '## Live push against polling on our own server (issue 12 point 5)',
  script: 'live-push.bench.mjs',
  body,
  // Five seconds hold no heartbeat: push idles at (close to) nothing.
  smokeOk: idle.push < idle.poll && push.median < poll.median,
  smokeProblem: 'push should cost fewer idle bytes and arrive sooner than polling',
})
