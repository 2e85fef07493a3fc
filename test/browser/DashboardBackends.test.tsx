import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createBackendFixture, type BackendFixture } from '../../stories/backendFixtures'
import { clockFromEachTest, testNow } from '../helpers/clock'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

// Polls this often while live: short, so a new row shows up quickly.
const POLL_MS = 300
// Long enough for the first answers (and a client-side scan) on a busy 2-core machine.
const LOAD_MS = 30_000
// A few polls, or one backoff of the rate-limit test.
const STREAM_MS = 30_000
// A fixed clock; the date matrix (vitest.dates.config.ts) moves it with AE_TEST_NOW.
clockFromEachTest(testNow('2026-11-20T12:00:00Z'))

beforeAll(async () => {
  await page.viewport(1200, 1000)
})

/** Mounts the dashboard over `backend`'s double, live, polling every {@link POLL_MS}. */
function renderDashboard(backend: BackendFixture) {
  worker.use(...backend.handlers)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <EventsDashboard client={backend.createClient()} pollInterval={POLL_MS} timeZone="UTC" locale="en-GB" />
    </QueryClientProvider>,
  )
}

const list = () => screen.getByRole('grid', { name: 'Authentication events' })
/** The event rows on screen, top first. */
const eventRows = () =>
  within(list())
    .queryAllByRole('row')
    .filter((row) => row.hasAttribute('data-event-id'))
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
const topRowId = () => eventRows()[0]?.dataset.eventId
/** The live indicator's state text ("Live", "Paused", "Connection problem, retrying in 2 s"). */
const liveState = () =>
  screen
    .getAllByRole('status')
    .find((element) => element.closest('.ae-events-dashboard__live'))
    ?.textContent?.trim()

/** Waits for the whole dashboard: counts, activity grid, filter bar and the first rows. */
async function expectFullDashboard() {
  expect(
    await screen.findByRole('heading', { name: 'Authentication events' }, { timeout: LOAD_MS }),
  ).toBeVisible()
  const counts = await screen.findByRole('group', { name: 'Event counts' }, { timeout: LOAD_MS })
  for (const bucket of ['Success', 'Failed', 'Warning', 'Info']) {
    expect(within(counts).getByRole('button', { name: new RegExp(`^${bucket} [\\d,]+$`) })).toBeVisible()
  }
  const activity = await screen.findByRole('grid', { name: 'Event activity by day' }, { timeout: LOAD_MS })
  await expect
    .poll(() => within(activity).queryAllByRole('button', { name: /^\d+ events? on / }).length, {
      timeout: LOAD_MS,
    })
    .toBeGreaterThan(0)
  const filters = screen.getByRole('search', { name: 'Event filters' })
  expect(within(filters).getByRole('radio', { name: 'All' })).toBeChecked()
  await expect.poll(() => eventRows().length, { timeout: LOAD_MS }).toBeGreaterThan(5)
}

/** The line above the cards that says what the counts cover. */
const countsScope = () => document.querySelector<HTMLElement>('.ae-event-stats__scope')

/** Adds one row to the double while the page is open; it must come to the top without a reload. */
async function expectStreamedRow(backend: BackendFixture) {
  await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
  const before = topRowId()
  const rowCount = Number(list().getAttribute('aria-rowcount'))
  const [added] = await backend.addLive()
  expect(added).toBeDefined()
  expect(added!.id).not.toBe(before)
  await expect.poll(topRowId, { timeout: STREAM_MS }).toBe(added!.id)
  const row = eventRows()[0]!
  expect(row).toHaveAttribute('data-new')
  expect(row).toHaveTextContent(added!.label)
  // Merged, not reloaded: one more row, and the rows held before are still there, below it.
  expect(list()).toHaveAttribute('aria-rowcount', String(rowCount + 1))
  expect(eventRows()[1]?.dataset.eventId).toBe(before)
  return added!
}

describe('Studio, extended (every capability)', () => {
  it('renders the counts, the activity grid, the filter bar and the rows, counted by the server', async () => {
    renderDashboard(createBackendFixture('studio-extended'))
    await expectFullDashboard()
    expect(countsScope()).toHaveTextContent('All time')
    expect(countsScope()).toHaveAttribute('data-scope', 'window')
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
    expect(screen.queryByText(/^Approximate/)).not.toBeInTheDocument()
  })

  it('streams: an event stored while the page is open comes to the top', async () => {
    const studio = createBackendFixture('studio-extended')
    renderDashboard(studio)
    await expectFullDashboard()
    await expectStreamedRow(studio)
  })
})

