#!/usr/bin/env node
/**
 * Server at scale (issue 12 point 3): seeds 1,000,000 rows into Studio's table on PostgreSQL and
 * PGlite (and 10,000,000 on PostgreSQL with `--ten-million`) with `generate_series`, opens the
 * SQL store over the existing rows (its `initialize()` adds indexes, sequence and rollups), then
 * times every dashboard question through the real handler, prints the median per query, the
 * growth 1M → 10M and `EXPLAIN (ANALYZE, BUFFERS)` of every statement the store sent, and writes
 * them into BENCHMARKS.md (section "Server at scale").
 *
 *   node bench/server-scale.bench.mjs [--events 1000000] [--ten-million] [--runs 7]
 *     [--stores postgres,pglite] [--pg-url URL] [--print-only] [--section NAME] [--smoke] [--table NAME]
 *
 * `--smoke`: 20,000 rows, 2 runs, nothing written (CI). The tables are dropped before and after.
 */
import os from 'node:os'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadLibrary } from './lib/loadLibrary.mjs'
import { machineLines } from './lib/machine.mjs'
import { markdownTable, writeMarkedSection } from './lib/markdownSection.mjs'
import { RARE_USER, createStudioTableSql, seedEmail, seedInsert } from './lib/sqlSeed.mjs'
import { formatMs, timeOnce, timeRepeated } from './lib/stats.mjs'

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    'ten-million': { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
    stores: { type: 'string', default: 'postgres,pglite' },
    'pg-url': {
      type: 'string',
      default: process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test',
    },
    'print-only': { type: 'boolean', default: false },
    section: { type: 'string', default: 'bench:server-scale' },
    smoke: { type: 'boolean', default: false },
    table: { type: 'string' },
    // Keep each size's table (`<table>_<rows>`) after the run and reuse it when it already holds
    // exactly that many rows (the seed is then not timed again; initialize() still runs).
    keep: { type: 'boolean', default: false },
    // Seed (or find) the tables and stop, for a later `--keep` run.
    'seed-only': { type: 'boolean', default: false },
    // Render the report of an earlier run's saved results (node_modules/.cache/rae-bench-scale-*.json).
    'from-json': { type: 'string' },
  },
})
const BASE = args.smoke ? 20_000 : Number(args.events)
const RUNS = args.smoke ? 2 : Number(args.runs)
// The smoke run has its own table, so it can run beside a full run (and `--table` another).
const BASE_TABLE = args.table ?? (args.smoke ? 'bench_scale_smoke' : 'bench_scale_events')
let TABLE = BASE_TABLE
const NOW = new Date('2026-11-20T12:00:00Z')
const DAYS = 365
const PAGE = 50
const DEEP_PAGE = 20
/** A request slower than this (ms) in its warm-up is timed 3 times. */
const SLOW_MS = 1500
const root = fileURLToPath(new URL('..', import.meta.url))
const log = (line) => process.stderr.write(`${line}\n`)
const loadAtStart = os.loadavg()[0]
const started = performance.now()

const { server, api, origin } = await loadLibrary({
  root,
  fromDist: false,
  cacheName: `rae-bench-scale-${args.section.replace(/\W/g, '_')}${args.smoke ? '-smoke' : ''}`,
})
const cases = benchCases()
const plan = []
for (const kind of args.stores.split(',').map((s) => s.trim())) {
  if (kind === 'postgres') {
    plan.push({ kind, events: BASE })
    if (args['ten-million'] && !args.smoke) plan.push({ kind, events: 10 * BASE })
  } else if (kind === 'pglite') plan.push({ kind, events: BASE })
  else throw new Error(`unknown store "${kind}" (postgres, pglite)`)
}
const results = []
if (args['from-json']) results.push(...JSON.parse(readFileSync(args['from-json'], 'utf8')))
else for (const step of plan) results.push(await measure(step))

const seconds = Math.round((performance.now() - started) / 1000)
const body = report(results, seconds)
process.stdout.write(`${body}\n`)
if (!args['from-json'])
  writeFileSync(
    `${root}node_modules/.cache/rae-bench-scale-${args.section.replace(/\W/g, '_')}.json`,
    JSON.stringify(results, null, 1),
  )
