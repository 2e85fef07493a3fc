import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { HttpError } from '../../../src/api/errors'
import type { ActivityDay, Category } from '../../../src/api/types'
import { ActivityGridView } from '../../../src/components/ActivityGrid/ActivityGridView'
import type { ActivityGridViewProps } from '../../../src/components/ActivityGrid/ActivityGridView'

// Tuesday 10 March 2026, noon UTC: the grid ends on that day.
const NOW = new Date('2026-03-10T12:00:00Z')

function day(
  date: string,
  counts: Partial<Record<'success' | 'failed' | 'warning' | 'info', number>>,
  categories: Partial<Record<Category, number>> = {},
): ActivityDay {
  const { success = 0, failed = 0, warning = 0, info = 0 } = counts
  return {
    date,
    total: success + failed + warning + info,
    success,
    failed,
    warning,
    info,
    categories: Object.fromEntries(
      Object.entries(categories).map(([category, total]) => [
        category,
        { total, success: total, failed: 0, warning: 0, info: 0 },
      ]),
    ),
  }
}

const DAYS = [
  day('2026-03-03', { success: 10, failed: 2, warning: 1, info: 1 }, { session: 9, user: 5 }),
  day('2026-03-04', { success: 1 }, { session: 1 }),
  day('2026-03-05', { success: 2 }, { session: 2 }),
  day('2026-03-06', { success: 40, failed: 4 }, { session: 44 }),
]

function renderGrid(props: Partial<ActivityGridViewProps> = {}) {
  return render(
    <ActivityGridView status="success" days={DAYS} now={NOW} timeZone="UTC" locale="en-GB" {...props} />,
  )
}

describe('ActivityGridView', () => {
  it('shows 53 weeks as a grid of weekday rows with named day cells', () => {
    renderGrid()
    const grid = screen.getByRole('grid', { name: 'Event activity by day' })
    const rows = within(grid).getAllByRole('row')
    expect(rows).toHaveLength(7)
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Sunday')
    // 52 full weeks plus Sunday–Tuesday of the current one.
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(52 * 7 + 3)
    expect(
      screen.getByRole('button', { name: '14 events on Tuesday, 3 March 2026, 2 failed' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '1 event on Wednesday, 4 March 2026' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'No events on Monday, 9 March 2026' })).toBeInTheDocument()
    expect(screen.getByText('61 events on 4 days')).toBeInTheDocument()
  })

  it('colours days by quartiles of the active days', () => {
    renderGrid()
    const level = (name: string) =>
      screen.getByRole('button', { name }).closest('[role="gridcell"]')?.getAttribute('data-level')
    expect(level('44 events on Friday, 6 March 2026, 4 failed')).toBe('4')
    expect(level('1 event on Wednesday, 4 March 2026')).toBe('1')
    expect(level('No events on Monday, 9 March 2026')).toBe('0')
  })

  it('starts weeks on the configured day', () => {
    renderGrid({ weekStart: 1 })
    const rows = screen.getAllByRole('row')
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Monday')
    expect(within(rows[6]!).getByRole('rowheader')).toHaveTextContent('Sunday')
  })

  it('opens the day panel on click, and closes it on a second click', async () => {
    const user = userEvent.setup()
    const changes: (string | null)[] = []
    renderGrid({ onSelectedDateChange: (date) => changes.push(date) })
    const cell = screen.getByRole('button', { name: '14 events on Tuesday, 3 March 2026, 2 failed' })
    await user.click(cell)
    const panel = screen.getByRole('region', { name: 'Tuesday, 3 March 2026' })
    expect(panel).toHaveTextContent('14 events')
    expect(within(panel).getByText('Failed').nextElementSibling).toHaveTextContent('2')
    expect(within(panel).getByRole('button', { name: 'Session 9' })).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'User 5' })).toBeInTheDocument()
    expect(cell.closest('[role="gridcell"]')).toHaveAttribute('aria-selected', 'true')
    await user.click(cell)
    expect(screen.queryByRole('region', { name: 'Tuesday, 3 March 2026' })).not.toBeInTheDocument()
    expect(changes).toEqual(['2026-03-03', null])
  })

  it('reports a category row as a filter request', async () => {
    const user = userEvent.setup()
    function Host() {
      const [categories, setCategories] = useState<Category[]>([])
      return (
        <ActivityGridView
          status="success"
          days={DAYS}
          now={NOW}
          timeZone="UTC"
          locale="en-GB"
          defaultSelectedDate="2026-03-03"
          activeCategories={categories}
          onCategorySelect={(category) => setCategories((current) => [...current, category])}
        />
      )
    }
    render(<Host />)
    const row = screen.getByRole('button', { name: 'Session 9' })
    expect(row).toHaveAttribute('aria-pressed', 'false')
    await user.click(row)
    expect(row).toHaveAttribute('aria-pressed', 'true')
  })

  it('closes the panel with "Clear day"', async () => {
    const user = userEvent.setup()
    renderGrid({ defaultSelectedDate: '2026-03-06' })
    await user.click(screen.getByRole('button', { name: 'Clear day' }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('moves focus by day and by week with the arrow keys', async () => {
    const user = userEvent.setup()
    renderGrid()
    await user.click(screen.getByRole('button', { name: /on Tuesday, 3 March 2026/ }))
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: /on Wednesday, 4 March 2026/ })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('button', { name: /on Wednesday, 25 February 2026/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('region', { name: 'Wednesday, 25 February 2026' })).toHaveTextContent(
      'No events on this day.',
    )
  })

  it('shows a loading status, an error with retry, an empty year and the approximate notice', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<ActivityGridView status="pending" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading activity…')
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
    rerender(<ActivityGridView status="pending" scanned={1200} locale="en-US" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading activity… 1,200 events read so far.')

    let retries = 0
    rerender(
      <ActivityGridView
        status="error"
        error={new HttpError(500, { error: 'down' }, '/x')}
        onRetry={() => retries++}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(/HTTP 500/)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retries).toBe(1)

    rerender(<ActivityGridView status="success" days={[]} now={NOW} timeZone="UTC" />)
    expect(screen.getByRole('status')).toHaveTextContent('No events in this period.')
    expect(screen.getByRole('grid')).toBeInTheDocument()

    rerender(
      <ActivityGridView
        status="success"
        days={DAYS}
        now={NOW}
        timeZone="UTC"
        approximate
        scanned={20000}
        locale="en-GB"
      />,
    )
    expect(screen.getByText('Approximate: based on the newest 20,000 events.')).toBeInTheDocument()
  })

  it('drops its classes when unstyled but keeps roles and state', () => {
    const { container } = renderGrid({ unstyled: true, className: 'mine' })
    const root = container.firstElementChild
    expect(root).toHaveClass('mine')
    expect(root?.className).toBe('mine')
    expect(root).toHaveAttribute('data-state', 'success')
    expect(container.querySelector('[class^="ae-"]')).toBeNull()
    expect(screen.getByRole('grid')).toBeInTheDocument()
  })
})
