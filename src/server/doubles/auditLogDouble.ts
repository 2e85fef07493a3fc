/**
 * A behaving double of the Better Auth audit-log plugin (better-auth-audit-logs 0.3): a plain
 * `Request → Response` handler for msw, stories and demos. It serves, below `basePath`:
 * - `GET /audit-log/list` — the session user's own entries, newest first; `userId` (another user's
 *   → 403), `action`, `status`, `from`, `to` (both inclusive), `limit` (default 50, 1–500, else
 *   400), `offset`; answers `{ entries, total }` without `userAgent`, as the plugin does;
 * - `GET /audit-log/:id` — one own entry, else 404;
 * - `POST /audit-log/insert` — a custom entry for the session user (for live demos).
 * Every `/audit-log/*` request counts against one fixed window (60 a minute by default); past it,
 * 429 with `Retry-After` and `X-Retry-After`. Without a session: 401.
 */
import type { AuditLogEntry } from '../../api/adapters/auditLog/wire'
import { json } from '../http/responses'
import {
  apiError,
  invalidQuery,
  noSession,
  readPaging,
  routeBelow,
  routeNotFound,
  tooManyRequests,
} from './betterAuthResponses'
import { createFixedWindowLimiter, type RateLimitOptions } from './fixedWindowLimiter'

/** Options of {@link createAuditLogDouble}. */
export type AuditLogDoubleOptions = {
  /** Every stored entry (any user's); the double keeps its own copy of the list. */
  entries: readonly AuditLogEntry[]
  /** The signed-in user, or null for "no session" (401). */
  sessionUserId: string | null
  /** Better Auth's base path. @default '/api/auth' */
  basePath?: string
  /** The plugin's limit on `/audit-log/*`, or false for none. @default { max: 60, windowMs: 60000 } */
  rateLimit?: RateLimitOptions | false
  /** The clock (rate-limit windows, inserted entries). @default Date.now */
  now?: () => number
}

/** A request handler imitating a plugin, with `add` to feed it new rows (live stories and tests). */
export type PluginDouble<Row = unknown> = ((request: Request) => Promise<Response>) & {
  /** Stores more rows, as the plugin would when new auth events happen. */
  add(rows: readonly Row[]): void
}

/** The plugin's page size when `limit` is absent. */
export const AUDIT_LOG_DEFAULT_LIMIT = 50
/** The plugin's largest page; a larger `limit` is a 400. */
export const AUDIT_LOG_MAX_LIMIT = 500

const FORBIDDEN_MESSAGE = "Cannot query other users' audit logs"

/** Creates the double. */
export function createAuditLogDouble({
  entries,
  sessionUserId,
  basePath = '/api/auth',
  rateLimit = { max: 60, windowMs: 60_000 },
  now = Date.now,
}: AuditLogDoubleOptions): PluginDouble<AuditLogEntry> {
  const store = [...entries]
  const limiter = rateLimit === false ? undefined : createFixedWindowLimiter(rateLimit)
  let inserted = 0

  const list = (params: URLSearchParams, userId: string): Response => {
    const paging = readPaging(params, {
      defaultLimit: AUDIT_LOG_DEFAULT_LIMIT,
      maxLimit: AUDIT_LOG_MAX_LIMIT,
    })
    if (paging instanceof Response) return paging
    const target = params.get('userId') ?? userId
    if (target !== userId) return apiError(403, 'FORBIDDEN', FORBIDDEN_MESSAGE)
    const status = params.get('status')
    if (status !== null && status !== 'success' && status !== 'failed') {
      return invalidQuery('[query.status] status must be "success" or "failed"')
    }
    const from = readDate(params, 'from')
    const to = readDate(params, 'to')
    // The plugin passes invalid dates on to the database, which fails.
    if (Number.isNaN(from) || Number.isNaN(to)) {
      return apiError(500, 'INTERNAL_SERVER_ERROR', 'Failed to retrieve audit logs')
    }
    const action = params.get('action')
    const matches = store
      .filter((entry) => {
        const at = Date.parse(entry.createdAt)
        return (
          entry.userId === target &&
          (action === null || entry.action === action) &&
          (status === null || entry.status === status) &&
          (from === undefined || at >= from) &&
          (to === undefined || at <= to)
        )
      })
      .sort(newestFirst)
    const page = matches.slice(paging.offset, paging.offset + paging.limit)
    return json({ entries: page.map(withoutUserAgent), total: matches.length })
  }

  const insert = async (request: Request, userId: string): Promise<Response> => {
    const body = (await request.json().catch(() => undefined)) as Partial<AuditLogEntry> | undefined
    if (!body || typeof body.action !== 'string' || body.action === '') {
      return invalidQuery('[body.action] action is required')
    }
    inserted += 1
    const entry: AuditLogEntry = {
      id: `al_ins_${now().toString(36)}_${inserted}`,
      userId,
      action: body.action,
      status: body.status === 'failed' ? 'failed' : 'success',
      severity: body.severity ?? 'low',
      ipAddress: request.headers.get('x-forwarded-for'),
      userAgent: request.headers.get('user-agent'),
      metadata: body.metadata ?? {},
      createdAt: new Date(now()).toISOString(),
    }
    store.push(entry)
    return json(withoutUserAgent(entry))
  }

  const handle = async (request: Request): Promise<Response> => {
    const below = routeBelow(request, basePath)
    if (!below || !below.route.startsWith('/audit-log/')) return routeNotFound()
    const verdict = limiter?.(now())
    if (verdict && !verdict.allowed) return tooManyRequests(verdict.retryAfterMs)
    if (sessionUserId === null) return noSession()

    const { route, params } = below
    if (route === '/audit-log/list' && request.method === 'GET') return list(params, sessionUserId)
    if (route === '/audit-log/insert' && request.method === 'POST') return insert(request, sessionUserId)
    const id = /^\/audit-log\/([^/]+)$/.exec(route)?.[1]
    if (id !== undefined && request.method === 'GET') {
      const entry = store.find((item) => item.id === decodeURIComponent(id) && item.userId === sessionUserId)
      return entry ? json(withoutUserAgent(entry)) : apiError(404, 'NOT_FOUND', 'Audit log entry not found')
    }
    return routeNotFound()
  }
  return Object.assign(handle, { add: (rows: readonly AuditLogEntry[]) => void store.push(...rows) })
}

function readDate(params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name)
  return text === null || text === '' ? undefined : new Date(text).getTime()
}

/** The plugin sorts by `createdAt` descending; ties fall back to the id so pages are stable. */
function newestFirst(a: AuditLogEntry, b: AuditLogEntry): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** The plugin stores the user agent but never returns it. */
function withoutUserAgent({
  userAgent: _userAgent,
  ...entry
}: AuditLogEntry): Omit<AuditLogEntry, 'userAgent'> {
  return entry
}