if (!args['print-only'] && !args.smoke) {
  await writeMarkedSection({
    file: `${root}BENCHMARKS.md`,
    name: args.section,
    heading: '## Server at scale (1,000,000 and 10,000,000 rows)',
    body,
  })
  log('written to BENCHMARKS.md')
}

/** The dashboard's questions, as the client of an extended backend sends them. */
function benchCases() {
  const list = { limit: String(PAGE), sort: 'desc' }
  const tz = 'America/New_York'
  const untilDay = '2026-11-20'
  const sinceDay = new Date(Date.parse(`${untilDay}T12:00:00Z`) - (53 * 7 - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10)
  const window = { since: new Date(NOW.getTime() - 30 * 86_400_000).toISOString(), until: NOW.toISOString() }
  return [
    { label: 'list: first page (50, newest first)', path: '/api/events', params: list },
    { label: `list: page ${DEEP_PAGE} by cursor`, path: '/api/events', params: list, deepCursor: true },
    { label: 'count: all time', path: '/api/events/count', params: {} },
    { label: 'count: 30 days window', path: '/api/events/count', params: window },
    {
      label: `activity: 53 weeks, ${tz}`,
      path: '/api/events/activity',
      params: { since: sinceDay, until: untilDay, tz },
    },
    {
      label: 'list: search rare needle (one user’s email)',
      path: '/api/events',
      params: { ...list, q: seedEmail(RARE_USER) },
    },
    {
      label: 'list: search common needle (example.com)',
      path: '/api/events',
      params: { ...list, q: 'example.com' },
    },
    { label: 'list: status=failed', path: '/api/events', params: { ...list, status: 'failed' } },
    { label: 'list: severity=warning', path: '/api/events', params: { ...list, severity: 'warning' } },
    { label: 'type list (the store’s own query)', typeList: true },
  ]
}

async function measure({ kind, events }) {
  const name = kind === 'postgres' ? 'PostgreSQL' : 'PGlite (in memory)'
  TABLE = args.keep && kind === 'postgres' ? `${BASE_TABLE}_${events}` : BASE_TABLE
  log(`\n[${name} ${events.toLocaleString('en-US')}] seeding…`)
  let opened
  try {
    opened = kind === 'postgres' ? await openPostgres(events) : await openPglite(events)
  } catch (error) {
    log(`[${name}] unavailable: ${error.stack}`)
    return { name, events, unavailable: error.message }
  }
  const { store, client, close } = opened
  if (args['seed-only']) {
    await close()
    return { name, kind, events, seedMs: opened.seedMs, unavailable: 'seeded only' }
  }
  const captured = []
  let capturing = false
  const query = client.query.bind(client)
  client.query = (text, params) => {
    if (capturing) captured.push({ text, params })
    return query(text, params)
  }
  try {
    const handler = server.createEventsHandler({
      store,
      extensions: [...server.STUDIO_EXTENSIONS],
      authorize: () => true,
    })
    const rows = []
    for (const benchCase of cases) {
      let step
      let answer = ''
      if (benchCase.typeList) {
        const { rows: found } = await query(`SELECT to_regclass('${TABLE}_rollup_total') IS NOT NULL AS ok`)
        const sql = found[0].ok ? `SELECT DISTINCT type FROM ${TABLE}_rollup_total` : LOOSE_TYPES(TABLE)
        step = () => query(sql)
      } else {
        let params = benchCase.params
        if (benchCase.deepCursor) params = { ...params, cursor: await deepCursor(handler, params) }
        step = async () => (answer = await call(handler, benchCase.path, params))
      }
      const probe = await timeOnce(step)
      const slow = probe.ms > SLOW_MS
      const timing = await timeRepeated(step, { warmup: slow ? 0 : 1, runs: slow ? Math.min(3, RUNS) : RUNS })
      captured.length = 0
      capturing = true
      await step()
      capturing = false
      const statements = captured.filter(
        ({ text }) => /^\s*(SELECT|WITH)\b/i.test(text) && !/to_regclass|^\s*SELECT 1\s*$/.test(text),
      )
      const explains = []
      for (const statement of statements) {
        // The median of 5 runs (3 when slow): one run on a shared machine can be a wait for a
        // core (an aggregate of 1,300 rows "taking" 4 ms after its input was ready in 0.3 ms).
        const plans = []
        while (plans.length < (plans.length && executionMs(plans[0]) > 500 ? 3 : 5)) {
          const plan = await query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.params)
          plans.push(plan.rows.map((row) => row['QUERY PLAN']).join('\n'))
        }
        plans.sort((x, y) => executionMs(x) - executionMs(y))
        explains.push({
          sql: statement.text.replace(/\s+/g, ' ').trim(),
          plan: plans[Math.floor(plans.length / 2)],
          runs: plans.length,
        })
      }
      const summary = summarizeAnswer(answer)
      log(`[${name} ${events}] ${benchCase.label}: ${formatMs(timing.median)} ms ${summary}`)
      rows.push({ label: benchCase.label, timing, summary, explains })
    }
    return {
      name,
      kind,
      events,
      seedMs: opened.seedMs,
      initMs: opened.initMs,
      size: opened.size,
      version: opened.version,
      rows,
    }
  } catch (error) {
    log(`[${name}] failed: ${error.stack}`)
    return { name, events, unavailable: `failed while measuring: ${error.message}` }
  } finally {
    await close().catch((error) => log(`close: ${error.message}`))
  }
}

