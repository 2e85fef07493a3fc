// "No backend" mode in the browser: the handlers and the generator from the Node-free entry.
import { setupWorker } from 'msw/browser'
import {
  createAuditLogHandlers,
  createMemoryStore,
  createStudioHandlers,
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
export const worker = setupWorker(
  ...createStudioHandlers({ store, extensions: studioCapabilities, latencyMs: 150 }),
  ...auditLog.handlers,
)
