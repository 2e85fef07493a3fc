#!/usr/bin/env node
// Screenshots in Debian's headless Chromium.
//
//   node scripts/screenshot.mjs [--out docs/screenshots] [--now 2026-11-20T12:00:00Z] [--port 4391] [--root DIR]
//     The dashboard of the demo at 1440 and 390 px, light and dark, plus the event dialog at both
//     widths, and the audit-log and infra backends at 1440 px: starts the demo server itself (in-memory store, seed and clock fixed with --now,
//     simulator off), fixes the browser's clock, time zone and locale too, so the same code gives
//     the same pictures.
//   node scripts/screenshot.mjs --url URL --file out.png [--width 1280] [--height 900] [--wait-for TEXT]
//     One page, as it is.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { spawnDemoServer } from '../demo/server/spawnDemoServer.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(repo, 'docs', 'screenshots') },
    now: { type: 'string', default: '2026-11-20T12:00:00Z' },
    root: { type: 'string', default: repo },
    query: { type: 'string', default: '' },
    // A fixed port: the page shows its origin, so a random one would change the pictures.
    port: { type: 'string', default: '4391' },
    url: { type: 'string' },
    file: { type: 'string' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    'wait-for': { type: 'string' },
  },
})

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const report = (page) => {
  page.on('pageerror', (error) => console.error('page error:', error.message))
  page.on(
    'console',
    (message) => message.type() === 'error' && console.error('console error:', message.text()),
  )
}

try {
  if (args.url) {
    if (!args.file) throw new Error('--url needs --file')
    const page = await browser.newPage({
      viewport: { width: Number(args.width), height: Number(args.height) },
    })
    report(page)
    await page.goto(args.url, { waitUntil: 'networkidle' })
    if (args['wait-for']) await page.getByText(args['wait-for']).first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: args.file, fullPage: true })
    console.log(`wrote ${args.file}`)
  } else {
    await shootDashboard()
  }
} finally {
  await browser.close()
}

async function shootDashboard() {
  const now = new Date(args.now)
  if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 instant')
  const { child, url } = await spawnDemoServer({
    root: path.resolve(args.root),
    args: ['--store', 'memory', '--now', now.toISOString(), '--port', args.port, '--quiet'],
  })
  try {
    await mkdir(args.out, { recursive: true })
    for (const width of [1440, 390]) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width, height: width > 600 ? 900 : 844 },
          deviceScaleFactor: 1,
          colorScheme: scheme,
          reducedMotion: 'reduce',
          timezoneId: 'UTC',
          locale: 'en-US',
        })
        try {
          const page = await context.newPage()
          report(page)
          // The dashboard's "now" (relative times, the grid's last day, "last update") is the server's.
          await page.clock.setFixedTime(now)
          const query = new URLSearchParams(args.query)
          query.set('scheme', scheme)
          await page.goto(`${url}?${query}`, { waitUntil: 'load' })
          await settle(page)
          const name = (part) => path.join(args.out, `dashboard-${width}-${scheme}${part}.png`)
          await page.screenshot({ path: name(''), fullPage: true, animations: 'disabled' })
          console.log(`wrote ${name('')}`)
          // The event dialog over the first row.
          await page.locator('[role="row"][data-event-id]').first().click()
          await page.getByRole('dialog').waitFor({ timeout: 15_000 })
          await page.waitForTimeout(500)
          await page.screenshot({ path: name('-dialog'), animations: 'disabled' })
          console.log(`wrote ${name('-dialog')}`)
        } finally {
          await context.close()
        }
      }
    }
    // The two plugin backends the demo server also serves, at desktop width.
    for (const adapter of ['infra', 'audit-log']) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        colorScheme: 'light',
        reducedMotion: 'reduce',
        timezoneId: 'UTC',
        locale: 'en-US',
      })
      try {
        const page = await context.newPage()
        report(page)
        await page.clock.setFixedTime(now)
        await page.goto(`${url}?adapter=${adapter}&scheme=light`, { waitUntil: 'load' })
        await settle(page)
        const file = path.join(args.out, `backend-${adapter}-1440-light.png`)
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
        console.log(`wrote ${file}`)
      } finally {
        await context.close()
      }
    }
  } finally {
    child.kill('SIGTERM')
  }
}

/** Waits for the rows, the grid and the counts, then for the network to go quiet. */
async function settle(page) {
  await page.locator('[role="row"][data-event-id]').first().waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined)
  await page.waitForTimeout(800)
}
