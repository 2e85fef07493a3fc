import '../../src/styles.css'
import { render, screen } from '@testing-library/react'
import type { CSSProperties } from 'react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/api/dates'
import type { ActivityDay, EventFilters } from '../../src/api/types'
import { ActivityGrid } from '../../src/components/ActivityGrid/ActivityGrid'
import { ActivityGridView } from '../../src/components/ActivityGrid/ActivityGridView'
import { EventFiltersProvider } from '../../src/hooks/EventFiltersProvider'
import { renderWithEvents } from '../helpers/renderWithProviders'
import { studioStatusHandler } from '../helpers/studioStatus'
import { worker } from '../mocks/worker'

// Tuesday 10 March 2026: the default grid (weeks from Sunday) runs from Sunday 9 March 2025.
const NOW = new Date('2026-03-10T12:00:00Z')
const FIRST = '2025-03-09'

function day(date: string, success: number, failed: number): ActivityDay {
  const total = success + failed
  return { date, total, success, failed, warning: 0, info: 0, categories: {} }
}
/** A year from `first` with a quiet day (1 event) and a busy one (97), among days of 5 to 40. */
function year(
  kind: 'success' | 'failed',
  first = FIRST,
  quiet = '2026-03-02',
  busy = '2026-03-03',
): ActivityDay[] {
  return Array.from({ length: 380 }, (_, i) => {
    const date = addDays(first, i)
    const n = date === quiet ? 1 : date === busy ? 97 : 5 + ((i * 7) % 36)
    return kind === 'failed' ? day(date, 0, n) : day(date, n, 0)
  })
}

const level = (date: string) => document.querySelector(`[data-date="${date}"]`)?.getAttribute('data-level')
const fill = (element: Element) => getComputedStyle(element).backgroundColor
const cellOfLevel = (n: number) => document.querySelector(`[role="gridcell"][data-level="${n}"] button`)!
const swatchOfLevel = (n: number) => document.querySelector(`[data-level="${n}"].ae-activity-grid__swatch`)!

describe('ActivityGrid colour scale and size', () => {
  it('fills a wide container with square cells between the minimum and the maximum size', () => {
    render(
      <div style={{ width: 1200 }} data-testid="host">
        <ActivityGridView status="success" days={year('success')} now={NOW} timeZone="UTC" locale="en-GB" />
      </div>,
    )
    const host = screen.getByTestId('host').getBoundingClientRect()
    const grid = screen.getByRole('grid').getBoundingClientRect()
    // No empty band: the weeks reach (nearly) the container's far edge.
    expect(grid.width).toBeGreaterThan(host.width * 0.95)
    expect(grid.width).toBeLessThanOrEqual(host.width)
    const cell = screen.getByRole('button', { name: /on Tuesday, 10 March 2026/ }).getBoundingClientRect()
    expect(cell.width).toBeGreaterThan(11)
    expect(cell.width).toBeLessThanOrEqual(26)
    expect(cell.height).toBeCloseTo(cell.width, 0)
  })

  it('resizes its cells with the container, and keeps a cell size set on the component', () => {
    const { rerender } = render(
      <div style={{ width: 1200 }} data-testid="host">
        <ActivityGridView status="success" days={year('success')} now={NOW} timeZone="UTC" locale="en-GB" />
      </div>,
    )
    const cellWidth = () =>
      screen.getByRole('button', { name: /on Tuesday, 10 March 2026/ }).getBoundingClientRect().width
    const wide = cellWidth()
    // The cell side is computed once per child of the grid (a registered property): it must
    // follow the container, not keep the size of the first layout.
    screen.getByTestId('host').style.width = '800px'
    const narrow = cellWidth()
    expect(narrow).toBeLessThan(wide - 5)
    expect(screen.getByRole('grid').getBoundingClientRect().width).toBeLessThanOrEqual(800)
    rerender(
      <div style={{ width: 800 }} data-testid="host">
        <ActivityGridView
          status="success"
          days={year('success')}
          now={NOW}
          timeZone="UTC"
          locale="en-GB"
          style={{ '--ae-activity-grid-cell-size': '9px' } as CSSProperties}
        />
      </div>,
    )
    expect(cellWidth()).toBe(9)
  })

  it('stops growing at the maximum in a very wide container', () => {
    render(
      <div style={{ width: 3000 }}>
        <ActivityGridView status="success" days={year('success')} now={NOW} timeZone="UTC" locale="en-GB" />
      </div>,
    )
    const cell = screen.getByRole('button', { name: /on Tuesday, 10 March 2026/ }).getBoundingClientRect()
    expect(cell.width).toBe(26)
  })

  it('draws no per-cell mark: a day is one fill, its failures are in its name', () => {
    render(
      <ActivityGridView status="success" days={year('failed')} now={NOW} timeZone="UTC" locale="en-GB" />,
    )
    const busy = screen.getByRole('button', { name: '97 events on Tuesday, 3 March 2026, 97 failed' })
    expect(busy.childElementCount).toBe(0)
  })

  it('keeps levels under the Failed filter and shows the failed scale in the legend and the cells', async () => {
    let busy = ''
    let quiet = ''
    worker.use(
      studioStatusHandler(['activity']),
      http.get('*/api/studio/api/events/activity', ({ request }) => {
        const params = new URL(request.url).searchParams
        const until = params.get('until')!
        busy = until
        quiet = addDays(until, -1)
        // What the backend counts under a failed-only filter: only failures.
        return HttpResponse.json({ days: year('failed', params.get('since')!, quiet, busy) })
      }),
    )
    const filters: EventFilters = { severities: ['failed'] }
    renderWithEvents(
      <EventFiltersProvider defaultValue={filters}>
        <ActivityGrid timeZone="UTC" locale="en-GB" />
      </EventFiltersProvider>,
    )
    expect(await screen.findByText('Failed events per day')).toBeVisible()
    expect(screen.queryByText('Events per day')).toBeNull()
    // 1 failure and 97 failures are not the same block of red.
    expect(level(quiet)).toBe('1')
    expect(level(busy)).toBe('4')
    // The legend's swatches are the cells' colours, and they are not the all-events blue.
    expect(fill(swatchOfLevel(4))).toBe(fill(cellOfLevel(4)))
    expect(fill(swatchOfLevel(1))).toBe(fill(cellOfLevel(1)))
    expect(fill(swatchOfLevel(4))).not.toBe(fill(swatchOfLevel(1)))
    const failedColour = getComputedStyle(document.querySelector('.ae-activity-grid')!).getPropertyValue(
      '--ae-failed',
    )
    expect(fill(cellOfLevel(4))).toBe(hexToRgb(failedColour.trim()))
  })

  it('uses the all-events scale without a one-status filter', () => {
    render(
      <ActivityGridView status="success" days={year('success')} now={NOW} timeZone="UTC" locale="en-GB" />,
    )
    expect(screen.getByText('Events per day')).toBeVisible()
    const levelFour = getComputedStyle(document.querySelector('.ae-activity-grid')!).getPropertyValue(
      '--ae-level-4',
    )
    expect(fill(cellOfLevel(4))).toBe(hexToRgb(levelFour.trim()))
    expect(fill(swatchOfLevel(4))).toBe(fill(cellOfLevel(4)))
  })
})

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}
