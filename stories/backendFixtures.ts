/**
 * One dashboard, every backend: a generated history behind each backend's msw double, a client
 * that speaks to it, and `addLive` to record new rows while the page is open. Shared by
 * `DashboardBackends.stories.tsx` and `test/browser/DashboardBackends.test.tsx`.
 */
import type { HttpHandler } from 'msw'
import { auditLogAdapter } from '../src/api/adapters/auditLog/auditLogAdapter'
import { normalizeAuditLogEntries } from '../src/api/adapters/auditLog/normalizeAuditLogEntry'
import type { AuditLogEntry } from '../src/api/adapters/auditLog/wire'
import { infraAdapter } from '../src/api/adapters/infra/infraAdapter'
import { normalizeInfraEvents } from '../src/api/adapters/infra/normalizeInfraEvent'
import type { InfraEvent } from '../src/api/adapters/infra/wire'
import { normalizeStudioEvents } from '../src/api/adapters/studio/normalizeStudioEvent'
import { createEventsClient } from '../src/api/client'
import type { EventsClient } from '../src/api/clientTypes'
import type { AuthEvent } from '../src/api/types'
import {
  createAuditLogHandlers,
  createInfraHandlers,
  createStudioHandlers,
  studioCapabilities,
} from '../src/msw'
import { fromWireEvent } from '../src/server/convert'
import type { RateLimitOptions } from '../src/server/doubles/fixedWindowLimiter'
import { generateAuditLogEntries } from '../src/server/doubles/generateAuditLogEntries'
import { generateInfraEvents } from '../src/server/doubles/generateInfraEvents'
import { createEventStream, generateEvents } from '../src/server/generator'
import { createMemoryStore } from '../src/server/memoryStore'

/** The backends the dashboard is shown over. */
export type BackendName = 'studio-extended' | 'studio-baseline' | 'audit-log' | 'infra-all' | 'infra-self'

/** Options of {@link createBackendFixture}. */
export type BackendFixtureOptions = {
  /** Same seed and `now`, same history. @default 1 */
  seed?: number
  /** End of the generated history; live rows come after it. @default the current time */
  now?: Date
  /** Studio: days of history. @default 40 */
  days?: number
  /** Studio: average events per day. @default 30 */
  eventsPerDay?: number
  /** Plugins: rows in the history. @default 300 */
  count?: number
  /** Audit-log plugin: its rate limit on `/audit-log/*`. @default the plugin's own, 60 a minute */
  rateLimit?: RateLimitOptions | false
}

/** A backend's double with its history, ready for a dashboard. */
export type BackendFixture = {
  name: BackendName
  /** msw handlers serving the double (`worker.use(...)`, `msw.use(...)`). */
  handlers: HttpHandler[]
  /** A new client for this backend; one per mounted dashboard, since a client caches what the backend can do. */
  createClient: () => EventsClient
  /**
   * Records `count` new rows stamped with the current time, as the backend does when new auth
   * events happen. Resolves with them as the dashboard shows them, newest first.
   * @default count 1
   */
  addLive: (count?: number) => Promise<AuthEvent[]>
}

/** The signed-in user of the plugin doubles (and the main actor of their histories). */
export const SESSION_USER_ID = 'usr_demo'
/** The organization the infra user owns; scope `all` lists its events. */
export const OWNED_ORGANIZATION_ID = 'org_acme'

/** Creates a client for one backend (no double needed; `createBackendFixture` serves it). */
export function createBackendClient(name: BackendName): EventsClient {
  switch (name) {
    case 'studio-extended':
    case 'studio-baseline':
      return createEventsClient()
    case 'audit-log':
      return createEventsClient({ adapter: auditLogAdapter() })
    case 'infra-all':
      return createEventsClient({ adapter: infraAdapter({ scope: 'all' }) })
    case 'infra-self':
      return createEventsClient({ adapter: infraAdapter({ scope: 'self' }) })
  }
}

/** Creates the double of `name` over a generated history. */
export function createBackendFixture(name: BackendName, options: BackendFixtureOptions = {}): BackendFixture {
  const parts =
    name === 'studio-extended' || name === 'studio-baseline'
      ? studioDouble(name === 'studio-baseline', options)
      : name === 'audit-log'
        ? auditLogDouble(options)
        : infraDouble(name === 'infra-all', options)
  return { name, createClient: () => createBackendClient(name), ...parts }
}

