// The events API of this example: the reference server over an in-memory PGlite database,
// seeded with a year of generated events IN THE BACKGROUND. Requests never wait for seeding:
// the handler answers from what is already stored (newest events first, so the first screen
// fills at once) while older history keeps arriving.
import {
  createEventsHandler,
  createPgliteStore,
  fromWireEvent,
  generateEvents,
  STUDIO_EXTENSIONS,
  type EventsHandler,
  type SqlEventStore,
} from 'react-auth-events/server'

/** Where seeding is; served by `/api/seed-progress` so scripts can wait for a full history. */
export type SeedProgress = { inserted: number; done: boolean; ms: number }

type Backend = { handler: EventsHandler; progress: SeedProgress }

// Seeding works backwards in windows of days, newest first: the first list page is complete
// after the first window, and generating and writing one window at a time keeps the event loop
// free for requests in between (a whole year is generated in one go otherwise, ~44,000 events).
const WINDOW_DAYS = 30
const DAY_MS = 86_400_000

async function seed(store: SqlEventStore, progress: SeedProgress) {
  const started = Date.now()
  const now = Date.now()
  const days = Number(process.env.SEED_DAYS ?? 365)
  for (let offset = 0; offset < days; offset += WINDOW_DAYS) {
    // Each window is handed to ONE store.insert() call, which writes multi-row INSERTs. One
    // insert() per event would cost a statement and a trip into PGlite's WebAssembly each.
    const window = generateEvents({
      seed: `example-${offset}`,
      now: new Date(now - offset * DAY_MS),
      days: Math.min(WINDOW_DAYS, days - offset),
      eventsPerDay: Number(process.env.SEED_PER_DAY ?? 120),
    })
    await store.insert(window.map(fromWireEvent))
    progress.inserted += window.length
    // Let requests that arrived meanwhile run before the next window.
    await new Promise((resolve) => setImmediate(resolve))
  }
  progress.done = true
  progress.ms = Date.now() - started
  console.log(`[events] seeded ${progress.inserted} events in ${progress.ms} ms`)
}

// #region open
async function open(): Promise<Backend> {
  const store = await createPgliteStore() // in memory: a fresh history on every start
  await store.initialize?.()
  const progress: SeedProgress = { inserted: 0, done: false, ms: 0 }
  // Not awaited, and started after this function returns: the handler answers as soon as the
  // table exists.
  setTimeout(() => {
    seed(store, progress).catch((error: unknown) => console.error('[events] seeding failed', error))
  }, 0)
  const handler = createEventsHandler({
    store,
    extensions: STUDIO_EXTENSIONS,
    // DEMO ONLY: everyone may read these generated events. In your app, check the session
    // (e.g. Better Auth's `auth.api.getSession({ headers: request.headers })` and an admin role).
    authorize: () => true,
  })
  return { handler, progress }
}
// #endregion open

// Next.js may load this module once per route bundle (the page and the route handler), so the
// one backend lives on globalThis.
const slot = globalThis as typeof globalThis & { __authEventsBackend?: Promise<Backend> }

/** The one backend of this process, opened on first use. */
export function eventsBackend(): Promise<Backend> {
  slot.__authEventsBackend ??= open()
  return slot.__authEventsBackend
}
