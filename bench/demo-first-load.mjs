#!/usr/bin/env node
/**
 * First load of the `npm start` demo in Debian's headless Chromium: time to the first event row,
 * bytes of JavaScript served (on the wire and decoded), and the order in which the page's
 * requests start and finish. Starts the demo server itself (scripts/demo-server.mjs of `--root`,
 * on a free port, its own PGlite folder so a running `npm start` is left alone), loads the page
 * once untimed (PGlite's first queries, the OS file cache), then `--runs` times, each in a fresh
 * browser context (cold HTTP cache), and prints medians.
 *
 *   node bench/demo-first-load.mjs [--runs 5] [--throttle 10:40] [--root DIR] [--data-dir DIR]
 *     [--query "adapter=infra"] [--server-arg=--rate --server-arg=0] [--json]
 *
 * Needs the built library and page (`npm start` builds both once: dist/ and demo/dist/).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { spawnDemoServer } from '../demo/server/spawnDemoServer.mjs'
import { launchChromium } from './lib/chromium.mjs'
import { summarize } from './lib/stats.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    root: { type: 'string', default: repo },
    'data-dir': { type: 'string', default: path.join(repo, '.demo-data', 'bench-first-load') },
    query: { type: 'string', default: '' },
    'server-arg': { type: 'string', multiple: true, default: [] },
    // "MBITS:RTT_MS", e.g. 10:40 for a 10 Mbit/s link with 40 ms round trips (Chromium's own
    // throttling, applied to the bytes on the wire), so compression shows in the time too.
    throttle: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(args.runs) || 5)
const root = path.resolve(args.root)
const throttle = args.throttle ? parseThrottle(args.throttle) : undefined
function parseThrottle(text) {
  const [mbits, rtt] = text.split(':').map(Number)
  if (!(mbits > 0) || !(rtt >= 0)) throw new Error('--throttle is MBITS:RTT_MS, e.g. 10:40')
  const bytesPerSecond = (mbits * 1e6) / 8
  return {
    offline: false,
    latency: rtt,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  }
}

// Records, in the page, when the first event row enters the DOM (ms since navigation start).
const FIRST_ROW_PROBE = () => {
  const seen = () => document.querySelector('[role="row"][data-event-id]')
  new MutationObserver((_, observer) => {
    if (!seen()) return
    window.__firstRowAt = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/** What kind of request a resource URL is, for the order table. */
function label(url) {
  const { pathname, searchParams } = new URL(url)
  if (pathname.endsWith('.js')) return `js ${path.basename(pathname)}`
  if (pathname.endsWith('.css')) return `css ${path.basename(pathname)}`
  const api = /\/api\/events(\/[a-z-]+)?$/.exec(pathname)
  if (api) {
    const route = api[1] ?? ' list'
    if (route === ' list') {
      const limit = searchParams.get('limit') ?? '?'
      return `list limit=${limit}${searchParams.get('cursor') ? ' (next page)' : ''}${searchParams.get('since') ? ' since' : ''}`
    }
    return route.slice(1)
  }
  return pathname
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    if (throttle) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.emulateNetworkConditions', throttle)
    }
    await page.addInitScript(FIRST_ROW_PROBE)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => window.__firstRowAt !== undefined, null, { timeout: 60_000 })
    // Let the slower aggregates finish so the order table is complete (activity can take seconds).
    await page
      .waitForFunction(
        () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/activity')),
        null,
        { timeout: 30_000 },
      )
      .catch(() => undefined)
    return await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0]
      const resources = performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name,
        start: entry.startTime,
        end: entry.responseEnd,
        encoded: entry.encodedBodySize,
        decoded: entry.decodedBodySize,
      }))
      return {
        firstRowAt: window.__firstRowAt,
        document: { encoded: navigation.encodedBodySize, decoded: navigation.decodedBodySize },
        resources,
      }
    })
  } finally {
    await context.close()
  }
}

const { child, url: base } = await spawnDemoServer({
  root,
  args: ['--data-dir', path.resolve(args['data-dir']), ...args['server-arg']],
})
const url = args.query ? `${base}?${args.query}` : base
const browser = await launchChromium({
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const samples = []
try {
  await loadOnce(browser, url)
  for (let i = 0; i < runs; i += 1) samples.push(await loadOnce(browser, url))
} finally {
  await browser.close()
  child.kill('SIGTERM')
}

const median = (values) => summarize(values).median
const scripts = (sample) => sample.resources.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
const firstOf = (sample, name) => sample.resources.find((entry) => label(entry.name).startsWith(name))
// The first list page: the largest list request without a cursor (a live probe asks for a few rows).
const firstPage = (sample) =>
  sample.resources
    .filter((entry) => /^list limit=\d+$/.test(label(entry.name)))
    .sort((a, b) => Number(label(b.name).slice(11)) - Number(label(a.name).slice(11)))[0]
const summary = {
  url,
  runs,
  throttle: args.throttle ?? null,
  firstRowMs: summarize(samples.map((s) => s.firstRowAt)),
  jsFiles: median(samples.map((s) => scripts(s).length)),
  jsEncodedBytes: median(samples.map((s) => scripts(s).reduce((sum, e) => sum + e.encoded, 0))),
  jsDecodedBytes: median(samples.map((s) => scripts(s).reduce((sum, e) => sum + e.decoded, 0))),
  documentEncodedBytes: median(samples.map((s) => s.document.encoded)),
  listEndMs: median(samples.map((s) => firstPage(s)?.end ?? Number.NaN)),
  activityEndMs: median(samples.map((s) => firstOf(s, 'activity')?.end ?? Number.NaN)),
  // The last run's requests, in the order they started.
  order: samples
    .at(-1)
    .resources.filter((entry) => !label(entry.name).startsWith('/'))
    .sort((a, b) => a.start - b.start)
    .map((entry) => ({
      request: label(entry.name),
      startMs: Math.round(entry.start),
      endMs: Math.round(entry.end),
      encoded: entry.encoded,
      decoded: entry.decoded,
    })),
}

if (args.json) {
  console.log(JSON.stringify(summary, null, 2))
} else {
  const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—')
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
  const link = args.throttle ? `, throttled to ${args.throttle.replace(':', ' Mbit/s, RTT ')} ms` : ''
  console.log(`Demo first load: ${url}, ${runs} runs (medians; cold HTTP cache each run${link})`)
  console.log(
    `  first row      ${ms(summary.firstRowMs.median)} (min ${ms(summary.firstRowMs.min)}, max ${ms(summary.firstRowMs.max)})`,
  )
  console.log(
    `  JavaScript     ${summary.jsFiles} files, ${kb(summary.jsEncodedBytes)} on the wire, ${kb(summary.jsDecodedBytes)} decoded`,
  )
  console.log(`  list answered  ${ms(summary.listEndMs)}, activity answered ${ms(summary.activityEndMs)}`)
  console.log('  requests of the last run, by start:')
  for (const row of summary.order) {
    console.log(
      `    ${row.request.padEnd(36)} ${String(row.startMs).padStart(6)} → ${String(row.endMs).padStart(6)} ms  ${kb(row.encoded).padStart(9)} (${kb(row.decoded)})`,
    )
  }
}
