import '../../src/styles.css'
import { render, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { addDays, dayOfWeek } from '../../src/api/dates'
import { HttpError } from '../../src/api/errors'
import type { ActivityDay, EventFilters } from '../../src/api/types'
import { ActivityGrid } from '../../src/components/ActivityGrid/ActivityGrid'
import { ActivityGridView } from '../../src/components/ActivityGrid/ActivityGridView'
import type { ActivityGridViewProps } from '../../src/components/ActivityGrid/ActivityGridView'
import { AeRoot } from '../../src/components/shared/Root'
import { EventFiltersProvider } from '../../src/hooks/EventFiltersProvider'
import { expectNoAxeViolations } from '../helpers/axe'
import { renderWithEvents } from '../helpers/renderWithProviders'
import { studioStatusHandler } from '../helpers/studioStatus'
import { worker } from '../mocks/worker'

// Tuesday 10 March 2026: the grid (weeks from Sunday) runs from Sunday 9 March 2025.
const NOW = new Date('2026-03-10T12:00:00Z')
const FIRST = '2025-03-09'

/** A year of varied, deterministic days: some idle, some with failures. */
function yearOfDays(): ActivityDay[] {
  return Array.from({ length: 367 }, (_, i) => {
    const total = i % 6 === 0 ? 0 : (i * 37) % 23
    const failed = Math.floor((total * (i % 5)) / 10)
    const success = total - failed
    return {
      date: addDays(FIRST, i),
      total,
      success,
      failed,
      warning: 0,
      info: 0,
      categories: total ? { session: { total, success, failed, warning: 0, info: 0 } } : {},
    }
  })
}
const DAYS = yearOfDays()

function renderView(
  props: Partial<ActivityGridViewProps> = {},
  wrapper?: (children: ReactNode) => ReactNode,
) {
  const view = (
    <ActivityGridView status="success" days={DAYS} now={NOW} timeZone="UTC" locale="en-GB" {...props} />
  )
  return render(<>{wrapper ? wrapper(view) : view}</>)
}

const focused = () => document.activeElement?.getAttribute('aria-label')
// Cells carry their day as `data-date` (part of the public markup, for hosts' styles and tests).
const dayButton = (date: string) => document.querySelector<HTMLButtonElement>(`[data-date="${date}"] button`)!

describe('ActivityGrid in a browser', () => {
  it('moves through the days with the keyboard and opens one with Enter', async () => {
    renderView({}, (view) => (
      <>
        <button type="button">before</button>
        {view}
      </>
    ))
    await userEvent.click(screen.getByRole('button', { name: 'before' }))
    // One tab stop: the newest day.
    await userEvent.tab()
    expect(focused()).toMatch(/on Tuesday, 10 March 2026$/)
    await userEvent.keyboard('{ArrowUp}')
    expect(focused()).toMatch(/on Monday, 9 March 2026/)
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused()).toMatch(/on Monday, 2 March 2026/)
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(focused()).toMatch(/on Monday, 9 March 2026/)
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    // Past today the grid ends: focus stays on the last day.
    expect(focused()).toMatch(/on Tuesday, 10 March 2026/)
    await userEvent.keyboard('{Home}')
    expect(focused()).toMatch(/on Tuesday, 11 March 2025/)
    await userEvent.keyboard('{End}')
    expect(focused()).toMatch(/on Tuesday, 10 March 2026/)
    await userEvent.keyboard('{Control>}{Home}{/Control}')
    expect(focused()).toMatch(/on Sunday, 9 March 2025/)
    await userEvent.keyboard('{PageDown}')
    expect(focused()).toMatch(/on Wednesday, 9 April 2025/)
    await userEvent.keyboard('{Control>}{End}{/Control}{PageUp}')
    expect(focused()).toMatch(/on Tuesday, 10 February 2026/)
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('region', { name: 'Tuesday, 10 February 2026' })).toBeVisible()
    await userEvent.keyboard(' ')
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    // Tab leaves the grid from wherever focus is.
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'before' }))
  })

  it('mirrors left and right in a right-to-left page', async () => {
    renderView({}, (view) => <div dir="rtl">{view}</div>)
    await userEvent.click(screen.getByRole('button', { name: /on Monday, 2 March 2026/ }))
    await userEvent.keyboard('{ArrowLeft}')
    expect(focused()).toMatch(/on Monday, 9 March 2026/)
    await userEvent.keyboard('{ArrowRight}')
    expect(focused()).toMatch(/on Monday, 2 March 2026/)
  })

  it('shows a tooltip with the day’s counts on hover, inside the component', async () => {
    const { container } = renderView()
    const tooltipFor = async (date: string) => {
      await userEvent.hover(dayButton(date))
      return waitFor(() => {
        const element = container.querySelector<HTMLElement>('[data-side]')
        expect(element).not.toBeNull()
        return element!
      })
    }
    // A Saturday with failures (bottom row): the tooltip sits above the cell.
    const saturday = DAYS.find((d) => d.failed > 0 && d.date > '2026-02-01' && dayOfWeek(d.date) === 6)!
    let tooltip = await tooltipFor(saturday.date)
    expect(tooltip).toHaveTextContent(`Success ${saturday.success} · Failed ${saturday.failed}`)
    expect(tooltip.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      dayButton(saturday.date).getBoundingClientRect().top,
    )
    // A Sunday (top row): below the cell, so it does not cover what is above the grid.
    const sunday = DAYS.find((d) => d.total > 0 && d.date > '2026-02-01' && dayOfWeek(d.date) === 0)!
    await userEvent.unhover(dayButton(saturday.date))
    tooltip = await tooltipFor(sunday.date)
    expect(tooltip).toHaveTextContent(new RegExp(`^${sunday.total} events on Sunday`))
    expect(tooltip.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      dayButton(sunday.date).getBoundingClientRect().bottom,
    )
    expect(tooltip.getBoundingClientRect().top).toBeGreaterThanOrEqual(container.getBoundingClientRect().top)
  })

  it('scrolls a narrow grid to the newest week instead of hiding it', async () => {
    renderView({}, (view) => <div style={{ width: 360 }}>{view}</div>)
    const grid = screen.getByRole('grid')
    const scroller = grid.parentElement!
    expect(grid).toBeVisible()
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth)
    expect(scroller.scrollLeft + scroller.clientWidth).toBeGreaterThanOrEqual(scroller.scrollWidth - 1)
    const newest = screen.getByRole('button', { name: /on Tuesday, 10 March 2026/ }).getBoundingClientRect()
    const box = scroller.getBoundingClientRect()
    expect(newest.right).toBeLessThanOrEqual(box.right)
    expect(newest.left).toBeGreaterThanOrEqual(box.left)
    // Weekday labels stay pinned while the weeks scroll under them.
    const label = within(grid).getAllByRole('rowheader')[1]!.getBoundingClientRect()
    expect(label.left).toBeGreaterThanOrEqual(box.left - 1)
    expect(label.right).toBeLessThan(newest.left)
  })

  it('scrolls a narrow right-to-left grid to its newest week too', async () => {
    renderView({}, (view) => (
      <div dir="rtl" style={{ width: 360 }}>
        {view}
      </div>
    ))
    const scroller = screen.getByRole('grid').parentElement!
    const newest = screen.getByRole('button', { name: /on Tuesday, 10 March 2026/ }).getBoundingClientRect()
    const box = scroller.getBoundingClientRect()
    expect(newest.left).toBeGreaterThanOrEqual(box.left)
    expect(newest.right).toBeLessThanOrEqual(box.right)
  })

  it('adds a category from the day panel to the shared filters', async () => {
    worker.use(
      studioStatusHandler(['activity']),
      http.get('*/api/studio/api/events/activity', ({ request }) => {
        const until = new URL(request.url).searchParams.get('until')!
        const day = { total: 4, success: 3, failed: 1, warning: 0, info: 0 }
        return HttpResponse.json({
          days: [
            {
              date: until,
              ...day,
              categories: {
                session: { ...day, total: 3, failed: 0 },
                admin: { ...day, total: 1, success: 0 },
              },
            },
          ],
        })
      }),
    )
    const changes: EventFilters[] = []
    renderWithEvents(
      <EventFiltersProvider onValueChange={(filters) => changes.push(filters)}>
        <ActivityGrid timeZone="UTC" locale="en-GB" />
      </EventFiltersProvider>,
    )
    const today = await screen.findByRole('button', { name: /^4 events on .*, 1 failed$/ })
    await userEvent.click(today)
    const panel = screen.getByRole('region')
    await userEvent.click(within(panel).getByRole('button', { name: 'Admin 1' }))
    expect(changes.at(-1)?.categories).toEqual(['admin'])
    expect(changes.at(-1)?.from).toBeInstanceOf(Date)
    expect(within(panel).getByRole('button', { name: 'Admin 1' })).toHaveAttribute('aria-pressed', 'true')
  })

  describe('has no axe violations', () => {
    const cases: [string, Partial<ActivityGridViewProps>, ((view: ReactNode) => ReactNode)?][] = [
      ['pending', { status: 'pending', scanned: 1200 }],
      [
        'error',
        { status: 'error', error: new HttpError(403, { reason: 'ip_blocked' }, '/x'), onRetry: () => {} },
      ],
      ['empty', { days: [] }],
      ['success', {}],
      ['approximate', { approximate: true, scanned: 20000 }],
      ['with the day panel open', { defaultSelectedDate: '2026-03-03', onCategorySelect: () => {} }],
      ['week starting Monday', { weekStart: 1 }],
      ['dark', { defaultSelectedDate: '2026-03-03' }, (view) => <AeRoot colorScheme="dark">{view}</AeRoot>],
      ['unstyled', { unstyled: true, defaultSelectedDate: '2026-03-03' }],
    ]
    it.each(cases)('%s', async (_, props, wrapper) => {
      const { container } = renderView(props, wrapper)
      await expectNoAxeViolations(container)
    })
  })
})
