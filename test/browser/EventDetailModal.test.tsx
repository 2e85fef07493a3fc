import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import { EventDetailModalView } from '../../src/components/EventDetailModal/EventDetailModalView'
import { preloadEventDetailModal } from '../../src/components/EventDetailModal/preloadEventDetailModal'
import { EventList } from '../../src/components/EventList/EventList'
import { AeRoot } from '../../src/components/shared/Root'
import { EventsProvider } from '../../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import type { StudioWireEvent } from '../../src/server/wire'
import { worker } from '../mocks/worker'
import { makeEvent, TEST_NOW } from '../unit/components/sharedTestEvents'
import '../../src/styles.css'

beforeAll(async () => {
  await page.viewport(1100, 900)
})

const wire: StudioWireEvent[] = Array.from({ length: 30 }, (_, i) => ({
  id: `evt-${String(i).padStart(2, '0')}`,
  type: i % 3 === 0 ? 'session.created' : 'user.logged_in',
  timestamp: new Date(TEST_NOW.getTime() - i * 60_000).toISOString(),
  status: i % 4 === 1 ? 'failed' : 'success',
  userId: i % 4 === 1 ? null : `user-${i}`,
  sessionId: i % 3 === 0 ? `sess-${i}` : null,
  ipAddress: '198.51.100.7, 10.0.0.1',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  metadata:
    i % 3 === 0 ? { token: `tok_${i}_secret`, email: `u${i}@example.com` } : { email: `u${i}@example.com` },
  source: 'app',
}))

function renderWithClient(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={createEventsClient()}>
        <AeRoot colorScheme="light">{ui}</AeRoot>
      </EventsProvider>
    </QueryClientProvider>,
  )
}

async function expectNoAxeViolations(context: Element) {
  const result = await axe.run(context)
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

const row = (id: string) => screen.getByRole('grid').querySelector<HTMLElement>(`[data-event-id="${id}"]`)!

describe('EventDetailModal from the list, in a real browser', () => {
  it('opens from a row, pages with buttons and arrows, and gives focus back to the row', async () => {
    worker.use(...createStudioHandlers({ events: wire, extensions: studioCapabilities }))
    renderWithClient(<EventList />)
    await screen.findByRole('grid')
    await userEvent.click(row('evt-02'))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('evt-02')).toBeInTheDocument()
    expect(within(dialog).getByText('3 of 30')).toBeInTheDocument()
    expect(await within(dialog).findByText('Berlin, Berlin, Germany')).toBeInTheDocument()
    expect(within(dialog).getByText('Firefox 128.0')).toBeInTheDocument()

    await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }))
    expect(within(dialog).getByText('evt-03')).toBeInTheDocument()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(within(dialog).getByText('evt-05')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Previous event' }))
    expect(within(dialog).getByText('evt-04')).toBeInTheDocument()
    expect(screen.getByRole('dialog')).toBe(dialog)

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(document.activeElement).toBe(row('evt-04')))
    expect(row('evt-04')).toHaveAttribute('aria-selected', 'true')

    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(within(await screen.findByRole('dialog')).getByText('evt-05')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(document.activeElement).toBe(row('evt-05')))
  })

  it('shows an Error section for a failed sign-in', async () => {
    worker.use(...createStudioHandlers({ events: wire, extensions: studioCapabilities }))
    renderWithClient(<EventList />)
    await screen.findByRole('grid')
    await userEvent.click(row('evt-01'))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('region', { name: 'Error' })).toBeInTheDocument()
  })
})

describe('EventDetailModalView in a real browser', () => {
  // Radix Dialog loads on first need (issue 12); these tests are about the dialog once it is in.
  beforeAll(() => preloadEventDetailModal())

  const secretEvent = makeEvent({
    id: 'evt-secret',
    type: 'session.created',
    label: 'Session created',
    message: 'مرحبا Ada — session started',
    sessionId: 'sess-9',
    ipAddress: '203.0.113.7',
    metadata: {
      token: 'sess_tok_value',
      user: { name: 'Zoë 张伟', email: 'zoe@example.com', apiKey: 'k-123' },
      error: { code: 'E42' },
    },
  })

  it('masks secrets, reveals one at a time, and copies ids', async () => {
    render(
      <EventDetailModalView
        event={secretEvent}
        open
        geo={{
          status: 'resolved',
          location: { city: 'San Francisco', country: 'United States', countryCode: 'US' },
        }}
      />,
    )
    const dialog = screen.getByRole('dialog')
    expect(dialog.textContent).not.toContain('sess_tok_value')
    expect(dialog.textContent).not.toContain('k-123')
    expect(within(dialog).getByText('"E42"')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reveal apiKey' }))
    expect(within(dialog).getByText('"k-123"')).toBeInTheDocument()
    expect(dialog.textContent).not.toContain('sess_tok_value')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy Event ID' }))
    expect(await within(dialog).findByText('Event ID copied')).toHaveAttribute('role', 'status')
  })

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('has no axe violations (%s)', async (_, colorScheme) => {
    render(
      <AeRoot colorScheme={colorScheme}>
        <EventDetailModalView
          event={secretEvent}
          events={[makeEvent({ id: 'before' }), secretEvent, makeEvent({ id: 'after' })]}
          open
          geo={{ status: 'resolving', location: undefined }}
        />
      </AeRoot>,
    )
    const dialog = screen.getByRole('dialog')
    expect(dialog.parentElement).toHaveAttribute('data-color-scheme', colorScheme)
    await new Promise((resolve) => setTimeout(resolve, 250))
    await expectNoAxeViolations(dialog)
  })
})
