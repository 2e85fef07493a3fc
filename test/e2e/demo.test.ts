// The demo end to end: the reference server (built library, PGlite, a year of history, the
// simulator at 250 events/s) and the demo page in Debian's Chromium polling every 250 ms.
// Each `it` checks one thing a user sees and records what it measured; afterAll prints the
// numbers (and AE_E2E_WRITE_BENCHMARKS=1 writes them into BENCHMARKS.md).
import type { Browser, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categoryLabel, getEventTypeInfo } from '../../src/api/catalogue/catalogue'
import { CATEGORIES } from '../../src/api/types'
import { launchChromium } from './chromium'
import { ensureDemoBuilt } from './demoBuild'
import { startDemoServer } from './demoServer'
import type { DemoServer } from './demoServer'
import { publishResults, spread } from './e2eReport'
import type { E2eResults } from './e2eReport'
import {
  dayKeyAt,
  emitAndFocusRow,
  emitAndTimeArrival,
  installFetchWatch,
  newestRowAgeMs,
  readActivityGrid,
  readEventRequests,
  readHeldLists,
  readListRows,
  todayKey,
} from './pageProbes'
import type { ArrivalSample } from './pageProbes'

const RATE = 250
const POLL_MS = 250
const SEED = { seedDays: 365, seedPerDay: 60 }
const ARRIVAL_SAMPLES = 12
const ARRIVALS_BEFORE_CAP_CHECK = 3_000
const MAX_HELD = 500
// The sample geo resolver's cities (documentation-range addresses land in one of them).
const SAMPLE_CITIES = /Lisbon|São Paulo|Tokyo|Berlin|Lagos|San Francisco|Mumbai|Toronto/
// A new event lands below the ones written after it in the same poll window (~75 at 250/s);
// a tall list keeps that row among the rendered ones so its arrival can be seen in the DOM.
const LIST_HEIGHT_PX = 6_600

const results: E2eResults = {
  rate: RATE,
  pollMs: POLL_MS,
  seed: `seeded ${SEED.seedDays} days × ${SEED.seedPerDay} events into PGlite`,
  build: [],
}
const consoleErrors: string[] = []
const consoleWarnings: string[] = []
let server: DemoServer | undefined
let browser: Browser | undefined
let page: Page
let cdp: CDPSession
let simulatedAtReady = 0
let readyAt = 0
let heapAtReady = 0
// The server seeds (seededAt − seedDays, seededAt] with seededAt somewhere in this interval.
const seedWindow = { from: 0, to: 0 }
const DAY_MS = 86_400_000

const eventsGrid = () => page.getByRole('grid', { name: 'Authentication events' })
const activityGrid = () => page.getByRole('grid', { name: 'Event activity by day' })
const heapMiB = async () => {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return Math.round((usedSize / 2 ** 20) * 10) / 10
}
// expect.poll waits 1 s by default; what these wait for (a query, a render) can take tens of
// seconds on a loaded machine. The tests check that it happens, not how fast.
const POLL_UNTIL = { timeout: 60_000, interval: 250 }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  results.build = ensureDemoBuilt().steps
  seedWindow.from = Date.now()
  // Seeding a year into PGlite takes minutes on a loaded 2-core machine.
  server = await startDemoServer({ rate: RATE, ...SEED, timeoutMs: 240_000 })
  seedWindow.to = Date.now()
  results.serverStartupMs = server.startupMs
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  // Playwright's 30 s default is tight for a year of activity over PGlite on a loaded machine.
  page.setDefaultTimeout(90_000)
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`)
    if (message.type() === 'warning') consoleWarnings.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.stack ?? error.message}`))
  await page.addInitScript(installFetchWatch)
  cdp = await page.context().newCDPSession(page)

  const navigated = Date.now()
  await page.goto(`${server.url}?poll=${POLL_MS}`)
  await page.addStyleTag({ content: `html { --ae-event-list-height: ${LIST_HEIGHT_PX}px }` })
  await eventsGrid().locator('[role="row"][data-event-id]').first().waitFor({ timeout: 90_000 })
  results.pageReadyMs = Date.now() - navigated
  simulatedAtReady = await server.simulated()
  readyAt = Date.now()
  heapAtReady = await heapMiB()
})

afterAll(async () => {
  results.consoleErrors = consoleErrors.length
  results.consoleWarnings = consoleWarnings
  await browser?.close()
  await server?.stop()
  await publishResults(results)
})

