import '../../src/styles.css'
// Vite pre-bundles what the test imports statically. The chart module is otherwise only reached
// through `React.lazy`, and recharts discovered that late makes Vite re-optimize and reload the
// page mid-test (a second React: "Cannot read properties of null (reading 'useContext')").
import '../../src/components/EventStats/EventsChart'
import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { addDays } from '../../src/api/dates'
import { RateLimitError } from '../../src/api/errors'
import type { ActivityDay } from '../../src/api/types'
import { EventStatsView } from '../../src/components/EventStats/EventStatsView'
import type { EventStatsViewProps } from '../../src/components/EventStats/EventStatsView'
import { AeRoot } from '../../src/components/shared/Root'
import { expectNoAxeViolations } from '../helpers/axe'

const RANGE = { since: '2026-02-09', until: '2026-03-10' }
const DAYS: ActivityDay[] = Array.from({ length: 30 }, (_, i) => {
  const success = (i * 7) % 11
  const failed = i % 4
  return {
    date: addDays(RANGE.since, i),
    total: success + failed,
    success,
    failed,
    warning: 0,
    info: 0,
    categories: {},
  }
})
const COUNTS = { total: 1234, success: 1000, failed: 200, warning: 30, info: 4, scope: 'window' as const }

function renderStats(props: Partial<EventStatsViewProps> = {}, wrapper?: (view: ReactNode) => ReactNode) {
  const view = (
    <EventStatsView
      status="success"
      counts={COUNTS}
      chart={{ status: 'success', days: DAYS, range: RANGE }}
      locale="en-GB"
      {...props}
    />
  )
  return render(<div style={{ width: 800 }}>{wrapper ? wrapper(view) : view}</div>)
}

describe('EventStats in a browser', () => {
  it('draws the chart’s bars in the series colours once it is shown', async () => {
    renderStats({ showChart: true })
    const plot = await screen.findByRole(
      'img',
      { name: 'Bar chart of events per day by status' },
      { timeout: 5000 },
    )
    // One rect per non-empty bar segment; wait for the layout to settle.
    await expect
      .poll(() => plot.querySelectorAll('rect[data-severity]').length, { timeout: 5000 })
      .toBeGreaterThan(30)
    const fills = new Set(
      [...plot.querySelectorAll('rect[data-severity]')].map((path) => getComputedStyle(path).fill),
    )
    // --ae-series-1 (success) and --ae-series-2 (failed) of the light theme.
    expect(fills).toEqual(new Set(['rgb(21, 128, 61)', 'rgb(185, 28, 28)']))
    const tallest = Math.max(
      ...[...plot.querySelectorAll('rect[data-severity]')].map((p) => p.getBoundingClientRect().height),
    )
    expect(tallest).toBeGreaterThan(40)
  })

  it('toggles a card with the keyboard', async () => {
    renderStats()
    const failed = screen.getByRole('button', { name: 'Failed 200' })
    failed.focus()
    await userEvent.keyboard('{Enter}')
    expect(failed).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard(' ')
    expect(failed).toHaveAttribute('aria-pressed', 'false')
  })

  describe('has no axe violations', () => {
    const cases: [string, Partial<EventStatsViewProps>, ((view: ReactNode) => ReactNode)?][] = [
      ['pending', { status: 'pending', showChart: true, chart: { status: 'pending', range: RANGE } }],
      ['error', { status: 'error', error: new RateLimitError({}, '/x', 3000), onRetry: () => {} }],
      ['success with a pressed card', { defaultActiveSeverity: 'failed' }],
      [
        'buckets not reported',
        { counts: { total: 80, success: null, failed: null, warning: null, info: null, scope: 'all-time' } },
      ],
      ['sample', { counts: { ...COUNTS, scope: 'sample', sampleSize: 5000 } }],
      ['with the chart', { showChart: true }],
      ['dark with the chart', { showChart: true }, (view) => <AeRoot colorScheme="dark">{view}</AeRoot>],
      ['unstyled with the chart', { showChart: true, unstyled: true }],
    ]
    it.each(cases)('%s', async (_, props, wrapper) => {
      const { container } = renderStats(props, wrapper)
      if (props.showChart && props.chart?.status !== 'pending') {
        await screen.findByRole('img', {}, { timeout: 5000 })
        await expect.poll(() => container.querySelectorAll('rect[data-severity]').length).toBeGreaterThan(0)
      }
      await expectNoAxeViolations(container)
    })
  })
})
