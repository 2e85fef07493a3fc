import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
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

const json = (body: unknown, status: number, headers?: Record<string, string>) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers })

describe('EventsDashboard setup states', () => {
  it('says it is checking while the status is asked', async () => {
    let answer: () => void = () => {}
    server.use(
      http.get(`${STUDIO}/events/status`, async () => {
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json(loadFixture('studio/status-disabled.json'))
      }),
    )
    const { root } = renderDashboard()
    // One layout from the start: the parts' skeletons, with the checking status announced.
    expect(await screen.findByText('Checking event tracking…')).toHaveAttribute('role', 'status')
    expect(screen.getAllByRole('status').length).toBeGreaterThan(1)
    expect(screen.getByRole('search', { name: 'Event filters' })).toBeInTheDocument()
    expect(root()).toHaveAttribute('data-state', 'checking')
    answer()
    expect(await screen.findByRole('heading', { name: 'Event tracking is not enabled' })).toBeInTheDocument()
  })

  it('disabled: shows how to enable events in studio.config.ts', async () => {
    server.use(statusHandler('studio/status-disabled.json'))
    const { root } = renderDashboard()
    const section = await screen.findByRole('region', { name: 'Event tracking is not enabled' })
    expect(section).toHaveTextContent('studio.config.ts')
    expect(within(section).getByText(/events: \{ enabled: true/)).toBeInTheDocument()
    expect(root()).toHaveAttribute('data-state', 'disabled')
  })

  it('configured but not ready: quotes the server error', async () => {
    server.use(statusHandler('studio/status-configured-not-ready.json'))
    const { root } = renderDashboard()
    const section = await screen.findByRole('region', {
      name: 'Event tracking is set up but not working yet',
    })
    expect(section).toHaveTextContent('The server reported: connect ECONNREFUSED 127.0.0.1:5432.')
    expect(section).toHaveTextContent('Check that the database is reachable')
    expect(root()).toHaveAttribute('data-state', 'not-ready')
  })

  it('ready: false: not ready yet (a restart or no table), checked again by itself', async () => {
    server.use(
      statusHandler(),
      fixtureHandler('get', '/events', 'studio/events-not-ready.json'),
      fixtureHandler('get', '/events/count', 'studio/count.json'),
    )
    const { root } = renderDashboard()
    // Not "no events": the list's ready: false (or the status asked again because of it).
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'store-not-ready'), { timeout: 8000 })
    expect(screen.getByRole('region', { name: 'Event tracking is not ready yet' })).toHaveTextContent(
      /checks every few seconds/,
    )
  })

  it('a 500 saying the relation does not exist is the missing table too', async () => {
    server.use(
      statusHandler(),
      fixtureHandler('get', '/events', 'studio/error-500.json', 500),
      fixtureHandler('get', '/events/count', 'studio/count.json'),
    )
    renderDashboard()
    expect(
      await screen.findByRole('region', { name: 'The events table does not exist yet' }),
    ).toBeInTheDocument()
  })

  it('401: asks to sign in', async () => {
    server.use(fixtureHandler('get', '/events/status', 'studio/error-401.json', 401))
    const { root } = renderDashboard()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load events')
    expect(alert).toHaveTextContent('You are not signed in, or your session has expired. Sign in as an admin')
    expect(root()).toHaveAttribute('data-state', 'error')
  })

  it('403: gives the reason (IP not allowed, IP blocked)', async () => {
    server.use(fixtureHandler('get', '/events/status', 'studio/error-403.json', 403))
    const first = renderDashboard()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Access denied: your IP address is not on the allow list.',
    )
    first.unmount()
    server.use(
      http.get(`${STUDIO}/events/status`, () =>
        json({ success: false, message: 'Blocked', reason: 'ip_blocked' }, 403),
      ),
    )
    renderDashboard()
    expect(await screen.findByRole('alert')).toHaveTextContent('Access denied: your IP address is blocked.')
  })

  it('404: points at the base path', async () => {
    server.use(fixtureHandler('get', '/events/status', 'studio/error-404.json', 404))
    renderDashboard()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The events API was not found at .*\/api\/studio\/api\/events\/status\. Check the base URL and base path/,
    )
  })

  it('429: counts down, then asks again by itself', async () => {
    let calls = 0
    server.use(
      http.get(`${STUDIO}/events/status`, () => {
        calls += 1
        return calls === 1
          ? json({ error: 'Too many requests' }, 429, { 'Retry-After': '1' })
          : HttpResponse.json(loadFixture('studio/status-disabled.json'))
      }),
    )
    renderDashboard()
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Retrying in 1 s.')
    expect(
      await screen.findByRole('heading', { name: 'Event tracking is not enabled' }, { timeout: 3000 }),
    ).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('network error: says the API is unreachable, and Try again asks again', async () => {
    let fail = true
    server.use(
      http.get(`${STUDIO}/events/status`, () =>
        fail ? HttpResponse.error() : HttpResponse.json(loadFixture('studio/status-disabled.json')),
      ),
    )
    renderDashboard()
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 })
    expect(alert).toHaveTextContent(/The events API is unreachable .*Check your connection and the base URL/)
    fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Event tracking is not enabled' })).toBeInTheDocument()
  })
})

