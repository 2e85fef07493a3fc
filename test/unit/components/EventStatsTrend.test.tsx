import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { addDays } from '../../../src/api/dates'
import { EventStats } from '../../../src/components/EventStats/EventStats'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { server } from '../../mocks/server'

const STUDIO = '*/api/studio/api'
const STATUS = { enabled: true, configured: true, initialized: true, hasProvider: true }
// Fixed clock: Saturday 14 March 2026, noon UTC; the chosen week is 8–14 March.
const NOW = new Date('2026-03-14T12:00:00Z')

function backend(activity: boolean) {
  const asked: URLSearchParams[] = []
  server.use(
    http.get(`${STUDIO}/events/status`, () =>
      HttpResponse.json({
        ...STATUS,
        capabilities: activity ? ['filters', 'activity', 'counts-window'] : ['filters', 'counts-window'],
      }),
    ),
    http.get(`${STUDIO}/events/count`, () =>
      HttpResponse.json({ total: 90, success: 60, failed: 30, warning: 0, info: 0 }),
    ),
    http.get(`${STUDIO}/events/activity`, ({ request }) => {
      asked.push(new URL(request.url).searchParams)
      // The chosen week: 30 failed on its last day; the week before: 20 failed.
      const row = (date: string, success: number, failed: number) => ({
        date,
        total: success + failed,
        success,
        failed,
        warning: 0,
        info: 0,
      })
      return HttpResponse.json({
        days: [row('2026-03-03', 40, 20), row('2026-03-14', 60, 30)],
      })
    }),
  )
  return asked
}

function renderStats(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={createEventsClient()}>{ui}</EventsProvider>
    </QueryClientProvider>,
  )
}

const WEEK = { from: new Date('2026-03-08T00:00:00Z'), until: new Date('2026-03-15T00:00:00Z') }

describe('EventStats trends', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('gives each card the change against the previous period, as its description', async () => {
    const asked = backend(true)
    renderStats(<EventStats filters={WEEK} timeZone="UTC" locale="en-US" />)
    const failed = await screen.findByRole('button', { name: 'Failed 30' })
    await vi.waitFor(() => expect(failed).toHaveAccessibleDescription(/^Up 50% vs previous 7 days/))
    expect(screen.getByRole('button', { name: 'Success 60' })).toHaveAccessibleDescription(
      /^Up 50% vs previous 7 days/,
    )
    // The activity asked reaches back to the previous week.
    expect(asked.at(-1)!.get('since')! <= addDays('2026-03-08', -7)).toBe(true)
    // The period is named once, above the cards.
    expect(screen.getByText('Trends: vs the previous 7 days')).toBeInTheDocument()
    // A line per card, drawn as SVG.
    expect(document.querySelectorAll('.ae-event-stats__sparkline')).toHaveLength(5)
  })

  it('says which period it compares when the filters have no range', async () => {
    backend(true)
    renderStats(<EventStats timeZone="UTC" locale="en-US" chartDays={7} />)
    const total = await screen.findByText('Total')
    await vi.waitFor(() =>
      expect(total.parentElement).toHaveAccessibleDescription(/^Up 50% last 7 days vs the 7 before/),
    )
  })

  it('has no trend on a backend that would have to scan for it', async () => {
    const asked = backend(false)
    renderStats(<EventStats filters={WEEK} timeZone="UTC" locale="en-US" />)
    await screen.findByText('Total')
    expect(document.querySelector('.ae-event-stats__card-trend')).toBeNull()
    expect(asked).toHaveLength(0)
  })
})
