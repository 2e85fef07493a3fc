/**
 * `createEventsHandler`: the reference server as one `(Request) => Promise<Response>` function,
 * no framework. Serves Studio's API (CONTRACT section 2) under `basePath` and the extensions of
 * section 3 that are switched on. Mount it in any runtime that speaks the Fetch API (Next route
 * handlers, Hono, Bun, Deno, `node:http` with an adapter) or wrap it in msw (`./msw`).
 */
import type { GeoLocation } from '../api/types'
import type { StudioExtension } from './extensions'
import { sampleGeoResolver } from './geo/sampleGeo'
import { json, methodNotAllowed, notFound, unauthorized } from './http/responses'
import { activityRoute } from './routes/activity'
import type { Route, RouteContext } from './routes/context'
import { countEventsRoute } from './routes/count'
import { listEventsRoute } from './routes/events'
import { geoRoute } from './routes/geo'
import { statusRoute } from './routes/status'
import { createStreamRoute } from './routes/stream'
import { createPushHub } from './push/pushHub'
import type { PushSettings } from './push/pushConnection'
import type { EventStore } from './store'
import { isStudioQuirksControl } from './quirks/studioQuirks'
import type { StudioQuirksControl } from './quirks/studioQuirks'

/**
 * Decides whether a request may read events. `true` lets it through; `false` gives Studio's 401
 * `{ error: 'Unauthorized', message: 'No session cookie' }`; a `Response` is sent as it is
 * (e.g. a 403 `{ success: false, message, reason: 'ip_not_allowed' }`).
 */
export type AuthorizeRequest = (request: Request) => boolean | Response | Promise<boolean | Response>

/** Options of {@link createEventsHandler}. */
export type EventsHandlerOptions = {
  /** Where events are kept. */
  store: EventStore
  /** Path prefix of the API; routes live at `{basePath}/api/events…`. @default '/api/studio' */
  basePath?: string
  /** Required: who may read events. There is no default, so a server is never open by accident. */
  authorize: AuthorizeRequest
  /** Extensions to serve and advertise (ignored with `studioQuirks`). @default [] */
  extensions?: readonly StudioExtension[]
  /**
   * Answer exactly as Studio 1.1.3 does: `ready: false` without `nextCursor`, `total: null` unless a
   * `type` or `userId` filter is given, a 500 `{ error, details }` for an invalid `since`, lenient
   * numbers, no `limit` cap, `after` and extension parameters ignored, no `capabilities`.
   * Pass a controller from `createStudioQuirks()` instead of `true` to also reproduce Studio's
   * phases: the not-ready answers after a restart and the answers over a missing table.
   * @default false
   */
  studioQuirks?: boolean | StudioQuirksControl
  /** Largest page returned without quirks; larger `limit`s are capped. @default 500 */
  maxPageSize?: number
  /** Resolves one IP to a location. @default an offline table of the documentation ranges (`sampleGeoResolver`) */
  geo?: (ip: string) => Promise<GeoLocation | null>
  /** Settings of the `push` extension's Server-Sent Events (used only when `push` is in `extensions`). */
  push?: PushOptions
  /**
   * Shutdown: when it aborts, every open push stream ends with a `close` frame (reason
   * `shutdown`), so `server.close()` can finish. Abort it before closing the HTTP server.
   */
  signal?: AbortSignal
}

/** Settings of the push extension (`GET {base}/api/events/stream`). */
export type PushOptions = {
  /** A comment line is sent this often so proxies keep the connection and the client knows it is alive. @default 15000 */
  heartbeatMs?: number
  /** How often the store's head is polled for rows other processes wrote (one query for all connections). @default 1000 */
  pollMs?: number
  /** Bytes a connection may hold unread; while full it stops reading the store. @default 1048576 */
  maxBufferedBytes?: number
  /** A connection full for this long while events wait is dropped (reason `slow-client`). @default 30000 */
  slowClientMs?: number
  /** Reconnect delay suggested to clients (the SSE `retry` field). @default 2000 */
  retryMs?: number
  /** Events read per store query (and per frame). @default 200 */
  pageSize?: number
  /**
   * A connection reads the store at most this often (an event after a quiet spell is read at
   * once; a busy writer's events are batched into fewer frames). @default 250
   */
  minReadIntervalMs?: number
}

