import { render, screen, waitFor } from '@testing-library/react'
import axe from 'axe-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { HttpError } from '../../src/api/errors'
import type { AuthEvent } from '../../src/api/types'
import { EventListView } from '../../src/components/EventList/EventListView'
import type { EventListViewProps } from '../../src/components/EventList/EventListView'
import { AeRoot } from '../../src/components/shared/Root'
import { makeEvent, testEvents } from '../unit/components/sharedTestEvents'
import '../../src/styles.css'

const ROW = 44
const events500 = testEvents(500)

// Wide enough for every column (the default iframe is phone-sized).
beforeAll(async () => {
  await page.viewport(1100, 900)
})

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
const dataRows = () => screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1')
const viewport = () => screen.getByRole('grid').querySelector<HTMLElement>('[role="rowgroup"][style]')!

function List(props: Partial<EventListViewProps>) {
  return (
    <AeRoot colorScheme="light" style={{ width: 960 }}>
      <EventListView status="success" events={events500} {...props} />
    </AeRoot>
  )
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container)
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

describe('EventListView in a real browser', () => {
  it('keeps only the visible rows in the DOM while announcing all 500', async () => {
    render(<List />)
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '501')
    expect(viewport().clientHeight).toBe(480)
    const rendered = dataRows()
    expect(rendered.length).toBeGreaterThanOrEqual(11)
    expect(rendered.length).toBeLessThanOrEqual(11 + 2 * 8 + 1)
    viewport().scrollTop = 500 * ROW
    await frame()
    await waitFor(() => expect(dataRows().at(-1)).toHaveAttribute('aria-rowindex', '501'))
    expect(dataRows().length).toBeLessThan(30)
  })

  it('takes its height from the --ae-event-list-height variable', () => {
    render(<List style={{ '--ae-event-list-height': '220px' }} />)
    expect(viewport().clientHeight).toBe(220)
    expect(dataRows().length).toBeLessThanOrEqual(Math.ceil(220 / ROW) + 2 * 8 + 1)
  })

  it('moves through rows with the keyboard, scrolling them into view', async () => {
    const opened: string[] = []
    render(<List onEventOpen={(event) => opened.push(event.id)} />)
    await userEvent.click(dataRows()[0]!)
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '5')
    await userEvent.keyboard('{End}')
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '501'))
    const last = document.activeElement!.getBoundingClientRect()
    const box = viewport().getBoundingClientRect()
    expect(last.bottom).toBeLessThanOrEqual(box.bottom + 1)
    await userEvent.keyboard('{PageUp}')
    expect(Number(document.activeElement!.getAttribute('aria-rowindex'))).toBe(501 - 9)
    await userEvent.keyboard('{Home}')
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '2'))
    await userEvent.keyboard('{Enter}')
    expect(opened).toEqual([events500[0]!.id, events500[0]!.id])
  })

  it('does not move what the user reads when live events arrive above it', async () => {
    const base = events500.slice(3)
    const fresh = events500.slice(0, 3)
    const { rerender } = render(<List events={base} />)
    viewport().scrollTop = 40 * ROW + 10
    await frame()
    const anchor = dataRows().find(
      (row) => row.getBoundingClientRect().bottom > viewport().getBoundingClientRect().top + 1,
    )!
    const anchorId = anchor.getAttribute('data-event-id')!
    const before = anchor.getBoundingClientRect().top
    rerender(<List events={[...fresh, ...base]} newIds={fresh.map((event) => event.id)} />)
    await frame()
    const same = screen.getByRole('grid').querySelector<HTMLElement>(`[data-event-id="${anchorId}"]`)!
    expect(same.getBoundingClientRect().top).toBe(before)
    expect(viewport().scrollTop).toBe(43 * ROW + 10)
    expect(screen.getByText('3 new events')).toBeInTheDocument()
  })

  it('slides new events in at the top when the user is at the top', async () => {
    const base = events500.slice(2)
    const { rerender } = render(<List events={base} />)
    rerender(
      <List events={[...events500.slice(0, 2), ...base]} newIds={[events500[0]!.id, events500[1]!.id]} />,
    )
    await frame()
    expect(viewport().scrollTop).toBe(0)
    expect(dataRows()[0]).toHaveAttribute('data-event-id', events500[0]!.id)
    expect(dataRows()[0]).toHaveAttribute('data-new', '')
    expect(getComputedStyle(dataRows()[0]!).animationName).toBe('ae-event-list-arrive')
  })

  it('exports CSV with formulas neutralised and secrets masked', async () => {
    const event: AuthEvent = makeEvent({
      message: '=cmd|" /C calc"!A0',
      metadata: { token: 'sess_live_secret', note: '@SUM(1)' },
    })
    render(<List events={[event]} />)
    const downloads: Promise<[string, string]>[] = []
    const capture = (e: MouseEvent) => {
      const link = e.target as HTMLAnchorElement
      if (link.tagName !== 'A' || !link.download) return
      e.preventDefault()
      downloads.push(fetch(link.href).then(async (res) => [link.download, await res.text()]))
    }
    document.addEventListener('click', capture, true)
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
      const files = await Promise.all(downloads)
      expect(files).toHaveLength(1)
      const [name, csv] = files[0]!
      expect(name).toMatch(/^auth-events-.*\.csv$/)
      expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`)
      expect(csv).not.toContain('sess_live_secret')
      expect(csv).toContain('""token"":""••••""')
    } finally {
      document.removeEventListener('click', capture, true)
    }
  })

  describe('has no axe violations', () => {
    it.each<[string, Partial<EventListViewProps>]>([
      [
        'success',
        {
          newIds: [events500[0]!.id],
          skipped: 2,
          scanned: 5000,
          scanLimitReached: true,
          selectedEventId: events500[1]!.id,
        },
      ],
      ['pending', { status: 'pending', events: [] }],
      ['empty', { events: [] }],
      ['not ready', { events: [], ready: false }],
      [
        'error',
        {
          status: 'error',
          error: new HttpError(403, { reason: 'ip_blocked' }, '/x'),
          onRetry: () => undefined,
        },
      ],
      [
        'capped, oldest first',
        { sort: 'asc', newerCount: 4, onShowNewer: () => undefined, onSortChange: () => undefined },
      ],
      ['load more', { events: events500.slice(0, 50), hasMore: true, onLoadMore: () => undefined }],
    ])('%s', async (_, props) => {
      const { container } = render(<List {...props} />)
      await frame()
      await expectNoAxeViolations(container)
    })

    it('dark', async () => {
      const { container } = render(
        <AeRoot colorScheme="dark">
          <EventListView status="success" events={events500} newIds={[events500[0]!.id]} />
        </AeRoot>,
      )
      await frame()
      await expectNoAxeViolations(container)
    })
  })
})
