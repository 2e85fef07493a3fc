#!/usr/bin/env node
/**
 * Push against polling, to the screen (issue 12 point 5): the whole dashboard twice in Debian's
 * Chromium (headless, playwright-core), one page over a reference server that advertises push
 * (Server-Sent Events), one over the same store without it (polling every 2 s, the default), in
 * the same run. Prints the idle response bytes per minute of each page (heartbeats only for push)
 * and the latency from a write into the store to its row on each screen.
 *
 *   node bench/push-screen.bench.mjs [--samples 20] [--idle-seconds 60] [--write] [--smoke]
 *
 * `--write` replaces the "push-screen" block of BENCHMARKS.md; `--smoke` (CI): 3 samples and
 * 5 idle seconds, figures not written, fails unless push reaches the screen sooner than polling.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadLibrary } from './lib/loadLibrary.mjs'
import { machineLines } from './lib/machine.mjs'
import { finishBench } from './lib/finishBench.mjs'
import { markdownTable } from './lib/markdownSection.mjs'
import { startPageServer } from './lib/pageServer.mjs'
import { launchChromium } from './lib/chromium.mjs'
import { formatMs, summarize } from './lib/stats.mjs'

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string' },
    'idle-seconds': { type: 'string' },
    write: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
})
const SAMPLES = Number(args.samples ?? (args.smoke ? 3 : 20))
const IDLE_MS = Number(args['idle-seconds'] ?? (args.smoke ? 5 : 60)) * 1000
const POLL_MS = 2000
const root = fileURLToPath(new URL('..', import.meta.url))
const log = (line) => process.stderr.write(`${line}\n`)
const loadAtStart = os.loadavg()[0]

const { server } = await loadLibrary({ root, fromDist: false })
const history = server.generateEvents({ seed: 42, now: new Date(), days: 7, eventsPerDay: 200 })
const store = server.createMemoryStore({ events: history.map(server.fromWireEvent) })
const sites = {
  push: await startPageServer({ root, server, store, push: true }),
  poll: await startPageServer({ root, server, store }),
}
const browser = await launchChromium()
const results = {}
try {
  const pages = {}
  for (const [name, site] of Object.entries(sites)) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    // When each row first appears (wall clock, comparable with this process's Date.now()).
    await context.addInitScript(() => {
      const w = /** @type {any} */ (window)
      w.__aeShown = {}
      new MutationObserver(() => {
        const at = performance.timeOrigin + performance.now()
        for (const row of document.querySelectorAll('[data-event-id]')) {
          const id = row.getAttribute('data-event-id')
          if (id && !(id in w.__aeShown)) w.__aeShown[id] = at
        }
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await context.newPage()
    await page.goto(site.url)
    await page.waitForSelector('[data-event-id]', { timeout: 60_000 })
    pages[name] = page
  }
  // Let both settle: the push page opens its stream after the first answers.
  await new Promise((resolve) => setTimeout(resolve, 3000))

  log(`push-screen: idle for ${IDLE_MS / 1000} s`)
  const before = { push: sites.push.apiBytes(), poll: sites.poll.apiBytes() }
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
  const perMinute = (name) => Math.round(((sites[name].apiBytes() - before[name]) * 60_000) / IDLE_MS)
  results.idle = { push: perMinute('push'), poll: perMinute('poll') }

  log(`push-screen: ${SAMPLES} writes`)
  const latency = { push: [], poll: [] }
  const template = history[0]
  for (let i = 0; i < SAMPLES; i += 1) {
    // A random moment of the poll cycle.
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * POLL_MS))
    const id = `bench-push-screen-${i}`
    const writtenAt = Date.now()
    await store.insert([
      server.fromWireEvent({ ...template, id, timestamp: new Date(writtenAt).toISOString() }),
    ])
    for (const [name, page] of Object.entries(pages)) {
      const shownAt = await page
        .waitForFunction((eventId) => /** @type {any} */ (window).__aeShown[eventId], id, {
          timeout: 15_000,
          polling: 20,
        })
        .then((handle) => handle.jsonValue())
        .catch(() => undefined)
      if (shownAt !== undefined) latency[name].push(shownAt - writtenAt)
    }
  }
  results.latency = latency
} finally {
  await browser.close()
  await Promise.all(Object.values(sites).map((site) => site.close()))
}

const summary = (values) => (values.length ? { ...summarize(values), n: values.length } : undefined)
const push = summary(results.latency.push)
const poll = summary(results.latency.poll)
const ms = (value) => (value === undefined ? '–' : formatMs(value))
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×` : '–')
const table = markdownTable(
  ['measure', 'push (SSE)', `polling every ${POLL_MS / 1000} s`, 'polling ÷ push'],
  [
    [
      'idle response bytes per minute, the whole page (push: heartbeats only)',
      results.idle.push.toLocaleString('en-US'),
      results.idle.poll.toLocaleString('en-US'),
      ratio(results.idle.poll, results.idle.push),
    ],
    [
      `write → row on screen, median (n = ${push?.n ?? 0} / ${poll?.n ?? 0}), ms`,
      ms(push?.median),
      ms(poll?.median),
      ratio(poll?.median, push?.median),
    ],
    ['… p95 / max, ms', `${ms(push?.p95)} / ${ms(push?.max)}`, `${ms(poll?.p95)} / ${ms(poll?.max)}`, '–'],
  ],
  ['l', 'r', 'r', 'r'],
)
const body = [
  ...machineLines(root, loadAtStart),
  `- Page: the whole dashboard (\`bench/page/main.tsx\`, production React) in Debian's headless Chromium, two pages at once over two reference servers on \`node:http\` sharing one memory store (seed 42, 7 days × 200 events), one advertising \`push\`; ${SAMPLES} events written into the store at random moments of the 2 s cycle, each timed until its row is in the DOM of each page (a MutationObserver); idle bytes: API response bodies over ${IDLE_MS / 1000} s, scaled to a minute`,
  '',
  table,
].join('\n')
console.log(body)
await finishBench({
  args,
  root,
  name: 'push-screen',
  heading: '## Push against polling, to the screen (issue 12 point 5)',
  script: 'push-screen.bench.mjs',
  body,
  smokeOk: Boolean(push && poll && push.median < poll.median),
  smokeProblem: 'push should reach the screen sooner than polling',
})
