import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventFilters } from '../../../src/api/types'
import { ActivityGrid } from '../../../src/components/ActivityGrid/ActivityGrid'
import { EventFiltersProvider } from '../../../src/hooks/EventFiltersProvider'
import { renderWithEvents } from '../../helpers/renderWithProviders'
import { studioStatusHandler } from '../../helpers/studioStatus'
import { server } from '../../mocks/server'

const STUDIO = '*/api/studio/api'
const CAPABILITIES = ['filters', 'cursor', 'activity', 'counts-window']
const buckets = (total: number, failed = 0) => ({
  total,
  success: total - failed,
  failed,
  warning: 0,
  info: 0,
})
const DAYS = [
  { date: '2026-03-03', ...buckets(14, 2), categories: { session: buckets(9, 2), user: buckets(5) } },
  { date: '2026-03-06', ...buckets(3), categories: { organization: buckets(3) } },
]

function backend(days: object[] = DAYS) {
  const activity: URLSearchParams[] = []
  server.use(
    studioStatusHandler(CAPABILITIES),
    http.get(`${STUDIO}/events/activity`, ({ request }) => {
      activity.push(new URL(request.url).searchParams)
      return HttpResponse.json({ days })
    }),
  )
  return activity
}

beforeEach(() => {
  // Only the clock: timers stay real for react-query and user-event.
  vi.useFakeTimers({ now: new Date('2026-03-10T12:00:00Z'), toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ActivityGrid', () => {
  it('asks for the 53 weeks ending today in its time zone, with every filter but the date range', async () => {
    const requests = backend()
    renderWithEvents(
      <ActivityGrid
        timeZone="Europe/Paris"
        weekStart={1}
        filters={{
          q: 'bob',
          categories: ['session'],
          from: new Date('2026-03-03T00:00:00Z'),
          until: new Date('2026-03-04T00:00:00Z'),
        }}
      />,
    )
    await screen.findByRole('grid')
    const params = requests[0]!
    expect(params.get('since')).toBe('2025-03-10')
    expect(params.get('until')).toBe('2026-03-10')
    expect(params.get('tz')).toBe('Europe/Paris')
    expect(params.get('q')).toBe('bob')
    // The type filter counts too (issue 13: cards 19,508 against a grid of 54,696 ignored it).
    expect(params.get('types')?.split(',')).toContain('session.created')
  })

  it('narrows the shared filters to the clicked day in its time zone, and back', async () => {
    const user = userEvent.setup()
    const requests = backend()
    const changes: EventFilters[] = []
    renderWithEvents(
      <EventFiltersProvider onValueChange={(filters) => changes.push(filters)}>
        <ActivityGrid timeZone="Europe/Paris" locale="en-GB" />
      </EventFiltersProvider>,
    )
    const day = await screen.findByRole('button', { name: '14 events on Tuesday, 3 March 2026, 2 failed' })
    await user.click(day)
    expect(changes.at(-1)).toEqual({
      from: new Date('2026-03-02T23:00:00Z'),
      until: new Date('2026-03-03T23:00:00Z'),
    })
    const panel = screen.getByRole('region', { name: 'Tuesday, 3 March 2026' })
    expect(panel).toHaveTextContent('14 events')

    await user.click(within(panel).getByRole('button', { name: 'Session 9' }))
    expect(changes.at(-1)).toMatchObject({ categories: ['session'] })
    expect(within(panel).getByRole('button', { name: 'Session 9' })).toHaveAttribute('aria-pressed', 'true')
    // The grid counts under the category now (this double answers the same days whatever the filter).
    expect(requests.at(-1)!.get('types')?.split(',')).toContain('session.created')
    expect(within(panel).getByText('Only the events the current filters select.')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'User 5' }))
    expect(changes.at(-1)).toMatchObject({ categories: ['session', 'user'] })

    await user.click(screen.getByRole('button', { name: '14 events on Tuesday, 3 March 2026, 2 failed' }))
    expect(changes.at(-1)).toEqual({ categories: ['session', 'user'] })
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('opens the day the filters already point at', async () => {
    backend()
    renderWithEvents(
      <ActivityGrid
        timeZone="UTC"
        locale="en-GB"
        filters={{ from: new Date('2026-03-06T00:00:00Z'), until: new Date('2026-03-07T00:00:00Z') }}
      />,
    )
    const panel = await screen.findByRole('region', { name: 'Friday, 6 March 2026' })
    expect(within(panel).getByRole('button', { name: 'Organization 3' })).toBeInTheDocument()
  })

  it('shows the error with a retry', async () => {
    const user = userEvent.setup()
    server.use(
      studioStatusHandler(CAPABILITIES),
      http.get(`${STUDIO}/events/activity`, () =>
        HttpResponse.json({ error: 'Aggregation failed' }, { status: 503 }),
      ),
    )
    renderWithEvents(<ActivityGrid timeZone="UTC" />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Aggregation failed')
    backend([])
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('No events in this period.')).toBeInTheDocument()
  })

  it('dims the days outside the time window, leaves them out of the summary and says so', async () => {
    backend()
    renderWithEvents(
      <ActivityGrid timeZone="UTC" locale="en-GB" filters={{ from: new Date('2026-03-05T00:00:00Z') }} />,
    )
    const grid = await screen.findByRole('grid', {
      description: 'Time window from 5 Mar 2026: days outside it are dimmed and not counted.',
    })
    const before = within(grid).getByRole('button', {
      name: '14 events on Tuesday, 3 March 2026, 2 failed (outside the time window, not counted)',
    })
    expect(before.closest('[role="gridcell"]')).toHaveAttribute('data-outside')
    const inside = within(grid).getByRole('button', { name: '3 events on Friday, 6 March 2026' })
    expect(inside.closest('[role="gridcell"]')).not.toHaveAttribute('data-outside')
    expect(screen.getByText('3 events on 1 day')).toBeInTheDocument()
  })
})