/** A Fetch-API request handler. */
export type EventsHandler = (request: Request) => Promise<Response>

type RouteTable = Record<string, Partial<Record<'GET' | 'POST', Route>>>

/**
 * Creates the handler. Without quirks it is a strict backend: every parameter is validated (400
 * `{ error: 'Invalid parameter', message, parameter }`), `limit` is capped at `maxPageSize` with a
 * correct `hasMore`, `total` is always counted, and Studio's broken `after` is ignored. Paths under `basePath` that are not routes answer 404
 * `{ error: 'Not found', path }` (after authorisation); requests outside `basePath` also answer
 * 404 (with the full path) without calling `authorize`, so the handler can sit behind a
 * catch-all route. Errors never carry stack traces.
 * @example
 * const handler = createEventsHandler({ store: createMemoryStore(), authorize: (req) => isAdmin(req) })
 * export const GET = handler, POST = handler // Next.js app/api/studio/[...path]/route.ts
 */
export function createEventsHandler(options: EventsHandlerOptions): EventsHandler {
  const basePath = normalizeBasePath(options.basePath ?? '/api/studio')
  const control = isStudioQuirksControl(options.studioQuirks) ? options.studioQuirks : undefined
  const quirks = control !== undefined || options.studioQuirks === true
  control?.watch(options.store)
  const context: RouteContext = {
    store: options.store,
    quirks,
    studio: control,
    extensions: new Set(quirks ? [] : (options.extensions ?? [])),
    maxPageSize: Math.max(1, Math.floor(options.maxPageSize ?? 500)),
    geo: options.geo ?? sampleGeoResolver,
  }
  const routes: RouteTable = {
    '/api/events': { GET: listEventsRoute },
    '/api/events/count': { GET: countEventsRoute },
    '/api/events/status': { GET: statusRoute },
    '/api/geo/resolve': { POST: geoRoute },
  }
  if (context.extensions.has('activity')) routes['/api/events/activity'] = { GET: activityRoute }
  if (context.extensions.has('push')) {
    const settings = pushSettings(options.push)
    const hub = createPushHub({ store: options.store, pollMs: settings.pollMs })
    routes['/api/events/stream'] = { GET: createStreamRoute({ hub, settings, shutdown: options.signal }) }
  }

  return async (request) => {
    const url = new URL(request.url)
    const path = url.pathname
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return notFound(path)

    const denied = await checkAuthorization(options.authorize, request)
    if (denied) return denied

    const subPath = path.slice(basePath.length).replace(/\/+$/, '') || '/'
    const methods = routes[subPath]
    if (!methods) return notFound(subPath)
    // HEAD is a GET without the body (what every HTTP server owes it).
    const head = request.method === 'HEAD'
    const route = methods[(head ? 'GET' : request.method) as 'GET' | 'POST']
    if (route) {
      const response = await route(request, url, context)
      if (!head) return response
      // A body never read must be cancelled: an event stream would otherwise stay open.
      await response.body?.cancel().catch(() => undefined)
      return new Response(null, { status: response.status, headers: response.headers })
    }
    // Studio's router answers an unmatched method like an unknown path.
    return quirks ? notFound(subPath) : methodNotAllowed(Object.keys(methods))
  }
}

/** Runs `authorize`; returns the answer to send instead, or null to go on. */
async function checkAuthorization(authorize: AuthorizeRequest, request: Request): Promise<Response | null> {
  try {
    const verdict = await authorize(request)
    if (verdict instanceof Response) return verdict
    return verdict === true ? null : unauthorized()
  } catch {
    return json({ error: 'Internal error', message: 'Authorization failed' }, 500)
  }
}

function pushSettings(options: PushOptions = {}): PushSettings {
  const positive = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
  return {
    heartbeatMs: Math.max(10, positive(options.heartbeatMs, 15_000)),
    pollMs: Math.max(10, positive(options.pollMs, 1_000)),
    maxBufferedBytes: Math.max(1, positive(options.maxBufferedBytes, 1024 * 1024)),
    slowClientMs: positive(options.slowClientMs, 30_000),
    retryMs: positive(options.retryMs, 2_000),
    pageSize: Math.max(1, Math.floor(positive(options.pageSize, 200))),
    minReadIntervalMs: positive(options.minReadIntervalMs, 250),
  }
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}
