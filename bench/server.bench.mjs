#!/usr/bin/env node
/**
 * Server benchmark (issue 6): seeds 100,000 generated events into each store (memory, PGlite in
 * memory, PostgreSQL), then times the list, counts and activity requests through the real
 * handler (`createEventsHandler` with every extension), and writes the results into
 * BENCHMARKS.md (section "Server"). See BENCHMARKS.md for what is measured and how.
 *
 *   node bench/server.bench.mjs [--events 100000] [--runs 20] [--warmup 3]
 *     [--stores memory,pglite,postgres] [--pg-url URL] [--dist] [--print-only]
 *
 * PostgreSQL: `bash scripts/ensure-services.sh` starts the local server; the URL comes from
 * `--pg-url`, else `AE_PG_URL`, else the test database's. An unreachable server is reported as
 * unavailable. The table `bench_auth_events` is dropped before and after.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadLibrary } from './lib/loadLibrary.mjs'
import { machineLines } from './lib/machine.mjs'
import { markdownTable, writeMarkedSection } from './lib/markdownSection.mjs'
import { DEEP_PAGE, PAGE_SIZE, matchCount, serverCases } from './lib/serverCases.mjs'
import { openMemoryStore, openPgliteStore, openPostgresStore } from './lib/serverStores.mjs'
import { formatMs, timeOnce, timeRepeated } from './lib/stats.mjs'

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    stores: { type: 'string', default: 'memory,pglite,postgres' },
    'pg-url': {
      type: 'string',
      default: process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test',
    },
    dist: { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
  },
})
const EVENTS = positive(args.events, 'events')
if (EVENTS <= DEEP_PAGE * PAGE_SIZE)
  throw new Error(`--events must exceed ${DEEP_PAGE * PAGE_SIZE} (page ${DEEP_PAGE})`)
const RUNS = positive(args.runs, 'runs')
// The first warm-up reads the match count, the second decides whether the request is slow.
const WARMUP = Math.max(2, positive(args.warmup, 'warmup'))
// A fixed history: the same events, ids included, on every run and every machine.
const SEED = 42
const NOW = new Date('2026-11-20T12:00:00Z')
const DAYS = 365
const CATEGORY = 'password'
/** A request whose second warm-up is slower than this (ms) gets {@link SLOW_RUNS} timed runs only. */
const SLOW_MS = 300
const SLOW_RUNS = 5
const root = fileURLToPath(new URL('..', import.meta.url))
const log = (line) => process.stderr.write(`${line}\n`)
const started = performance.now()
const loadAtStart = os.loadavg()[0]

const { server, api, origin } = await loadLibrary({ root, fromDist: args.dist })
// The generator lands about 2–3 % under its nominal rate; ask for a little more and keep the newest.
const eventsPerDay = Math.ceil(EVENTS / DAYS / 0.96)
const generated = await timeOnce(async () =>
  server.generateEvents({ seed: SEED, now: NOW, days: DAYS, eventsPerDay }).slice(0, EVENTS),
)
const wire = generated.value
if (wire.length < EVENTS) log(`note: the generator gave ${wire.length} events, fewer than ${EVENTS}`)
const oldest = wire.at(-1)?.timestamp.slice(0, 10)
log(
  `generated ${wire.length} events (${oldest} … ${NOW.toISOString().slice(0, 10)}) in ${formatMs(generated.ms)} ms`,
)

const cases = serverCases({
  now: NOW,
  category: CATEGORY,
  categoryTypes: api.typesForCategories([CATEGORY], 'studio'),
})
const openers = {
  memory: () => openMemoryStore(server, wire),
  pglite: () => openPgliteStore(server, wire),
  postgres: () => openPostgresStore(server, wire, args['pg-url']),
}
const results = []
for (const kind of args.stores.split(',').map((s) => s.trim())) {
  if (!openers[kind]) throw new Error(`unknown store "${kind}" (memory, pglite, postgres)`)
  results.push(await measureStore(kind, openers[kind]))
}

const totalSeconds = Math.round((performance.now() - started) / 1000)
const body = report(results, totalSeconds)
process.stdout.write(`${body}\n`)
if (!args['print-only']) {
  const heading = `## Server (${wire.length.toLocaleString('en-US')} events)`
  await writeMarkedSection({ file: `${root}BENCHMARKS.md`, name: 'bench:server', heading, body })
  log('written to BENCHMARKS.md')
}

