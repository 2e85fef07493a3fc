import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import type { AuditLogEntry } from '../../../src/api/adapters/auditLog/wire'
import { infraAdapter } from '../../../src/api/adapters/infra/infraAdapter'
import type { InfraEvent } from '../../../src/api/adapters/infra/wire'
import { createEventsClient } from '../../../src/api/client'
import type { AuthEvent } from '../../../src/api/types'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream } from '../../../src/hooks/useEventStream'
import { createAuditLogDouble } from '../../../src/server/doubles/auditLogDouble'
import { createInfraDouble } from '../../../src/server/doubles/infraDouble'
import type { PluginDouble } from '../../../src/server/doubles/auditLogDouble'
import { server } from '../../mocks/server'
import { renderEventsHook } from './hookTestUtils'
import { advance, fakeStreamClockFrom, until } from './streamTestUtils'

// Backends that list newest first only: the stream reads back until it reaches what it holds.

const NOW = Date.parse('2026-03-02T12:00:00.000Z')
fakeStreamClockFrom(NOW)

const auditEntry = (i: number, at: number): AuditLogEntry => ({
  id: `al_${i}`,
  userId: 'user-1',
  action: i % 3 === 0 ? 'sign-in:email' : 'update-user',
  status: i % 5 === 0 ? 'failed' : 'success',
  severity: 'low',
  ipAddress: '203.0.113.7',
  metadata: {},
  createdAt: new Date(at).toISOString(),
})

const infraEvent = (i: number, at: number): InfraEvent => ({
  eventType: 'user_signed_in',
  eventData: { userId: 'user-1', n: i },
  eventKey: 'user-1',
  projectId: 'p1',
  createdAt: new Date(at).toISOString(),
  updatedAt: new Date(at).toISOString(),
})

function serve<Row>(double: PluginDouble<Row>) {
  server.use(http.all('*/api/auth/*', ({ request }) => double(request)))
}

async function streamBurst<Row>(
  double: PluginDouble<Row>,
  make: (i: number, at: number) => Row,
  client = createEventsClient(),
) {
  serve(double)
  const batches: AuthEvent[][] = []
  const { result } = renderEventsHook(
    () => ({
      list: useEvents(),
      stream: useEventStream({ interval: 5000, onEvents: (batch) => batches.push(batch) }),
    }),
    { client },
  )
  await until(() => {
    expect(result.current.list.status).toBe('success')
    expect(result.current.stream.lastPollAt).toBeDefined()
  })
  // Some share the millisecond of the newest held event.
  const burst = Array.from({ length: 350 }, (_, i) => make(1000 + i, NOW - 1000 + Math.floor(i / 3)))
  double.add(burst)
  await advance(5000)
  await until(() => expect(result.current.stream.received).toBe(350))
  return { result, delivered: batches.flat() }
}

describe('useEventStream on newest-first backends', () => {
  it('audit-log plugin: reads every new entry (from = newest held), none twice', async () => {
    const initial = Array.from({ length: 20 }, (_, i) => auditEntry(i, NOW - 60_000 + i * 1000))
    initial.push(auditEntry(99, NOW - 1000))
    const double = createAuditLogDouble({ entries: initial, sessionUserId: 'user-1', rateLimit: false })
    const client = createEventsClient({ adapter: auditLogAdapter() })
    const { delivered, result } = await streamBurst(double, auditEntry, client)
    expect(new Set(delivered.map((event) => event.id)).size).toBe(350)
    expect(delivered.every((event) => event.id !== 'al_99')).toBe(true)
    expect(result.current.list.events[0]!.timestamp.getTime()).toBe(NOW - 1000 + 116)
  })

  it('infra plugin (no date filter, pages of 100): reads back until it reaches what it holds', async () => {
    const initial = Array.from({ length: 30 }, (_, i) => infraEvent(i, NOW - 60_000 + i * 1000))
    initial.push(infraEvent(99, NOW - 1000))
    const double = createInfraDouble({ events: initial, sessionUserId: 'user-1' })
    const client = createEventsClient({ adapter: infraAdapter() })
    const { delivered, result } = await streamBurst(double, infraEvent, client)
    const ids = new Set(delivered.map((event) => event.id))
    expect(ids.size).toBe(350)
    const held = new Set(result.current.list.events.slice(350).map((event) => event.id))
    expect([...ids].some((id) => held.has(id))).toBe(false)
  })
})