/** What an answer says, for the table: total (and whether it is a lower bound), days, events. */
function summarizeAnswer(text) {
  if (!text) return ''
  const body = JSON.parse(text)
  if (Array.isArray(body.days))
    return `${body.days.length} days, ${body.days.reduce((s, d) => s + d.total, 0).toLocaleString('en-US')} events`
  const parts = []
  if (Array.isArray(body.events)) parts.push(`${body.events.length} rows`)
  if (body.total !== undefined && body.total !== null)
    parts.push(`total ${body.total.toLocaleString('en-US')}`)
  // The older wire form (a capped total with a flag) is read too, for before/after runs.
  if (body.totalIsLowerBound) parts.push('(a lower bound)')
  if (body.totalMoreThan !== undefined)
    parts.push(`total null, more than ${body.totalMoreThan.toLocaleString('en-US')}`)
  else if (body.total === null) parts.push('total null')
  return parts.join(', ')
}

/** The loose index scan the store ran for its type list before the rollup. */
function LOOSE_TYPES(table) {
  return `WITH RECURSIVE t AS (SELECT min(type) AS type FROM ${table} UNION ALL
    SELECT (SELECT min(type) FROM ${table} WHERE type > t.type) FROM t WHERE t.type IS NOT NULL)
    SELECT type FROM t WHERE type IS NOT NULL`
}

async function seed(query, events) {
  await query(createStudioTableSql(TABLE))
  // The primary key is added after the rows (one sorted build instead of 10M random inserts into a
  // uuid B-tree); the table ends the same.
  await query(`ALTER TABLE ${TABLE} DROP CONSTRAINT ${TABLE}_pkey`)
  const chunk = 500_000
  for (let from = 1; from <= events; from += chunk) {
    const to = Math.min(events, from + chunk - 1)
    const { text, params } = seedInsert({ table: TABLE, from, to, total: events, now: NOW, days: DAYS, api })
    await query(text, params)
    if (events > chunk) log(`  seeded ${to.toLocaleString('en-US')}`)
  }
  await query(`ALTER TABLE ${TABLE} ADD PRIMARY KEY (id)`)
}