describe(`the demo at ${RATE} events/s, polled every ${POLL_MS} ms`, () => {
  it('draws a year of activity: 53 week columns, days with events all through it', async () => {
    await expect
      .poll(async () => (await page.evaluate(readActivityGrid)).cells.length, POLL_UNTIL)
      .toBeGreaterThanOrEqual(365)
    const todayBefore = await page.evaluate(todayKey)
    const grid = await page.evaluate(readActivityGrid)
    const todayAfter = await page.evaluate(todayKey)
    // The grid starts on the Sunday 52 weeks back, up to 6 days before the seeded history:
    // those days are empty. Days before the earliest possible first seeded day must be empty;
    // days after the latest possible first seeded day are fully seeded (and live days too).
    const seedSpanMs = SEED.seedDays * DAY_MS
    const notSeededBefore = await page.evaluate(dayKeyAt, seedWindow.from - seedSpanMs)
    const seededAfter = await page.evaluate(dayKeyAt, seedWindow.to - seedSpanMs)
    const seeded = grid.cells.filter((cell) => cell.date > seededAfter)
    const beforeSeed = grid.cells.filter((cell) => cell.date < notSeededBefore)
    const active = seeded.filter((cell) => cell.level > 0)
    const months = new Set(seeded.map((cell) => cell.date.slice(0, 7)))
    const activeMonths = new Set(active.map((cell) => cell.date.slice(0, 7)))
    results.grid = {
      cells: grid.cells.length,
      columns: grid.columns,
      rows: grid.rows,
      activeShare: active.length / seeded.length,
      monthsActive: `${activeMonths.size} of ${months.size} (${beforeSeed.length} grid days before the seed)`,
    }

    expect(grid.rows).toBe(7)
    expect(grid.columns).toBe(53)
    expect(grid.cells.length).toBeLessThanOrEqual(53 * 7)
    expect([todayBefore, todayAfter]).toContain(grid.cells.at(-1)?.date)
    expect(beforeSeed.filter((cell) => cell.level > 0)).toEqual([])
    expect(seeded.length).toBeGreaterThanOrEqual(SEED.seedDays - 2)
    // Seeded every day of the year: the oldest seeded week is as coloured as the newest.
    expect(active.length / seeded.length).toBeGreaterThan(0.95)
    expect(activeMonths).toEqual(months)
    expect(seeded.slice(0, 7).some((cell) => cell.level > 0)).toBe(true)
    expect(new Set(active.map((cell) => cell.level))).toEqual(new Set([1, 2, 3, 4]))
  })

  it('receives new events by push: one stream open, the list not polled, a written event on screen', async () => {
    // The dashboard's stream polls once to catch up, then the server pushes (issue 12 point 5).
    await expect
      .poll(async () => (await page.evaluate(readEventRequests)).stream, POLL_UNTIL)
      .toBeGreaterThan(0)
    await pause(POLL_MS * 4)
    const before = await page.evaluate(readEventRequests)
    const sample = await page.evaluate(emitAndTimeArrival, '192.0.2.200')
    // Twenty poll intervals: a polling page would have asked for the list twenty times.
    await pause(POLL_MS * 20)
    const after = await page.evaluate(readEventRequests)
    results.push = {
      streamsOpened: after.stream,
      listRequestsIn20Intervals: after.list - before.list,
      arrivalMs: Math.round(sample.totalMs),
    }
    expect(sample.pollWaitMs).toBeGreaterThanOrEqual(0)
    expect(after.stream).toBe(before.stream)
    expect(after.list - before.list).toBeLessThan(5)
  })

  it('shows every new event written while the page is live', async () => {
    const samples: ArrivalSample[] = []
    for (let i = 0; i < ARRIVAL_SAMPLES; i++) {
      // Spread the writes over the poll cycle instead of always landing just after a poll.
      await pause(150 + ((i * 97) % 250))
      samples.push(await page.evaluate(emitAndTimeArrival, `192.0.2.${10 + i}`))
    }
    const ages: number[] = []
    for (let i = 0; i < 20; i++) {
      const age = await page.evaluate(newestRowAgeMs)
      if (age !== null) ages.push(age)
      await pause(110)
    }
    const drawn = samples.filter((s) => s.rowIndex !== null)
    const total = spread(drawn.map((s) => s.totalMs))
    const pollWait = spread(samples.map((s) => s.pollWaitMs))
    const render = spread(drawn.map((s) => s.renderMs!))
    const rowIndex = spread(drawn.map((s) => s.rowIndex!))
    results.arrival = { total, pollWait, render, rowIndex, drawn: drawn.length }
    results.newestRowAge = spread(ages)

    // Every written event reached the page in a poll's answer (emitAndTimeArrival rejects after
    // 30 s otherwise), and the ones that were drawn were drawn once each. How fast, and how many
    // were drawn before newer ones pushed them past the 500 held, is measured, not asserted
    // (reports/e2e-demo.json, BENCHMARKS.md): on a shared, loaded 2-core machine a poll plus its
    // rendering takes seconds, which says nothing about the page.
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(ARRIVAL_SAMPLES)
    expect(samples.every((sample) => sample.pollWaitMs >= 0)).toBe(true)
  })

  it('opens the detail dialog on Enter with the address resolved to a place', async () => {
    const id = await page.evaluate(emitAndFocusRow, '203.0.113.7')
    const pressed = Date.now()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    try {
      await dialog.getByText(id).waitFor()
      const openMs = Date.now() - pressed
      const place = dialog.getByText(SAMPLE_CITIES).first()
      await place.waitFor()
      const locationMs = Date.now() - pressed
      const placeText = (await place.textContent()) ?? ''
      expect(await dialog.textContent()).toContain('203.0.113.7')
      expect(await dialog.textContent()).not.toContain('Resolving…')

      // The live list drops its oldest events past 500 (in 2 s at this rate): the open dialog
      // must keep showing the event it was opened on.
      let keptEventMs: number | null = null
      for (let waited = 0; waited < 5_000; waited += 100) {
        if (!(await dialog.getByText(id).isVisible())) {
          keptEventMs = Date.now() - pressed
          break
        }
        await pause(100)
      }
      results.detail = { openMs, locationMs, place: placeText, keptEventMs }
      expect(keptEventMs).toBeNull()
    } finally {
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
    }
  })

  it(`still holds at most ${MAX_HELD} events after ${ARRIVALS_BEFORE_CAP_CHECK.toLocaleString('en')} more arrived`, async () => {
    const arrived = async () => (await server!.simulated()) - simulatedAtReady
    await expect
      .poll(arrived, { timeout: 120_000, interval: 500 })
      .toBeGreaterThanOrEqual(ARRIVALS_BEFORE_CAP_CHECK)
    const count = await arrived()
    const lists = await page.evaluate(readHeldLists)
    const rowCount = Number(await eventsGrid().getAttribute('aria-rowcount'))
    const rendered = await eventsGrid().locator('[role="row"][data-event-id]').count()
    const age = await page.evaluate(newestRowAgeMs)
    results.cap = {
      arrivedWhileOpen: count,
      simulatorRate: Math.round((count * 1000) / (Date.now() - readyAt)),
      ariaRowCount: rowCount,
      heldPerList: lists.map((list) => `${list.held}${list.observers ? '' : ' (inactive)'}`).join(', '),
      renderedRows: rendered,
      heapMiB: { ready: heapAtReady, afterArrivals: await heapMiB() },
    }

    expect(rowCount).toBe(MAX_HELD + 1)
    expect(lists.length).toBeGreaterThan(0)
    for (const list of lists) expect(list.held).toBeLessThanOrEqual(MAX_HELD)
    expect(lists.filter((list) => list.observers > 0).map((list) => list.held)).toContain(MAX_HELD)
    // Still live, not a list that stopped at 500: a new event still reaches the top rows
    // (rejects after 30 s). Its age and the newest row's are figures, not assertions.
    const stillLive = await page.evaluate(emitAndTimeArrival, '192.0.2.99')
    results.cap.newestRowAgeMs = age
    results.cap.arrivalAfterCapMs = Math.round(stillLive.totalMs)
    expect(stillLive.pollWaitMs).toBeGreaterThanOrEqual(0)
  })

  it('narrows the list to a category picked in the panel of today', async () => {
    const today = await page.evaluate(todayKey)
    await activityGrid().locator(`[data-date="${today}"] button`).click()
    const byCategory = page.getByRole('group', { name: 'By category' })
    const buttons = byCategory.getByRole('button')
    await buttons.first().waitFor()
    // The second busiest row, when there is one: a category that is not most of the day.
    const button = (await buttons.count()) > 1 ? buttons.nth(1) : buttons.first()
    const [, name = '', digits = ''] =
      /^(.*) ([\d,.\s]+)$/.exec(((await button.textContent()) ?? '').trim()) ?? []
    const category = CATEGORIES.find((candidate) => categoryLabel(candidate) === name)
    expect(category, `a category labelled "${name}"`).toBeDefined()

    const clicked = Date.now()
    await button.click()
    // By its label, not its place: once the filter applies the panel may list that category only.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const picked = buttons.filter({ hasText: new RegExp(`^\\s*${escaped} [\\d,.\\s]+$`) })
    await expect.poll(() => picked.getAttribute('aria-pressed'), POLL_UNTIL).toBe('true')
    await page.getByRole('button', { name: `Remove filter: Type: ${name} (all)` }).waitFor()
    await page.getByRole('button', { name: /^Remove filter: Date: / }).waitFor()
    const onlyCategory = async () => {
      const rows = await page.evaluate(readListRows)
      return rows.length > 0 && rows.every((row) => getEventTypeInfo(row.type).category === category)
    }
    await expect.poll(onlyCategory, POLL_UNTIL).toBe(true)
    const settleMs = Date.now() - clicked
    // Live events keep arriving: the filter holds for them too.
    let rowsChecked = 0
    for (let i = 0; i < 4; i++) {
      await pause(400)
      expect(await onlyCategory()).toBe(true)
      rowsChecked += (await page.evaluate(readListRows)).length
    }
    expect(Number(await eventsGrid().getAttribute('aria-rowcount'))).toBeLessThanOrEqual(MAX_HELD + 1)
    results.categoryFilter = {
      category: `${category} ("${name}")`,
      dayCount: Number(digits.replace(/\D/g, '')),
      rowsChecked,
      settleMs,
    }
  })

  it('logs no error in the page console', () => {
    expect(consoleErrors).toEqual([])
  })
})
