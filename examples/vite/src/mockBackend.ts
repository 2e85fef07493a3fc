// #region mock-backend
// "No backend" mode: msw's service worker answers the Studio API in the browser, from a memory
// store holding 30 days of generated events, with a few new events every few seconds so the live
// updates have something to show. Everything comes from `react-auth-events/mocks`, the entry
// without Node built-ins (not `/server`).
import { setupWorker } from 'msw/browser'
import {
  createEventStream,
  createMemoryStore,
  createStudioHandlers,
  fromWireEvent,
  generateEvents,
  studioCapabilities,
} from 'react-auth-events/mocks'

export async function startMockBackend() {
  const now = new Date()
  const store = createMemoryStore({ events: generateEvents({ seed: 7, now, days: 30 }).map(fromWireEvent) })
  const worker = setupWorker(...createStudioHandlers({ store, extensions: studioCapabilities }))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  const stream = createEventStream({ seed: 7, start: now, eventsPerDay: 20_000 })
  setInterval(() => void store.insert(stream.until().map(fromWireEvent)), 3_000)
}
// #endregion mock-backend
