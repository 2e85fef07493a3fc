import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { createStudioHandlers } from '../../../src/msw'
import { generateEvents } from '../../../src/server/generator'
import { loadFixture } from '../../helpers/fixtures'
import { renderDashboard } from '../../helpers/renderDashboard'
import { fixtureHandler, STUDIO, statusHandler } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'
import { TEST_NOW } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

fakeViewportHeight(440)

// What Studio's PostgreSQL provider answers when `auth_events` does not exist (issue 9 point 4).
const missingTable = [
  statusHandler(),
  http.get(`${STUDIO}/events`, () =>
    HttpResponse.json({ events: [], hasMore: false, nextCursor: null, total: null }),
  ),
  http.get(`${STUDIO}/events/count`, () =>
    HttpResponse.json({ total: 0, success: 0, failed: 0, warning: 0, info: 0 }),
  ),
]

describe('dashboard: an empty backend is a first run, not "no match"', () => {
  it('says no events were recorded yet and what to check', async () => {
    server.use(...missingTable)
    renderDashboard({ showStats: false, showActivity: false })
    const state = await screen.findByText('No events recorded yet', {}, { timeout: 8000 })
    const box = state.closest('[role="status"]') as HTMLElement
    expect(box).toHaveTextContent('events: { enabled: true }')
    expect(box).toHaveTextContent('migration')
    expect(box).toHaveTextContent(/mounted before any await that follows betterAuth\(\)/)
    expect(box).toHaveTextContent(/x-forwarded-for.*INET/)
    expect(screen.queryByText('No events match these filters')).not.toBeInTheDocument()
  })

  it('still says "no match" when a filter is set', async () => {
    server.use(...missingTable)
    renderDashboard({ showStats: false, showActivity: false, defaultFilters: { severities: ['failed'] } })
    expect(
      await screen.findByText('No events match these filters', {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(screen.queryByText('No events recorded yet')).not.toBeInTheDocument()
  })
})

describe('dashboard: cross-origin and sign-in errors', () => {
  it('a cross-origin request that fails without an answer says CORS and points to the proxy', async () => {
    server.use(
      http.get('https://studio.example.test/api/studio/api/events/status', () => HttpResponse.error()),
    )
    renderDashboard({}, createEventsClient({ baseUrl: 'https://studio.example.test' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
    expect(alert).toHaveTextContent(/another origin than this page/)
    expect(alert).toHaveTextContent(/CORS/)
    expect(alert).toHaveTextContent(/through a proxy/)
    expect(alert).not.toHaveTextContent(/Check your connection/)
  })

  it("a 401 mentions Studio's own sign-in", async () => {
    server.use(fixtureHandler('get', '/events/status', 'studio/error-401.json', 401))
    renderDashboard()
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
    expect(alert).toHaveTextContent(/Studio has its own sign-in/)
    expect(alert).toHaveTextContent(/better_auth_studio_session/)
  })
})

describe('dashboard: a backend that is not ready (Studio after a restart)', () => {
  const wire = generateEvents({ seed: 5, now: TEST_NOW, days: 1, eventsPerDay: 20 })

  it('shows the not-ready state instead of zeros and "Live", and recovers by itself', async () => {
    let ready = false
    const page = { events: wire.slice(0, 20), hasMore: false, nextCursor: null, total: 20 }
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () =>
        ready ? HttpResponse.json(page) : HttpResponse.json(loadFixture('studio/events-not-ready.json')),
      ),
      http.get(`${STUDIO}/events/count`, () =>
        HttpResponse.json(
          ready
            ? { total: 20, success: 20, failed: 0, warning: 0, info: 0 }
            : { total: 0, success: 0, failed: 0, warning: 0, info: 0 },
        ),
      ),
    )
    const { root } = renderDashboard({ defaultLive: true, showActivity: false })
    // The list's `ready: false` (or the status asked again because of it) gives a not-ready state.
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'store-not-ready'), { timeout: 8000 })
    const section = screen.getByRole('region', { name: 'Event tracking is not ready yet' })
    expect(section).toHaveTextContent(/checks every few seconds/)
    expect(screen.queryByText('Live')).not.toBeInTheDocument()
    expect(screen.queryByText(/^All time/)).not.toBeInTheDocument()
    ready = true
    expect(
      await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 15_000 }),
    ).toBeInTheDocument()
    expect(root()).toHaveAttribute('data-state', 'ready')
  }, 30_000)
})

describe('dashboard: signed out mid-session', () => {
  const wire = generateEvents({ seed: 9, now: TEST_NOW, days: 1, eventsPerDay: 20 })

  it('the live indicator says live updates stopped and why, and Resume restarts them', async () => {
    const studio = createStudioHandlers({ events: wire })
    let signedIn = true
    server.use(
      // Signed out: every request answers 401; signed in, the Studio double answers (fall-through).
      http.get(`${STUDIO}/*`, () =>
        signedIn ? undefined : HttpResponse.json(loadFixture('studio/error-401.json'), { status: 401 }),
      ),
      ...studio,
    )
    renderDashboard({ defaultLive: true, pollInterval: 300, showStats: false, showActivity: false })
    expect(
      await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 }),
    ).toBeInTheDocument()
    signedIn = false
    const indicator = await screen.findByText(
      /Live updates stopped: you are signed out/,
      {},
      { timeout: 10_000 },
    )
    expect(indicator.closest('[data-state]')).toHaveAttribute('data-state', 'signed-out')
    expect(screen.queryByText(/retrying/)).not.toBeInTheDocument()
    signedIn = true
    await userEvent.click(
      within(indicator.closest('[data-state]') as HTMLElement).getByRole('button', {
        name: 'Resume live updates',
      }),
    )
    await waitFor(() => expect(screen.getByText('Live')).toBeInTheDocument(), { timeout: 10_000 })
  }, 30_000)
})

describe('dashboard: a date range that ended', () => {
  const wire = generateEvents({ seed: 3, now: TEST_NOW, days: 3, eventsPerDay: 20 })

  it('the live indicator says nothing new can arrive instead of "Live"', async () => {
    server.use(...createStudioHandlers({ events: wire }))
    renderDashboard({
      defaultLive: true,
      showStats: false,
      showActivity: false,
      defaultFilters: { from: new Date('2026-11-18T00:00:00Z'), until: new Date('2026-11-19T00:00:00Z') },
    })
    await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    const indicator = await screen.findByText('Not live: the date range has ended', {}, { timeout: 8000 })
    expect(indicator.closest('[data-state]')).toHaveAttribute('data-state', 'range-ended')
  })
})
