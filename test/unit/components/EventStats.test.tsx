import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { EventFilters } from '../../../src/api/types'
import { EventStats } from '../../../src/components/EventStats/EventStats'
import { EventFiltersProvider } from '../../../src/hooks/EventFiltersProvider'
import { renderWithEvents } from '../../helpers/renderWithProviders'
import { studioStatusHandler } from '../../helpers/studioStatus'
import { server } from '../../mocks/server'

const STUDIO = '*/api/studio/api'

/** A Studio backend answering counts (and activity when `extended`); records what was asked. */
function backend({
  extended = true,
  counts = { total: 812, success: 640, failed: 71, warning: 38, info: 63 } as object,
} = {}) {
  const requests = { counts: [] as URLSearchParams[], activity: [] as URLSearchParams[] }
  server.use(
    studioStatusHandler(extended ? ['filters', 'cursor', 'activity', 'counts-window'] : undefined),
    http.get(`${STUDIO}/events/count`, ({ request }) => {
      requests.counts.push(new URL(request.url).searchParams)
      return HttpResponse.json(counts)
    }),
    http.get(`${STUDIO}/events/activity`, ({ request }) => {
      const params = new URL(request.url).searchParams
      requests.activity.push(params)
      const until = params.get('until') ?? ''
      return HttpResponse.json({
        days: [{ date: until, total: 5, success: 4, failed: 1, warning: 0, info: 0 }],
      })
    }),
  )
  return requests
}

describe('EventStats', () => {
  it('sets and clears the quick status filter of the shared filters', async () => {
    const user = userEvent.setup()
    const requests = backend()
    const changes: EventFilters[] = []
    renderWithEvents(
      <EventFiltersProvider defaultValue={{ q: 'alice' }} onValueChange={(filters) => changes.push(filters)}>
        <EventStats locale="en-US" />
      </EventFiltersProvider>,
    )
    const failed = await screen.findByRole('button', { name: 'Failed 71' })
    expect(screen.getByText('All time')).toBeInTheDocument()
    await user.click(failed)
    expect(changes.at(-1)).toEqual({ q: 'alice', severities: ['failed'] })
    expect(screen.getByRole('button', { name: 'Failed 71' })).toHaveAttribute('aria-pressed', 'true')
    // Every card keeps its number: the counts never ask for one bucket only.
    expect(screen.getByRole('button', { name: 'Success 640' })).toHaveAttribute('aria-pressed', 'false')
    expect(requests.counts.every((params) => !params.has('severity'))).toBe(true)
    expect(requests.counts.at(-1)?.get('q')).toBe('alice')

    await user.click(screen.getByRole('button', { name: 'Failed 71' }))
    expect(changes.at(-1)).toEqual({ q: 'alice' })
  })

  it('names the date range the counts cover', async () => {
    const requests = backend()
    const filters = { from: new Date('2026-03-02T23:00:00Z'), until: new Date('2026-03-03T23:00:00Z') }
    const { rerender } = renderWithEvents(
      <EventStats filters={filters} timeZone="Europe/Paris" locale="en-GB" />,
    )
    expect(await screen.findByText('3 Mar 2026')).toBeInTheDocument()
    expect(requests.counts.at(-1)?.get('since')).toBe('2026-03-02T23:00:00.000Z')
    rerender(
      <EventStats
        filters={{ ...filters, until: new Date('2026-03-05T23:00:00Z') }}
        timeZone="Europe/Paris"
        locale="en-GB"
      />,
    )
    expect(await screen.findByText('3 Mar 2026 – 5 Mar 2026')).toBeInTheDocument()
  })

  it('reports card presses to onFiltersChange when controlled', async () => {
    const user = userEvent.setup()
    backend()
    const changes: EventFilters[] = []
    renderWithEvents(
      <EventStats
        filters={{ severities: ['warning'] }}
        onFiltersChange={(filters) => changes.push(filters)}
      />,
    )
    expect(await screen.findByRole('button', { name: /^Warning/ })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: /^Info/ }))
    expect(changes).toEqual([{ severities: ['info'] }])
  })

  it('explains buckets a plain Studio does not count', async () => {
    backend({
      extended: false,
      counts: { total: 812, success: null, failed: null, warning: null, info: null },
    })
    renderWithEvents(<EventStats locale="en-US" />)
    expect(await screen.findByRole('button', { name: 'Success not reported' })).toBeInTheDocument()
    expect(screen.getByText('All time')).toBeInTheDocument()
    expect(screen.getByText('812')).toBeInTheDocument()
    expect(screen.getByText(/reports only a total/)).toBeInTheDocument()
  })

  it('shows the server error with a retry', async () => {
    const user = userEvent.setup()
    server.use(
      studioStatusHandler(),
      http.get(`${STUDIO}/events/count`, () =>
        HttpResponse.json({ error: 'Database is down' }, { status: 500 }),
      ),
    )
    renderWithEvents(<EventStats />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Database is down')
    backend({ extended: false })
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: 'Failed 71' })).toBeInTheDocument()
  })

  it('fetches the chart data and loads the chart only when it is shown', async () => {
    const requests = backend()
    const { rerender } = renderWithEvents(<EventStats timeZone="UTC" showTrend={false} />)
    await screen.findByRole('button', { name: 'Failed 71' })
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(requests.activity).toHaveLength(0)

    rerender(<EventStats timeZone="UTC" showTrend={false} showChart chartDays={7} />)
    const figure = await screen.findByRole('figure', { name: 'Events over time' })
    expect(
      await within(figure).findByRole('img', { name: 'Bar chart of events per day by status' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(within(figure).getAllByRole('row')).toHaveLength(1 + 7))
    expect(requests.activity).toHaveLength(1)
    expect(requests.activity[0]?.get('tz')).toBe('UTC')
    expect(figure).toHaveTextContent(/^Events over time.*5 events from/)
  })
})
