/**
 * Issue 13, the per-user / IP / organization view: from a row or from the dialog, one click
 * narrows the dashboard to that entity (a chip), with its recent activity in one line; the
 * cards, the grid and the list follow; removing the chip restores the view. Where the backend
 * cannot filter by the entity, the browser does and the summary says so.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventsDashboard } from '../../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../../../src/msw'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { StoredEvent } from '../../../src/server/wire'
import { clockFromEachTest } from '../../helpers/clock'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'
import { server } from '../../mocks/server'
import { storedEvent } from '../hooks/hookTestUtils'

const NOW = Date.parse('2026-03-10T12:00:00.000Z')
clockFromEachTest(NOW)
fakeViewportHeight(440)

const HOUR = 3_600_000
const EVENTS: StoredEvent[] = [
  storedEvent(NOW - 1 * HOUR, { userId: 'u-ada', ipAddress: '203.0.113.7', organizationId: 'org-1' }),
  storedEvent(NOW - 2 * HOUR, { userId: 'u-ada', ipAddress: '203.0.113.7', status: 'failed' }),
  storedEvent(NOW - 3 * HOUR, { userId: 'u-ada', ipAddress: '198.51.100.4', organizationId: 'org-1' }),
  storedEvent(NOW - 4 * HOUR, { userId: 'u-bob', ipAddress: '198.51.100.4', organizationId: 'org-2' }),
  storedEvent(NOW - 5 * HOUR, { userId: 'u-bob', ipAddress: '198.51.100.4', organizationId: 'org-1' }),
  storedEvent(NOW - 6 * HOUR, { userId: 'u-bob', ipAddress: '192.0.2.9' }),
  storedEvent(NOW - 7 * HOUR, { userId: 'u-bob', ipAddress: '192.0.2.9' }),
]

function renderDashboard({ extended = true } = {}) {
  const store = createMemoryStore({ events: EVENTS })
  server.use(
    ...createStudioHandlers({
      store,
      studioQuirks: !extended,
      extensions: extended ? studioCapabilities : [],
    }),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <EventsDashboard client={createEventsClient()} defaultLive={false} timeZone="UTC" locale="en-GB" />
    </QueryClientProvider>,
  )
}

const list = () => screen.getByRole('grid', { name: 'Authentication events' })
const rows = () => within(list()).getAllByRole('row').slice(1)
const totalCard = () =>
  screen
    .getByText('Total')
    .closest<HTMLElement>('[data-severity="total"]')!
    .querySelector('.ae-event-stats__card-value')!.textContent
const chips = () => screen.queryByRole('list', { name: 'Active filters' })

describe('events of this user, IP or organization (issue 13)', () => {
  it('from the dialog by keyboard: a user chip, the activity line, and everything follows; removing it restores', async () => {
    const user = userEvent.setup()
    renderDashboard()
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    await waitFor(() => expect(totalCard()).toBe('7'))
    // Keyboard only: the first row (u-ada) opens with Enter; the button in the dialog takes Enter.
    rows()[0]!.focus()
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 })
    const button = within(dialog).getByRole('button', { name: 'Events of this user' })
    button.focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    expect(within(chips()!).getByRole('button', { name: 'Remove filter: User: u-ada' })).toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(3), { timeout: 15_000 })
    await waitFor(() => expect(totalCard()).toBe('3'))
    expect(screen.getByText(/^3 events match the filters, on 1 day of the grid$/)).toBeInTheDocument()
    const summary = screen.getByRole('region', { name: 'Activity of the filtered user, IP or organization' })
    expect(summary).toHaveTextContent(/^User u-ada: 3 events in all, 1 failed, last seen 10\/03\/2026, 11:00/)

    await user.click(within(chips()!).getByRole('button', { name: 'Remove filter: User: u-ada' }))
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    await waitFor(() => expect(totalCard()).toBe('7'))
    expect(
      screen.queryByRole('region', { name: 'Activity of the filtered user, IP or organization' }),
    ).not.toBeInTheDocument()
  })

  it("from a row in one click: the row's user button, without opening the dialog", async () => {
    const user = userEvent.setup()
    renderDashboard()
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    await user.click(within(rows()[3]!).getByRole('button', { name: 'Show only the events of u-bob' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(chips()!).getByRole('button', { name: 'Remove filter: User: u-bob' })).toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(4), { timeout: 15_000 })
    await waitFor(() => expect(totalCard()).toBe('4'))

    // In the dialog the button is a toggle: pressed now, and pressing it removes the filter.
    await user.click(rows()[0]!)
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 })
    const toggle = within(dialog).getByRole('button', { name: 'Events of this user' })
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(within(dialog).getByRole('button', { name: 'Events of this IP' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await user.click(toggle)
    expect(chips()).not.toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
  })

  it("from a row by keyboard: → reaches the row's user button, Enter filters, ← goes back", async () => {
    const user = userEvent.setup()
    renderDashboard()
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    rows()[0]!.focus()
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(rows()[3]).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    const button = within(rows()[3]!).getByRole('button', { name: 'Show only the events of u-bob' })
    expect(button).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(rows()[3]).toHaveFocus()
    await user.keyboard('{ArrowRight}{Enter}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(chips()!).getByRole('button', { name: 'Remove filter: User: u-bob' })).toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(4), { timeout: 15_000 })
  })

  it('an IP: no backend filters it, so the browser does, and the summary says so', async () => {
    const user = userEvent.setup()
    renderDashboard()
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    await user.click(rows()[0]!)
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 })
    await user.click(within(dialog).getByRole('button', { name: 'Events of this IP' }))
    expect(
      within(chips()!).getByRole('button', { name: 'Remove filter: IP: 203.0.113.7' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(rows()).toHaveLength(2), { timeout: 15_000 })
    // Counted over the same scan: the cards and the grid say 2 as well.
    await waitFor(() => expect(totalCard()).toBe('2'), { timeout: 15_000 })
    expect(screen.getByText(/^2 events match the filters, on 1 day of the grid$/)).toBeInTheDocument()
    const summary = screen.getByRole('region', { name: 'Activity of the filtered user, IP or organization' })
    expect(summary).toHaveTextContent(/^IP 203\.0\.113\.7: 2 events in all, 1 failed, last seen/)
    expect(summary).toHaveTextContent(
      'This backend cannot filter by IP: the browser filters the newest 7 events.',
    )
  })

  it('plain Studio cannot filter by organization: the browser does, and the summary says so', async () => {
    const user = userEvent.setup()
    renderDashboard({ extended: false })
    await waitFor(() => expect(rows()).toHaveLength(7), { timeout: 15_000 })
    await user.click(rows()[0]!)
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 })
    await user.click(within(dialog).getByRole('button', { name: 'Events of this organization' }))
    await waitFor(() => expect(rows()).toHaveLength(3), { timeout: 15_000 })
    const summary = screen.getByRole('region', { name: 'Activity of the filtered user, IP or organization' })
    await waitFor(() =>
      expect(summary).toHaveTextContent(
        'This backend cannot filter by organization: the browser filters the newest 7 events.',
      ),
    )
    expect(summary).toHaveTextContent(/^Organization org-1: 3 events in all/)
  })
})
