/**
 * The conformance kit (`verifyAdapter`) run on the library's own adapters, against the reference
 * server (Studio, baseline and extended) and the plugin doubles: the same checks a custom adapter
 * gets. msw answers at the network edge.
 */
import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { infraAdapter, type InfraScope } from '../../../src/api/adapters/infra/infraAdapter'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import { expectAdapterConformance } from '../../../src/api/testing/expectAdapterConformance'
import { verifyAdapter } from '../../../src/api/testing/verifyAdapter'
import { createStudioHandlers, studioCapabilities, type StudioHandlersOptions } from '../../../src/msw'
import { createAuditLogDouble } from '../../../src/server/doubles/auditLogDouble'
import { generateAuditLogEntries } from '../../../src/server/doubles/generateAuditLogEntries'
import { createInfraDouble } from '../../../src/server/doubles/infraDouble'
import { generateInfraEvents } from '../../../src/server/doubles/generateInfraEvents'
import { generateEvents } from '../../../src/server/generator'
import { servePlugin } from '../../helpers/servePlugin'
import { server } from '../../mocks/server'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const ME = 'usr_me'
const studioEvents = generateEvents({ seed: 'conformance', now: NOW, days: 4, eventsPerDay: 30 })

function serveStudio(options: StudioHandlersOptions = {}) {
  server.use(...createStudioHandlers({ events: studioEvents, ...options }))
}

describe('verifyAdapter on the library’s adapters', () => {
  it('passes Studio’s baseline adapter against the reference server, reading every event', async () => {
    serveStudio()
    const report = await verifyAdapter({ adapter: studioAdapter() })
    expectAdapterConformance(report)
    expect(studioEvents.length).toBeGreaterThan(60)
    expect(report).toMatchObject({ statusState: 'enabled', events: studioEvents.length })
    expect(report.pages).toBe(Math.ceil(studioEvents.length / 25))
    expect(report.notes).toEqual([])
    expect(report.checked).toEqual([
      'status',
      'list without filters',
      'list oldest first',
      'filter types',
      'filter from',
      'filter userId',
      'counts',
    ])
  })

  it('passes Studio’s adapter with every extension (keyset cursor, server filters, window counts)', async () => {
    serveStudio({ extensions: studioCapabilities })
    const report = await verifyAdapter({ adapter: studioAdapter(), pageSize: 20 })
    expectAdapterConformance(report)
    expect(report.events).toBe(studioEvents.length)
    expect(report.checked).toEqual([
      'status',
      'list without filters',
      'list oldest first',
      ...['types', 'severity', 'from', 'until', 'q', 'userId', 'organizationId', 'sessionId'].map(
        (filter) => `filter ${filter}`,
      ),
      'counts',
    ])
  })

  it('passes Studio’s adapter against a server answering exactly as Studio 1.1.3 does', async () => {
    serveStudio({ studioQuirks: true })
    const report = await verifyAdapter({ adapter: studioAdapter() })
    expectAdapterConformance(report)
    expect(report.events).toBe(studioEvents.length)
  })

  it('passes the audit-log adapter against the plugin double, within its 60 requests a minute', async () => {
    const entries = [
      ...generateAuditLogEntries({ seed: 11, now: NOW, count: 90, userId: ME }),
      ...generateAuditLogEntries({ seed: 12, now: NOW, count: 20, userId: 'usr_other' }),
    ]
    const counter = servePlugin(
      createAuditLogDouble({ entries, sessionUserId: ME, now: () => NOW.getTime() }),
    )
    const report = await verifyAdapter({ adapter: auditLogAdapter() })
    expectAdapterConformance(report)
    expect(report.events).toBe(entries.filter((entry) => entry.userId === ME).length)
    expect(report.checked).toEqual([
      'status',
      'list without filters',
      'filter types',
      'filter status',
      'filter from',
      'filter until',
    ])
    expect(counter.requests).toBeLessThanOrEqual(60)
  })

  it.each<InfraScope>(['self', 'all'])(
    'passes the infra adapter (scope %s) against the plugin double',
    async (scope) => {
      const events = generateInfraEvents({ seed: 21, now: NOW, count: 120, userId: ME })
      servePlugin(
        createInfraDouble({
          events,
          sessionUserId: ME,
          organizations: [
            { id: 'org_acme', role: 'owner' },
            { id: 'org_globex', role: 'admin' },
          ],
          now: () => NOW.getTime(),
        }),
      )
      const report = await verifyAdapter({ adapter: infraAdapter({ scope }), pageSize: 30 })
      expectAdapterConformance(report)
      expect(report.events).toBeGreaterThan(30)
      expect(report.checked).toEqual([
        'status',
        'list without filters',
        'filter types',
        'filter userId',
        'filter organizationId',
      ])
    },
  )
})