/** Records one new row every `everyMs` until the returned function is called. */
export function startLiveRows(backend: BackendFixture, everyMs: number): () => void {
  const timer = setInterval(() => void backend.addLive(1), everyMs)
  return () => clearInterval(timer)
}

type DoubleParts = Pick<BackendFixture, 'handlers' | 'addLive'>

function studioDouble(baseline: boolean, options: BackendFixtureOptions): DoubleParts {
  const { seed = 1, now = new Date(), days = 40, eventsPerDay = 30 } = options
  const history = generateEvents({ seed: `backend-${seed}`, now, days, eventsPerDay })
  const store = createMemoryStore({ events: history.map(fromWireEvent) })
  // Same seed, same cast: the live events continue the history's users and organizations.
  const stream = createEventStream({ seed: `backend-${seed}`, start: now })
  return {
    handlers: baseline
      ? createStudioHandlers({ store, studioQuirks: true })
      : createStudioHandlers({ store, extensions: studioCapabilities }),
    async addLive(count = 1) {
      const wire = stream.next(count, new Date())
      await store.insert(wire.map(fromWireEvent))
      return normalizeStudioEvents(wire).events
    },
  }
}

/** Strictly increasing instants from now on, so every live row is newer than the one before. */
function createStamper(): () => string {
  let last = 0
  return () => {
    last = Math.max(Date.now(), last + 1)
    return new Date(last).toISOString()
  }
}

/** Oldest first, `count` items taken round-robin from `templates`. */
function takeRoundRobin<T>(templates: readonly T[], from: number, count: number): T[] {
  return Array.from({ length: count }, (_, i) => templates[(from + i) % templates.length]!)
}

function auditLogDouble(options: BackendFixtureOptions): DoubleParts {
  const { seed = 1, now = new Date(), count = 300, rateLimit } = options
  const entries = generateAuditLogEntries({ seed, now, count, userId: SESSION_USER_ID })
  const { handlers, double } = createAuditLogHandlers({ entries, sessionUserId: SESSION_USER_ID, rateLimit })
  // The plugin only lists the session user's entries: live ones are theirs.
  const templates = generateAuditLogEntries({ seed: seed + 1000, now, count: 60, userId: SESSION_USER_ID })
    .filter((entry) => entry.userId === SESSION_USER_ID)
    .reverse()
  const stamp = createStamper()
  let added = 0
  return {
    handlers,
    async addLive(rows = 1) {
      const live: AuditLogEntry[] = takeRoundRobin(templates, added, rows).map((template) => {
        added += 1
        return { ...template, id: `al_live_${seed}_${added}`, createdAt: stamp() }
      })
      double.add(live)
      return normalizeAuditLogEntries(live).events.reverse()
    },
  }
}

function infraDouble(all: boolean, options: BackendFixtureOptions): DoubleParts {
  const { seed = 1, now = new Date(), count = 300 } = options
  const events = generateInfraEvents({ seed, now, count, userId: SESSION_USER_ID })
  const { handlers, double } = createInfraHandlers({
    events,
    sessionUserId: SESSION_USER_ID,
    organizations: [{ id: OWNED_ORGANIZATION_ID, role: 'owner' }],
  })
  // Live rows the scope lists, each with a resolved location (city and country) to show in the detail.
  const visible = (event: InfraEvent) =>
    all
      ? event.eventData.organizationId === OWNED_ORGANIZATION_ID
      : event.eventData.userId === SESSION_USER_ID || event.eventData.triggeredBy === SESSION_USER_ID
  const templates = generateInfraEvents({ seed: seed + 1000, now, count: 400, userId: SESSION_USER_ID })
    .filter((event) => visible(event) && event.location?.city && event.location.country)
    .reverse()
  const stamp = createStamper()
  let added = 0
  return {
    handlers,
    async addLive(rows = 1) {
      const live: InfraEvent[] = takeRoundRobin(templates, added, rows).map((template) => {
        added += 1
        const createdAt = stamp()
        return { ...template, createdAt, updatedAt: createdAt }
      })
      double.add(live)
      return normalizeInfraEvents(live).events.reverse()
    },
  }
}