/** Opens, seeds and times one store; a store that fails is reported, not fatal. */
async function measureStore(kind, open) {
  log(`\n[${kind}] seeding…`)
  let opened
  try {
    opened = await open()
  } catch (error) {
    log(`[${kind}] failed: ${error.stack}`)
    return { name: kind, unavailable: error.message }
  }
  if (opened.unavailable) {
    log(`[${opened.name}] unavailable: ${opened.unavailable}`)
    return opened
  }
  log(`[${opened.name}] seeded in ${formatMs(opened.seedMs)} ms, ${opened.size}`)
  try {
    const handler = server.createEventsHandler({
      store: opened.store,
      extensions: [...server.STUDIO_EXTENSIONS],
      authorize: () => true,
    })
    const rows = []
    const warnings = []
    for (const benchCase of cases) {
      let params = benchCase.params ?? {}
      if (benchCase.deepCursor) {
        const { cursor, agrees } = await deepCursor(handler, benchCase)
        params = { ...params, cursor }
        if (!agrees) warnings.push(`page ${DEEP_PAGE} by cursor differs from page ${DEEP_PAGE} by offset`)
      }
      const matches = matchCount(benchCase.kind, JSON.parse(await call(handler, benchCase.path, params)))
      // The second warm-up decides: a request that takes seconds is timed fewer times, to keep
      // the whole run to a few minutes.
      const probe = await timeOnce(() => call(handler, benchCase.path, params))
      const slow = probe.ms > SLOW_MS
      const timing = await timeRepeated(() => call(handler, benchCase.path, params), {
        warmup: slow ? 0 : WARMUP - 2,
        runs: slow ? SLOW_RUNS : RUNS,
      })
      log(`[${opened.name}] ${benchCase.label}: ${formatMs(timing.median)} / ${formatMs(timing.p95)} ms`)
      rows.push({ matches, timing })
    }
    const { name, version, seedMs, size } = opened
    return { name, version, seedMs, size, rows, warnings }
  } catch (error) {
    log(`[${opened.name}] failed: ${error.stack}`)
    return { name: opened.name, unavailable: `failed while measuring: ${error.message}` }
  } finally {
    await opened.close()
  }
}

/** One request through the handler; the answer's text (a non-200 fails the benchmark). */
async function call(handler, path, params) {
  const url = new URL(`http://bench/api/studio${path}`)
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  const response = await handler(new Request(url))
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`${url.pathname}${url.search} → ${response.status} ${text.slice(0, 300)}`)
  return text
}

/**
 * The cursor of page {@link DEEP_PAGE}, found by paging from the first page as a client does, and
 * whether that page is the one `offset` gives (keyset and offset paging must agree).
 */
async function deepCursor(handler, benchCase) {
  let cursor
  for (let page = 1; page < DEEP_PAGE; page += 1) {
    const params = cursor ? { ...benchCase.params, cursor } : benchCase.params
    cursor = JSON.parse(await call(handler, benchCase.path, params)).nextCursor
    if (!cursor) throw new Error(`no nextCursor after page ${page}`)
  }
  const ids = async (params) =>
    JSON.parse(await call(handler, benchCase.path, params))
      .events.map((event) => event.id)
      .join()
  const offset = String((DEEP_PAGE - 1) * PAGE_SIZE)
  const agrees = (await ids({ ...benchCase.params, cursor })) === (await ids({ ...benchCase.params, offset }))
  return { cursor, agrees }
}

/** The markdown written to BENCHMARKS.md and printed. */
function report(stores, seconds) {
  const measured = stores.filter((store) => !store.unavailable)
  const storeTable = markdownTable(
    ['store', 'engine', `seed ${wire.length.toLocaleString('en-US')} events (ms)`, 'data size'],
    measured.map((store) => [store.name, store.version, formatMs(store.seedMs), store.size]),
    ['l', 'l', 'r', 'l'],
  )
  const requestRows = cases.map((benchCase, i) => {
    const counts = measured.map((store) => store.rows[i].matches)
    const agreed = counts.every((count) => count === counts[0])
    const matches = agreed
      ? String(counts[0]?.toLocaleString('en-US') ?? '–')
      : `${counts.join(' / ')} (differ!)`
    const cells = measured.map((store) => {
      const { median, p95, runs } = store.rows[i].timing
      return `${formatMs(median)} / ${formatMs(p95)}${runs < RUNS ? ' †' : ''}`
    })
    return [benchCase.label, matches, ...cells]
  })
  const requestTable = markdownTable(
    [
      'request (through the handler)',
      'matches',
      ...measured.map((store) => `${store.name} median / p95 (ms)`),
    ],
    requestRows,
    ['l', 'r', ...measured.map(() => 'r')],
  )
  const problems = stores.flatMap((store) =>
    store.unavailable
      ? [`- **${store.name}: unavailable** — ${store.unavailable}`]
      : store.warnings.map((warning) => `- **${store.name}: ${warning}**`),
  )
  return [
    ...machineLines(root, loadAtStart),
    `- Events: ${wire.length.toLocaleString('en-US')} from \`generateEvents({ seed: ${SEED}, now: ${NOW.toISOString()}, days: ${DAYS}, eventsPerDay: ${eventsPerDay} })\`, newest kept, ${oldest} … ${NOW.toISOString().slice(0, 10)} (generated in ${formatMs(generated.ms)} ms)`,
    `- Code: ${origin}; each request ${WARMUP} warm-ups then ${RUNS} timed runs, one at a time (†: the second warm-up took over ${SLOW_MS} ms, so ${SLOW_RUNS} timed runs, p95 = slowest); whole run ${seconds} s`,
    ...problems,
    '',
    storeTable,
    '',
    requestTable,
  ].join('\n')
}

function positive(text, name) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got "${text}"`)
  return value
}
