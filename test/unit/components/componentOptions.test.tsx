import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { createEventsClient } from '../../../src/api/client'
import type { EventsClient } from '../../../src/api/clientTypes'
import { EventList } from '../../../src/components/EventList/EventList'
import { EventStatsView } from '../../../src/components/EventStats/EventStatsView'
import { AeRoot } from '../../../src/components/shared/Root'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { createAuditLogHandlers, createStudioHandlers } from '../../../src/msw'
import { generateAuditLogEntries } from '../../../src/server/doubles/generateAuditLogEntries'
import { generateEvents } from '../../../src/server/generator'
import { server } from '../../mocks/server'
import { TEST_NOW } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

fakeViewportHeight(440)

function renderWith(client: EventsClient, ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={client}>{ui}</EventsProvider>
    </QueryClientProvider>,
  )
}

describe('components follow what the backend can do', () => {
  it('offers the oldest-first toggle on Studio but not on the newest-first-only audit-log plugin', async () => {
    server.use(
      ...createStudioHandlers({
        events: generateEvents({ seed: 2, now: TEST_NOW, days: 1, eventsPerDay: 40 }),
      }),
    )
    const studio = renderWith(createEventsClient(), <EventList />)
    expect(await screen.findByRole('button', { name: /time/i })).toBeEnabled()
    studio.unmount()

    const { handlers } = createAuditLogHandlers({
      entries: generateAuditLogEntries({ seed: 2, now: TEST_NOW.getTime(), count: 30, userId: 'usr_1' }),
      sessionUserId: 'usr_1',
    })
    server.use(...handlers)
    renderWith(createEventsClient({ adapter: auditLogAdapter() }), <EventList />)
    expect(await screen.findAllByRole('row')).not.toHaveLength(0)
    await screen.findByRole('columnheader', { name: /time/i })
    expect(screen.queryByRole('button', { name: /time/i })).toBeNull()
  })

  it('calls counts exact when a client-side count read every matching event', () => {
    const counts = {
      total: 12,
      success: 9,
      failed: 3,
      warning: 0,
      info: 0,
      scope: 'sample' as const,
      sampleSize: 12,
    }
    const { rerender } = render(
      <EventStatsView status="success" counts={{ ...counts, scanLimitReached: false }} />,
    )
    expect(screen.getByText('All 12 matching events')).toBeInTheDocument()
    rerender(<EventStatsView status="success" counts={{ ...counts, scanLimitReached: true }} />)
    expect(screen.getByText('Newest 12 events (sample)')).toBeInTheDocument()
  })
})

describe('colour scheme', () => {
  it('lets a standalone component force dark, and inherits it from <AeRoot> otherwise', () => {
    const counts = { total: 1, success: 1, failed: 0, warning: 0, info: 0, scope: 'window' as const }
    const { container, rerender } = render(
      <EventStatsView status="success" counts={counts} colorScheme="dark" />,
    )
    expect(container.firstElementChild).toHaveAttribute('data-color-scheme', 'dark')
    expect(container.firstElementChild).toHaveClass('ae-root')
    rerender(
      <AeRoot colorScheme="light">
        <EventStatsView status="success" counts={counts} />
      </AeRoot>,
    )
    const stats = container.querySelector('.ae-event-stats')!
    expect(stats).not.toHaveAttribute('data-color-scheme')
    expect(stats.closest('[data-color-scheme]')).toHaveAttribute('data-color-scheme', 'light')
  })
})

describe('labels', () => {
  it('translates the status badges of the list', async () => {
    server.use(
      ...createStudioHandlers({
        events: generateEvents({ seed: 4, now: TEST_NOW, days: 1, eventsPerDay: 40 }),
      }),
    )
    renderWith(
      createEventsClient(),
      <EventList
        labels={{ severityBadge: { success: 'Réussi', failed: 'Échec', warning: 'Alerte', info: 'Info' } }}
      />,
    )
    expect((await screen.findAllByText(/^(Réussi|Échec|Alerte|Info)$/)).length).toBeGreaterThan(0)
    expect(screen.queryByText(/^Success$/)).toBeNull()
  })
})
