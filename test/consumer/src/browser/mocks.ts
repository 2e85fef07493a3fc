// "No backend" mode in the browser: the handlers and the generator from the Node-free entry.
import { setupWorker } from 'msw/browser'
import {
  createAuditLogHandlers,
  createMemoryStore,
  createStudioHandlers,
  createStudioQuirks,
  fromWireEvent,
  generateAuditLogEntries,
  generateEvents,
  studioCapabilities,
} from 'react-auth-events/mocks'

const store = createMemoryStore({ events: generateEvents({ seed: 1 }).map(fromWireEvent) })
const auditLog = createAuditLogHandlers({
  entries: generateAuditLogEntries({ seed: 1, now: Date.now(), count: 300, userId: 'usr_1' }),
  sessionUserId: 'usr_1',
})
// Behave as a real Studio does (restart phases), driven from the page.
export const studio = createStudioQuirks()
export const worker = setupWorker(
  ...createStudioHandlers({ store, studioQuirks: studio, basePath: '/studio' }),
  ...createStudioHandlers({ store, extensions: studioCapabilities, latencyMs: 150 }),
  ...auditLog.handlers,
)
