/**
 * The `./msw` entry: the reference server as msw handlers, for tests, stories and demos without
 * a backend. The only module of the library that imports msw (an optional peer).
 */
import { delay, http } from 'msw'
import type { HttpHandler } from 'msw'
import { STUDIO_EXTENSIONS } from './server/extensions'
import type { StudioExtension } from './server/extensions'
import { createEventsHandler } from './server/handler'
import type { AuthorizeRequest, EventsHandlerOptions } from './server/handler'
import { createMemoryStore } from './server/memoryStore'
import { fromWireEvent } from './server/convert'
import type { EventStore } from './server/store'
import type { StudioWireEvent } from './server/wire'
import type { StudioQuirksControl } from './server/quirks/studioQuirks'
import { createAuditLogDouble } from './server/doubles/auditLogDouble'
import type { AuditLogDoubleOptions, PluginDouble } from './server/doubles/auditLogDouble'
import { createInfraDouble } from './server/doubles/infraDouble'
import type { InfraDoubleOptions } from './server/doubles/infraDouble'
import type { AuditLogEntry } from './api/adapters/auditLog/wire'
import type { InfraEvent } from './api/adapters/infra/wire'

export { createStudioQuirks } from './server/quirks/studioQuirks'
export type {
  StudioQuirksControl,
  StudioQuirksOptions,
  StudioQuirksPhase,
} from './server/quirks/studioQuirks'
export { studioSignInPair } from './server/quirks/studioEvents'
export type { StudioSignInPairOptions } from './server/quirks/studioEvents'

/**
 * Every polling extension the reference server has, for `extensions: studioCapabilities`. Push
 * (Server-Sent Events) is left out so a stream over these handlers polls as it always did; add
 * it to serve push through msw too: `extensions: [...studioCapabilities, 'push']`.
 */
export const studioCapabilities: readonly StudioExtension[] = STUDIO_EXTENSIONS.filter(
  (name) => name !== 'push',
)

/** Options of {@link createStudioHandlers}. */
export type StudioHandlersOptions = {
  /** Origin the handlers answer for, e.g. `https://admin.example.com`; `''` matches any origin. @default '' */
  baseUrl?: string
  /** Path of Studio's API below the origin. @default '/api/studio' */
  basePath?: string
  /** Where events are kept. @default a memory store holding `events` */
  store?: EventStore
  /** Events for the default memory store (ignored when `store` is given). @default [] */
  events?: StudioWireEvent[]
  /** Extensions to serve (e.g. `studioCapabilities`). @default [] (plain Studio) */
  extensions?: readonly StudioExtension[]
  /**
   * Answer exactly as Studio does. A controller from `createStudioQuirks()` also reproduces
   * Studio's phases: `restart()` (lists answer `ready: false` and counts zeros until the next
   * write, or the next status request with `readyOn: 'status'`) and `setTableMissing(true)`
   * (an empty page with `total: null`, zero counts, status still enabled).
   * @default false
   */
  studioQuirks?: boolean | StudioQuirksControl
  /** Delay before each answer, in ms, to show loading states. @default 0 */
  latencyMs?: number
  /** Who may read events. @default everyone */
  authorize?: AuthorizeRequest
  /** Geo resolver. @default the offline sample table */
  geo?: EventsHandlerOptions['geo']
  /** Largest page without quirks. @default 500 */
  maxPageSize?: number
}

/**
 * msw handlers serving the Studio API (and the chosen extensions) from a store.
 * @example
 * const store = createMemoryStore({ events: generateEvents({ seed: 1 }).map(fromWireEvent) })
 * server.use(...createStudioHandlers({ store, extensions: studioCapabilities }))
 */
export function createStudioHandlers(options: StudioHandlersOptions = {}): HttpHandler[] {
  const basePath = options.basePath ?? '/api/studio'
  const handler = createEventsHandler({
    store: options.store ?? createMemoryStore({ events: (options.events ?? []).map(fromWireEvent) }),
    basePath,
    authorize: options.authorize ?? (() => true),
    extensions: options.extensions,
    studioQuirks: options.studioQuirks,
    maxPageSize: options.maxPageSize,
    geo: options.geo,
  })
  const latencyMs = options.latencyMs ?? 0
  // msw resolves a relative path against the page's origin; `*` also matches in Node and workers.
  const origin = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*'
  return [
    http.all(`${origin}${basePath.replace(/\/+$/, '')}/*`, async ({ request }) => {
      if (latencyMs > 0) await delay(latencyMs)
      return handler(request)
    }),
  ]
}

// --- The Better Auth plugins' doubles ------------------------------------------------------------

/** Options shared by the plugin handlers. */
type PluginHandlerOptions = {
  /** Origin the handlers answer for; `''` matches any origin. @default '' */
  baseUrl?: string
  /** Delay before each answer, in ms. @default 0 */
  latencyMs?: number
}

function pluginHandlers(
  double: PluginDouble<never>,
  basePath: string,
  options: PluginHandlerOptions,
): HttpHandler[] {
  const origin = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*'
  const latencyMs = options.latencyMs ?? 0
  return [
    http.all(`${origin}${basePath.replace(/\/+$/, '')}/*`, async ({ request }) => {
      if (latencyMs > 0) await delay(latencyMs)
      return double(request)
    }),
  ]
}

/**
 * msw handlers behaving like the better-auth-audit-logs plugin: its paging and limits (default
 * 50, max 500), the session user's own entries only (another `userId` is a 403), and its rate
 * limit of 60 requests a minute (429 with Retry-After). `double.add(entries)` feeds a live view.
 * @example server.use(...createAuditLogHandlers({ entries: generateAuditLogEntries({ seed: 1, now: Date.now(), count: 300, userId: 'usr_1' }), sessionUserId: 'usr_1' }).handlers)
 */
export function createAuditLogHandlers(options: AuditLogDoubleOptions & PluginHandlerOptions): {
  handlers: HttpHandler[]
  double: PluginDouble<AuditLogEntry>
} {
  const double = createAuditLogDouble(options)
  return { handlers: pluginHandlers(double, options.basePath ?? '/api/auth', options), double }
}

/**
 * msw handlers behaving like the @better-auth/infra dash plugin: `/events/audit-logs`,
 * `/events/all-audit-logs` and `/events/types`, its paging (default 50, 1–100), self-only scope
 * and organization access. `double.add(events)` feeds a live view.
 */
export function createInfraHandlers(options: InfraDoubleOptions & PluginHandlerOptions): {
  handlers: HttpHandler[]
  double: PluginDouble<InfraEvent>
} {
  const double = createInfraDouble(options)
  return { handlers: pluginHandlers(double, options.basePath ?? '/api/auth', options), double }
}
