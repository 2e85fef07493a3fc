import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import type { EventFilters } from '../../../src/api/types'
import { TimeWindowControl } from '../../../src/components/EventFilters/TimeWindowControl'
import { windowOfFilters, windowStart } from '../../../src/components/EventFilters/timeWindow'
import { EventStats } from '../../../src/components/EventStats/EventStats'
import { EventFiltersProvider } from '../../../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { server } from '../../mocks/server'

// Fixed clock: 14 March 2026, 12:34 UTC.
const NOW = new Date('2026-03-14T12:34:00Z')
const STUDIO = '*/api/studio/api'

describe('time windows', () => {
  it('starts day windows at midnight in the zone and 24 h at the top of the hour', () => {
    expect(windowStart('7d', 'UTC', NOW)?.toISOString()).toBe('2026-03-08T00:00:00.000Z')
    expect(windowStart('30d', 'Europe/Paris', NOW)?.toISOString()).toBe('2026-02-12T23:00:00.000Z')
    expect(windowStart('24h', 'UTC', NOW)?.toISOString()).toBe('2026-03-13T13:00:00.000Z')
  })
  it('recognises a preset from the filters, and anything else as custom', () => {
    expect(windowOfFilters({}, 'UTC', NOW)).toBe('all')
    expect(windowOfFilters({ from: new Date('2026-02-13T00:00:00Z') }, 'UTC', NOW)).toBe('30d')
    expect(
      windowOfFilters(
        { from: new Date('2026-03-08T00:00:00Z'), until: new Date('2026-03-09T00:00:00Z') },
        'UTC',
        NOW,
      ),
    ).toBe('custom')
  })
})

describe('TimeWindowControl', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    window.history.replaceState(null, '', '/')
  })
  afterEach(() => {
    vi.useRealTimers()
    window.history.replaceState(null, '', '/')
  })

  function renderWith(ui: ReactNode) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    return render(
      <QueryClientProvider client={queryClient}>
        <EventsProvider client={createEventsClient()}>{ui}</EventsProvider>
      </QueryClientProvider>,
    )
  }

  it('sets the shared range, so the cards count it, and the URL carries it', async () => {
    const since: (string | null)[] = []
    server.use(
      http.get(`${STUDIO}/events/status`, () =>
        HttpResponse.json({
          enabled: true,
          configured: true,
          initialized: true,
          hasProvider: true,
          capabilities: ['filters', 'counts-window'],
        }),
      ),
      http.get(`${STUDIO}/events/count`, ({ request }) => {
        since.push(new URL(request.url).searchParams.get('since'))
        return HttpResponse.json({ total: 3, success: 3, failed: 0, warning: 0, info: 0 })
      }),
    )
    const changes: EventFilters[] = []
    const user = userEvent.setup()
    renderWith(
      <EventFiltersProvider syncWithUrl onValueChange={(filters) => changes.push(filters)}>
        <TimeWindowControl timeZone="UTC" />
        <EventStats timeZone="UTC" locale="en-US" />
      </EventFiltersProvider>,
    )
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked()
    await screen.findByRole('button', { name: 'Success 3' })
    await user.click(screen.getByRole('radio', { name: '7 d' }))
    expect(changes.at(-1)?.from?.toISOString()).toBe('2026-03-08T00:00:00.000Z')
    expect(screen.getByRole('radio', { name: '7 d' })).toBeChecked()
    await vi.waitFor(() => expect(since.at(-1)).toBe('2026-03-08T00:00:00.000Z'))
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).toBeTruthy())

    await user.click(screen.getByRole('radio', { name: 'All' }))
    expect(changes.at(-1)?.from).toBeUndefined()
  })

  it('shows a range set elsewhere as Custom, with its days', async () => {
    const user = userEvent.setup()
    const changes: EventFilters[] = []
    renderWith(
      <TimeWindowControl
        timeZone="UTC"
        filters={{ from: new Date('2026-03-03T00:00:00Z'), until: new Date('2026-03-06T00:00:00Z') }}
        onFiltersChange={(filters) => changes.push(filters)}
      />,
    )
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked()
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-03')
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-05')
    await user.click(screen.getByRole('radio', { name: '90 d' }))
    expect(changes.at(-1)).toEqual({ from: new Date('2025-12-15T00:00:00Z') })
  })
})
