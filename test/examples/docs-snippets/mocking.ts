// #region mocks
import { setupServer } from 'msw/node'
import { auditLogAdapter, createEventsClient } from '../../../src/api/index'
import {
  createAuditLogHandlers,
  createInfraHandlers,
  createStudioHandlers,
  generateAuditLogEntries,
  generateEvents,
  generateInfraEvents,
  studioCapabilities,
} from '../../../src/mocks'

const now = new Date('2026-03-01T12:00:00Z') // pinned: the same events on every run

// Studio (plain), or the reference server with every extension:
const studio = createStudioHandlers({ events: generateEvents({ seed: 1, now, days: 30 }) })
const extended = createStudioHandlers({
  events: generateEvents({ seed: 1, now }),
  extensions: studioCapabilities,
})

// The audit-log plugin: own entries only, 60 requests a minute (pass `rateLimit: false` to turn it off).
const auditLog = createAuditLogHandlers({
  entries: generateAuditLogEntries({ seed: 1, now, count: 300, userId: 'usr_1' }),
  sessionUserId: 'usr_1', // null answers 401
})

// The infra plugin, with the user's organizations for `scope: 'all'`:
const infra = createInfraHandlers({
  events: generateInfraEvents({ seed: 1, now, count: 200 }), // actor 'usr_demo', organizations org_acme and org_globex
  sessionUserId: 'usr_demo',
  organizations: [{ id: 'org_acme', role: 'owner' }],
})

const server = setupServer(...studio)
// In one test: server.use(...auditLog.handlers), then auditLog.double.add([...]) for "live" entries.
const client = createEventsClient({ baseUrl: 'http://localhost', adapter: auditLogAdapter() })
// #endregion mocks

export { auditLog, client, extended, infra, server }