describe('EventsDashboard with events', () => {
  const wire = generateEvents({ seed: 11, now: TEST_NOW, days: 2, eventsPerDay: 40 })

  it('shows the filters and the list, live indicator paused when live is off', async () => {
    server.use(...createStudioHandlers({ events: wire }))
    const { root } = renderDashboard()
    expect(await screen.findByRole('grid', { name: 'Authentication events' })).toBeInTheDocument()
    expect(root()).toHaveAttribute('data-state', 'ready')
    expect(screen.getByRole('search', { name: 'Event filters' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Authentication events' })).toBeInTheDocument()
    const live = screen.getByText('Paused').closest('[data-state]')
    expect(live).toHaveAttribute('data-state', 'paused')
    await userEvent.click(screen.getByRole('button', { name: 'Resume live updates' }))
    expect(screen.getByRole('button', { name: 'Pause live updates' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText(/^Last update \d\d:\d\d:\d\d$/)).toBeInTheDocument(), {
      timeout: 4000,
    })
  })

  it('says how many events could not be shown', async () => {
    const events = [...wire.slice(0, 5), { ...wire[5]!, timestamp: 'yesterday' }, ...wire.slice(6, 20)]
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({ events, hasMore: false, nextCursor: null, total: 20 }),
      ),
    )
    renderDashboard({ showStats: false, showActivity: false })
    expect(await screen.findByText(/^1 event could not be shown/)).toBeInTheDocument()
  })

  it('audit-log plugin: says it shows your own events only', async () => {
    server.use(
      http.get('*/api/auth/audit-log/list', () => HttpResponse.json(loadFixture('audit-logs/list.json'))),
    )
    renderDashboard(
      { showStats: false, showActivity: false },
      createEventsClient({ adapter: auditLogAdapter() }),
    )
    expect(await screen.findByRole('note')).toHaveTextContent('Showing your own events only')
  })

  it('syncUrl: opens the view the URL describes and writes every change back', async () => {
    server.use(...createStudioHandlers({ events: wire }))
    window.history.replaceState(null, '', '/dashboard?tab=auth&severities=failed')
    try {
      renderDashboard({ syncUrl: true, showStats: false, showActivity: false })
      await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
      expect(await screen.findByRole('radio', { name: 'Failed' })).toBeChecked()
      await userEvent.click(screen.getByRole('radio', { name: 'Warning' }))
      await waitFor(() => expect(window.location.search).toBe('?tab=auth&severities=warning'))
    } finally {
      window.history.replaceState(null, '', '/')
    }
  })
})