async function openPostgres(events) {
  const { default: pg } = await import('pg')
  // The store's own pool settings (jit off), plus room for the one-off index builds.
  const pool = new pg.Pool({
    connectionString: args['pg-url'],
    max: 5,
    connectionTimeoutMillis: 5000,
    options: '-c jit=off -c maintenance_work_mem=512MB',
  })
  pool.on('error', () => undefined)
  const drop = () => pool.query(`DROP TABLE IF EXISTS ${TABLE} CASCADE; ${dropRollups()}`)
  const { rows } = await pool.query("SELECT current_setting('server_version') AS v")
  let reused = false
  if (args.keep) {
    const { rows: found } = await pool.query(`SELECT to_regclass('${TABLE}') IS NOT NULL AS ok`)
    if (found[0].ok) {
      const { rows: counted } = await pool.query(`SELECT count(*)::int AS n FROM ${TABLE}`)
      reused = counted[0].n === events
    }
  }
  if (!reused) await drop()
  const seeded = reused
    ? { ms: null }
    : await timeOnce(() => seed((text, params) => pool.query(text, params), events))
  if (args['seed-only']) {
    log(`[PostgreSQL ${events}] ${reused ? 'reused' : `seeded in ${Math.round(seeded.ms)} ms`}`)
    return { seedMs: seeded.ms, close: () => pool.end() }
  }
  const store = await server.createPostgresStore({ pool, tableName: TABLE })
  const init = await timeOnce(() => store.initialize())
  await pool.query(`VACUUM ANALYZE ${TABLE}`)
  await analyzeRollups((text) => pool.query(text))
  return {
    store,
    client: store.client,
    seedMs: seeded.ms,
    initMs: init.ms,
    size: await tableSize((text, params) => pool.query(text, params)),
    version: `PostgreSQL ${rows[0].v}`,
    close: async () => {
      if (!args.keep) await drop()
      await store.close()
      await pool.end()
    },
  }
}

async function openPglite(events) {
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const db = await PGlite.create({ extensions: { pg_trgm } })
  const client = {
    query: async (text, params) => ({ rows: (await db.query(text, params)).rows }),
    close: () => db.close(),
  }
  const seeded = await timeOnce(() => seed(client.query, events))
  // What createPgliteStore builds, over a table that already holds the rows.
  const store = server.createSqlStore({ client, tableName: TABLE, createTable: 'initialize' })
  const init = await timeOnce(() => store.initialize())
  await db.query(`VACUUM ANALYZE ${TABLE}`)
  await analyzeRollups((text) => db.query(text))
  const { version } = JSON.parse(
    (await import('node:fs')).readFileSync(`${root}node_modules/@electric-sql/pglite/package.json`, 'utf8'),
  )
  return {
    store,
    client,
    seedMs: seeded.ms,
    initMs: init.ms,
    size: await tableSize(client.query),
    version: `PGlite ${version}`,
    close: () => db.close(),
  }
}

function dropRollups() {
  return ['rollup_hour', 'rollup_4h', 'rollup_day', 'rollup_total', 'sequence']
    .map((suffix) => `DROP TABLE IF EXISTS ${TABLE}_${suffix};`)
    .join(' ')
}

async function analyzeRollups(run) {
  for (const suffix of ['rollup_hour', 'rollup_4h', 'rollup_day', 'rollup_total']) {
    const { rows } = await run(`SELECT to_regclass('${TABLE}_${suffix}') IS NOT NULL AS ok`)
    if (rows[0].ok) await run(`VACUUM ANALYZE ${TABLE}_${suffix}`)
  }
}

async function tableSize(run) {
  const { rows } = await run(
    `SELECT pg_table_size($1::regclass) AS data, pg_indexes_size($1::regclass) AS indexes,
       COALESCE((SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
                 WHERE c.relkind = 'r' AND c.relname LIKE $2), 0) AS rollups`,
    [TABLE, `${TABLE}\\_rollup\\_%`],
  )
  const mib = (n) => `${(Number(n) / 1048576).toLocaleString('en-US', { maximumFractionDigits: 0 })} MiB`
  return `${mib(rows[0].data)} table + ${mib(rows[0].indexes)} indexes + ${mib(rows[0].rollups)} rollups`
}

async function call(handler, path, params) {
  const url = new URL(`http://bench/api/studio${path}`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  const response = await handler(new Request(url))
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`${url.pathname}${url.search} → ${response.status} ${text.slice(0, 300)}`)
  return text
}

