import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { infraAdapter } from '../../../src/api/adapters/infra/infraAdapter'
import { RateLimitError } from '../../../src/api/errors'
import { createAuditLogHandlers, createInfraHandlers } from '../../../src/msw'
import { generateAuditLogEntries } from '../../../src/server/doubles/generateAuditLogEntries'
import { generateInfraEvents } from '../../../src/server/doubles/generateInfraEvents'
import { server } from '../../mocks/server'

const now = Date.parse('2026-11-20T12:00:00Z')

describe('plugin msw handlers', () => {
  it('audit-log: serves the session user, rate-limits at 60 a minute, and shows added entries', async () => {
    const { handlers, double } = createAuditLogHandlers({
      entries: generateAuditLogEntries({ seed: 3, now, count: 120, userId: 'usr_1' }),
      sessionUserId: 'usr_1',
      now: () => now,
    })
    server.use(...handlers)
    const client = createEventsClient({ adapter: auditLogAdapter() })
    const status = await client.getStatus()
    expect(status).toMatchObject({ state: 'enabled', selfOnly: true })
    const first = await client.listEvents({ limit: 50 })
    expect(first.events).toHaveLength(50)
    double.add([
      {
        id: 'al_live_1',
        userId: 'usr_1',
        action: 'sign-in:email',
        status: 'failed',
        severity: 'high',
        ipAddress: '203.0.113.9',
        metadata: {},
        createdAt: new Date(now + 1000).toISOString(),
      },
    ])
    const again = await client.listEvents({ limit: 1 })
    expect(again.events[0]).toMatchObject({ id: 'al_live_1', severity: 'failed', category: 'session' })
    // 4 requests so far in this window; 56 more are allowed, then 429.
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, () => client.listEvents({ limit: 1 })),
    )
    const limited = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason)
    expect(limited.length).toBeGreaterThan(0)
    expect(limited[0]).toBeInstanceOf(RateLimitError)
    expect((limited[0] as RateLimitError).retryAfterMs).toBeGreaterThan(0)
  })

  it('infra: pages at most 100, embeds locations, and shows added events', async () => {
    const events = generateInfraEvents({ seed: 5, now, count: 150 })
    const { handlers, double } = createInfraHandlers({
      events,
      sessionUserId: 'usr_admin',
      organizations: [{ id: 'org_acme', role: 'owner' }],
      now: () => now,
    })
    server.use(...handlers)
    const client = createEventsClient({ adapter: infraAdapter({ scope: 'all' }) })
    const page = await client.listEvents({ limit: 500 })
    expect(page.events.length).toBeLessThanOrEqual(100)
    double.add([
      {
        eventType: 'user_signed_in',
        eventData: { userId: 'usr_admin', userName: 'Admin', organizationId: 'org_acme' },
        eventKey: 'usr_admin',
        projectId: 'prj_1',
        createdAt: new Date(now + 5000).toISOString(),
        updatedAt: new Date(now + 5000).toISOString(),
        location: { ipAddress: '203.0.113.7', city: 'Lisbon', country: 'Portugal', countryCode: 'PT' },
      },
    ])
    const top = await client.listEvents({ limit: 1 })
    expect(top.events[0]).toMatchObject({
      type: 'user_signed_in',
      location: { city: 'Lisbon', countryCode: 'PT' },
    })
  })
})
