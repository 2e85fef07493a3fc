import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { NetworkError } from '../../../src/api/errors'
import type { ActivityDay, Severity } from '../../../src/api/types'
import { EventStatsView } from '../../../src/components/EventStats/EventStatsView'
import type { EventStatsCounts } from '../../../src/components/EventStats/EventStatsView'

const COUNTS: EventStatsCounts = {
  total: 1234,
  success: 1000,
  failed: 200,
  warning: 30,
  info: 4,
  scope: 'all-time',
}

const DAYS: ActivityDay[] = [
  { date: '2026-03-02', total: 3, success: 2, failed: 1, warning: 0, info: 0, categories: {} },
  { date: '2026-03-04', total: 7, success: 7, failed: 0, warning: 0, info: 0, categories: {} },
]
const CHART = { status: 'success' as const, days: DAYS, range: { since: '2026-03-01', until: '2026-03-05' } }

describe('EventStatsView', () => {
  it('shows one card per bucket and the total, with the scope they cover', () => {
    render(<EventStatsView status="success" counts={COUNTS} locale="en-US" />)
    const group = screen.getByRole('group', { name: 'Event counts' })
    expect(within(group).getByRole('button', { name: 'Success 1,000' })).toHaveAccessibleDescription(
      /^All time/,
    )
    expect(within(group).getByRole('button', { name: 'Failed 200' })).toBeInTheDocument()
    expect(within(group).getByRole('button', { name: 'Warning 30' })).toBeInTheDocument()
    expect(within(group).getByRole('button', { name: 'Info 4' })).toBeInTheDocument()
    expect(within(group).getByText('1,234')).toBeInTheDocument()
    expect(screen.getByText('All time')).toBeInTheDocument()
  })

  it('labels a sample with its size', () => {
    render(
      <EventStatsView
        status="success"
        counts={{ ...COUNTS, scope: 'sample', sampleSize: 5000 }}
        locale="en-US"
      />,
    )
    expect(screen.getByText('Newest 5,000 events (sample)')).toBeInTheDocument()
  })

  it('toggles the quick status filter from the cards', async () => {
    const user = userEvent.setup()
    const changes: (Severity | null)[] = []
    function Host() {
      const [active, setActive] = useState<Severity | null>(null)
      return (
        <EventStatsView
          status="success"
          counts={COUNTS}
          activeSeverity={active}
          onActiveSeverityChange={(severity) => {
            changes.push(severity)
            setActive(severity)
          }}
        />
      )
    }
    render(<Host />)
    const failed = screen.getByRole('button', { name: /^Failed/ })
    expect(failed).toHaveAttribute('aria-pressed', 'false')
    await user.click(failed)
    expect(failed).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: /^Warning/ }))
    expect(failed).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: /^Warning/ }))
    expect(changes).toEqual(['failed', 'warning', null])
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0)
  })

  it('shows "—" with an explanation for buckets the server does not report', () => {
    const counts: EventStatsCounts = {
      total: 80,
      success: null,
      failed: null,
      warning: null,
      info: null,
      scope: 'all-time',
    }
    render(<EventStatsView status="success" counts={counts} />)
    const success = screen.getByRole('button', { name: 'Success not reported' })
    expect(success).toHaveTextContent('Success —')
    expect(success).toHaveAccessibleDescription(/reports only a total/)
    expect(screen.getByText(/This server reports only a total/)).toBeVisible()
  })

  it('shows a loading status and an error with retry', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<EventStatsView status="pending" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading counts…')
    let retries = 0
    rerender(
      <EventStatsView
        status="error"
        error={new NetworkError('/api', new TypeError('x'))}
        onRetry={() => retries++}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(/unreachable/i)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retries).toBe(1)
  })

  it('does not load the chart until it is shown', async () => {
    const { rerender } = render(
      <EventStatsView status="success" counts={COUNTS} chart={CHART} locale="en-GB" />,
    )
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('img', { name: 'Bar chart of events per day by status' }),
    ).not.toBeInTheDocument()

    rerender(<EventStatsView status="success" counts={COUNTS} chart={CHART} showChart locale="en-GB" />)
    const figure = screen.getByRole('figure', { name: 'Events over time' })
    expect(
      await within(figure).findByRole('img', { name: 'Bar chart of events per day by status' }),
    ).toBeInTheDocument()
    expect(figure).toHaveTextContent('10 events from 1 Mar 2026 to 5 Mar 2026; busiest day 4 Mar 2026 (7).')
  })

  it('gives the chart a table of every day as its text alternative', () => {
    render(<EventStatsView status="success" counts={COUNTS} chart={CHART} showChart locale="en-GB" />)
    const table = screen.getByRole('table', { name: 'Events per day' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(1 + 5)
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('2 Mar 2026')
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '0', '0', '3'])
    expect(within(rows[3]!).getAllByRole('cell').at(-1)).toHaveTextContent('0')
  })
})