describe('Studio baseline (Studio quirks, no extensions)', () => {
  it('renders the whole dashboard; a filter the server cannot apply says what was searched', async () => {
    renderDashboard(createBackendFixture('studio-baseline'))
    await expectFullDashboard()
    expect(countsScope()).toHaveTextContent('All time')
    expect(countsScope()).toHaveAttribute('data-scope', 'all-time')
    expect(screen.queryByRole('note')).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('radio', { name: 'Failed' }))
    expect(
      await screen.findByText(
        /^Searched the newest [\d,]+ events for these filters\.$/,
        {},
        { timeout: LOAD_MS },
      ),
    ).toBeVisible()
    await expect
      .poll(() => new Set(eventRows().map((row) => row.dataset.severity)), { timeout: LOAD_MS })
      .toEqual(new Set(['failed']))
  })

  it('a year busier than the activity scan can read is labelled approximate', async () => {
    // About 22,000 events in the grid's 53 weeks; the client-side scan stops at 20,000.
    renderDashboard(createBackendFixture('studio-baseline', { days: 371, eventsPerDay: 60 }))
    const activity = await screen.findByRole('grid', { name: 'Event activity by day' }, { timeout: LOAD_MS })
    expect(
      await screen.findByText('Approximate: based on the newest 20,000 events.', {}, { timeout: 20_000 }),
    ).toBeVisible()
    expect(within(activity).getAllByRole('button', { name: /^\d+ events? on / }).length).toBeGreaterThan(300)
  }, 120_000)

  it('streams: an event stored while the page is open comes to the top', async () => {
    const studio = createBackendFixture('studio-baseline')
    renderDashboard(studio)
    await expectFullDashboard()
    await expectStreamedRow(studio)
  })
})

describe('audit-log plugin', () => {
  // Generous: the plugin's 60 a minute would be spent by a 300 ms poll within 20 s.
  const generous = { max: 10_000, windowMs: 60_000 }

  it('renders the whole dashboard, says it shows own events only and counts a scanned sample', async () => {
    renderDashboard(createBackendFixture('audit-log', { rateLimit: generous }))
    await expectFullDashboard()
    expect(screen.getByRole('note')).toHaveTextContent('Showing your own events only')
    expect(countsScope()).toHaveTextContent(/^All [\d,]+ matching events$/)
    expect(countsScope()).toHaveAttribute('data-scope', 'sample')
  })

  it('streams: an entry the plugin records while the page is open comes to the top', async () => {
    const auditLog = createBackendFixture('audit-log', { rateLimit: generous })
    renderDashboard(auditLog)
    await expectFullDashboard()
    await expectStreamedRow(auditLog)
  })

  it('a 429 while polling keeps the list, says it is retrying, and resumes after Retry-After', async () => {
    // Both doubles hold the same history; the second answers once the dashboard is live.
    const now = new Date()
    renderDashboard(createBackendFixture('audit-log', { now, rateLimit: generous }))
    await expectFullDashboard()
    await expect.poll(liveState, { timeout: LOAD_MS }).toBe('Live')
    const shown = eventRows().map((row) => row.dataset.eventId)
    const rowCount = list().getAttribute('aria-rowcount')

    // Two requests per 2 s window: the third poll of a window is refused with Retry-After.
    const limited = createBackendFixture('audit-log', { now, rateLimit: { max: 2, windowMs: 2_000 } })
    worker.use(...limited.handlers)
    await expect.poll(liveState, { timeout: STREAM_MS }).toMatch(/^Connection problem, retrying in \d+ s$/)
    expect(eventRows().map((row) => row.dataset.eventId)).toEqual(shown)
    expect(list()).toHaveAttribute('aria-rowcount', rowCount)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    const [added] = await limited.addLive()
    await expect.poll(topRowId, { timeout: STREAM_MS }).toBe(added!.id)
    await expect.poll(liveState, { timeout: STREAM_MS, interval: 25 }).toBe('Live')
    expect(eventRows()[1]?.dataset.eventId).toBe(shown[0])
  }, 90_000)
})

describe.each([
  { name: 'infra-all' as const, scope: "scope 'all' (owner of an organization)", selfOnly: false },
  { name: 'infra-self' as const, scope: "scope 'self'", selfOnly: true },
])('infra plugin, $scope', ({ name, selfOnly }) => {
  let geoRequests: string[] = []
  const countGeo = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.includes('/geo/resolve')) geoRequests.push(request.url)
  }
  beforeAll(() => {
    worker.events.on('request:start', countGeo)
    return () => worker.events.removeListener('request:start', countGeo)
  })
  afterEach(() => {
    geoRequests = []
  })

  it('renders the whole dashboard, with counts from a scanned sample', async () => {
    renderDashboard(createBackendFixture(name))
    await expectFullDashboard()
    expect(countsScope()).toHaveTextContent(/^All [\d,]+ matching events$/)
    expect(countsScope()).toHaveAttribute('data-scope', 'sample')
    if (selfOnly) expect(screen.getByRole('note')).toHaveTextContent('Showing your own events only')
    else expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('streams a new event to the top; its detail shows the embedded location without a geo request', async () => {
    const infra = createBackendFixture(name)
    renderDashboard(infra)
    await expectFullDashboard()
    const added = await expectStreamedRow(infra)
    const place = [added.location?.city, added.location?.country].join(', ')

    await userEvent.click(eventRows()[0]!)
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(within(dialog).getByText(place)).toBeVisible())
    expect(within(dialog).getByText(added.ipAddress!)).toBeVisible()
    expect(geoRequests).toEqual([])
  })
})
