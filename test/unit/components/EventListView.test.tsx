import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HttpError } from '../../../src/api/errors'
import type { AuthEvent } from '../../../src/api/types'
import { EventListView } from '../../../src/components/EventList/EventListView'
import type { EventListViewProps } from '../../../src/components/EventList/EventListView'
import { makeEvent, testEvents } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

fakeViewportHeight(440)

const events500 = testEvents(500)

function renderList(props: Partial<EventListViewProps> = {}) {
  return render(<EventListView status="success" events={events500} overscan={2} {...props} />)
}

const dataRows = () => screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1')

describe('EventListView states', () => {
  it('shows a skeleton with a status while pending', () => {
    const { container } = renderList({ status: 'pending', events: [] })
    expect(screen.getByRole('status')).toHaveTextContent('Loading events…')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'pending')
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
  })

  it('says when nothing matches, and when the backend is not ready', () => {
    const { rerender, container } = renderList({ events: [] })
    expect(screen.getByRole('status')).toHaveTextContent('No events match these filters')
    rerender(<EventListView status="success" events={[]} ready={false} />)
    expect(screen.getByRole('status')).toHaveTextContent(/starting on the server/)
    expect(container.firstElementChild).toHaveAttribute('data-state', 'not-ready')
  })

  it('keeps loaded rows under an error', () => {
    renderList({
      status: 'error',
      error: new HttpError(401, {}, '/api/studio/api/events'),
      events: events500.slice(0, 3),
    })
    expect(screen.getByRole('alert')).toHaveTextContent(/sign in/i)
    expect(dataRows()).toHaveLength(3)
  })

  it('tells what it leaves out: malformed events, a bounded search', () => {
    const { rerender } = renderList({ skipped: 2, scanned: 5000, scanLimitReached: true })
    expect(screen.getByText(/2 events could not be shown/)).toBeInTheDocument()
    expect(
      screen.getByText(/Searched the newest 5,000 events; older matches are not shown/),
    ).toBeInTheDocument()
    rerender(<EventListView status="success" events={events500} scanned={1200} locale="en-US" />)
    expect(screen.getByText('Searched the newest 1,200 events for these filters.')).toBeInTheDocument()
  })
})

describe('EventListView grid', () => {
  it('renders only the visible rows but announces all 500 (+ header)', () => {
    renderList()
    const grid = screen.getByRole('grid', { name: 'Authentication events' })
    expect(grid).toHaveAttribute('aria-rowcount', '501')
    const rows = dataRows()
    expect(rows.length).toBeGreaterThanOrEqual(10)
    expect(rows.length).toBeLessThan(20)
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2')
    expect(within(rows[0]!).getByText(events500[0]!.message)).toBeInTheDocument()
  })

  it('shows type, user and a millisecond timestamp in the time zone', () => {
    const event = makeEvent({ metadata: {}, userId: undefined, label: 'Signed in', type: 'user.logged_in' })
    renderList({
      events: [{ ...event, metadata: { email: 'ada@example.com' } }],
      locale: 'en-GB',
      timeZone: 'Asia/Tokyo',
    })
    const row = dataRows()[0]!
    expect(within(row).getByText('Signed in')).toBeInTheDocument()
    // The raw type is the label's tooltip, not a second line (issue 13: rows repeated themselves).
    expect(within(row).queryByText('user.logged_in')).toBeNull()
    expect(within(row).getByText('Signed in').closest('[title]')).toHaveAttribute('title', 'user.logged_in')
    expect(within(row).getByText('ada@example.com')).toBeInTheDocument()
    expect(within(row).getByText('20/11/2026, 20:59:58.123')).toHaveAttribute(
      'dateTime',
      '2026-11-20T11:59:58.123Z',
    )
    expect(within(row).getByText('Success')).toBeInTheDocument()
  })

  it('moves focus with the keyboard and opens with Enter', async () => {
    const opened: AuthEvent[] = []
    renderList({ onEventOpen: (event) => opened.push(event) })
    const user = userEvent.setup()
    await user.tab() // the export buttons come first
    await user.tab()
    await user.tab()
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '4')
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3')
    await user.keyboard('{End}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '501')
    await user.keyboard('{PageUp}')
    expect(Number(document.activeElement!.getAttribute('aria-rowindex'))).toBeLessThan(501)
    await user.keyboard('{Home}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2')
    await user.keyboard('{PageDown}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '11')
    await user.keyboard('{Enter}')
    expect(opened.map((event) => event.id)).toEqual([events500[9]!.id])
    expect(document.activeElement).toHaveAttribute('data-state', 'selected')
    // Only one row is in the tab order.
    expect(dataRows().filter((row) => row.tabIndex === 0)).toHaveLength(1)
  })

  it('opens on click and reports the selection', async () => {
    const selected: (string | null)[] = []
    renderList({ onSelectedEventIdChange: (id) => selected.push(id) })
    await userEvent.click(screen.getByText(events500[2]!.message))
    expect(selected).toEqual([events500[2]!.id])
    expect(dataRows()[2]).toHaveAttribute('aria-selected', 'true')
  })

  it('toggles newest/oldest first from the time header', async () => {
    const sorts: string[] = []
    renderList({ sort: 'desc', onSortChange: (sort) => sorts.push(sort) })
    const header = screen.getByRole('columnheader', { name: /Time/ })
    expect(header).toHaveAttribute('aria-sort', 'descending')
    await userEvent.click(within(header).getByRole('button'))
    expect(sorts).toEqual(['asc'])
  })
})

describe('EventListView paging and cap', () => {
  it('loads more below the cap', async () => {
    let loads = 0
    renderList({ events: events500.slice(0, 50), hasMore: true, onLoadMore: () => (loads += 1) })
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(loads).toBe(1)
  })

  it('says the cap is reached instead of loading more', () => {
    renderList({ hasMore: true, onLoadMore: () => undefined })
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(
      screen.getByText(/newest 500 events, the most this list holds\. Narrow the filters/),
    ).toBeInTheDocument()
  })

  it('announces newer events in an oldest-first list', async () => {
    let shown = 0
    renderList({ sort: 'asc', newerCount: 3, onShowNewer: () => (shown += 1) })
    await userEvent.click(screen.getByRole('button', { name: '3 newer events' }))
    expect(shown).toBe(1)
    expect(screen.getByText(/first 500 events/)).toBeInTheDocument()
  })

  it('marks live arrivals and announces them', () => {
    renderList({ newIds: [events500[0]!.id, events500[1]!.id] })
    expect(dataRows()[0]).toHaveAttribute('data-new', '')
    expect(dataRows()[2]).not.toHaveAttribute('data-new')
    expect(screen.getByText('2 new events')).toBeInTheDocument()
  })
})

describe('EventListView customisation', () => {
  it('drops library classes when unstyled but keeps roles', () => {
    const { container } = renderList({ unstyled: true, className: 'host' })
    expect(container.querySelector('[class*="ae-"]')).toBeNull()
    expect(container.firstElementChild).toHaveClass('host')
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '501')
  })

  it('takes partial labels', () => {
    renderList({ events: [], labels: { empty: 'Rien à afficher' } })
    expect(screen.getByRole('status')).toHaveTextContent('Rien à afficher')
  })
})