async function deepCursor(handler, params) {
  let cursor
  for (let page = 1; page < DEEP_PAGE; page += 1) {
    cursor = JSON.parse(
      await call(handler, '/api/events', cursor ? { ...params, cursor } : params),
    ).nextCursor
    if (!cursor) throw new Error(`no nextCursor after page ${page}`)
  }
  return cursor
}

/** A plan's execution time (ms). */
function executionMs(plan) {
  return Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0)
}

/**
 * The database's own time for a query: the sum of its statements' EXPLAIN ANALYZE execution
 * times (each the median of its runs).
 */
function databaseMs(row) {
  return row.explains.reduce((sum, e) => sum + executionMs(e.plan), 0)
}

function report(measured, totalSeconds) {
  const ok = measured.filter((m) => !m.unavailable)
  const label = (m) => `${m.name} ${(m.events / 1e6).toLocaleString('en-US')}M`
  const storeTable = markdownTable(
    ['store', 'engine', 'seed in SQL (ms)', 'initialize() over the rows (ms)', 'size'],
    ok.map((m) => [
      label(m),
      m.version,
      m.seedMs === null ? 'reused (--keep)' : formatMs(m.seedMs),
      formatMs(m.initMs),
      m.size,
    ]),
    ['l', 'l', 'r', 'r', 'l'],
  )
  const pg = ok.filter((m) => m.kind === 'postgres')
  const growth = pg.length === 2 ? pg : undefined
  const header = ['query (through the handler)', ...ok.map((m) => `${label(m)} median (ms)`)]
  if (growth) header.push('growth 1M → 10M', 'database time 1M → 10M (ms, EXPLAIN ANALYZE)', 'its growth')
  const rows = cases.map((c, i) => {
    const cells = ok.map(
      (m) => `${formatMs(m.rows[i].timing.median)}${m.rows[i].timing.runs < RUNS ? ' †' : ''}`,
    )
    if (growth) {
      const [small, large] = growth.map((m) => databaseMs(m.rows[i]))
      cells.push(
        `${(growth[1].rows[i].timing.median / growth[0].rows[i].timing.median).toFixed(2)}×`,
        `${formatMs(small)} → ${formatMs(large)}`,
        small > 0 ? `${(large / small).toFixed(2)}×` : '–',
      )
    }
    return [c.label, ...cells]
  })
  const answers = markdownTable(
    ['query', ...ok.map(label)],
    cases.map((c, i) => [c.label, ...ok.map((m) => m.rows[i].summary || '–')]),
  )
  const explainStores = [pg.at(-1), ok.find((m) => m.kind === 'pglite')].filter(Boolean)
  const explains = explainStores.flatMap((m) => [
    '',
    `<details><summary>EXPLAIN (ANALYZE, BUFFERS) on ${label(m)}: every statement the store sent</summary>`,
    '',
    ...m.rows.flatMap((row) => [
      `**${row.label}**`,
      '',
      ...row.explains.flatMap((e) => ['```', e.sql.slice(0, 1200), '', e.plan, '```', '']),
    ]),
    '</details>',
  ])
  const problems = measured
    .filter((m) => m.unavailable)
    .map((m) => `- **${m.name} ${m.events}: unavailable** — ${m.unavailable}`)
  return [
    ...(args['from-json']
      ? [
          `- Rendered again (\`--from-json\`) from the results of the run that ended ${statSync(args['from-json']).mtime.toISOString()} (its load average was 14–18, see the text above)`,
        ]
      : machineLines(root, loadAtStart)),
    `- Rows: seeded in SQL (\`bench/lib/sqlSeed.mjs\`), a year before ${NOW.toISOString()}, 36 Studio types, ~20 events per user; code: ${origin}; each query 1 warm-up then ${RUNS} timed runs (†: slower than ${SLOW_MS} ms, 3 runs), each of its statements then 5 times under EXPLAIN ANALYZE (3 when over 500 ms), the median shown${args['from-json'] ? '' : `; whole run ${totalSeconds} s`}`,
    ...problems,
    '',
    storeTable,
    '',
    markdownTable(header, rows, ['l', ...header.slice(1).map(() => 'r')]),
    '',
    'What each answer said:',
    '',
    answers,
    ...explains,
  ].join('\n')
}
