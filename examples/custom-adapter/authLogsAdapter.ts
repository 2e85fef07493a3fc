/**
 * Worked example: an adapter for a "generic" auth-log API (see `authLogsWire.ts`), written
 * with `defineAdapter` and valibot. The library's client does the HTTP (URLs, headers, cookies,
 * timeouts, typed errors); the adapter only says which paths and parameters to use and how to turn
 * the API's rows into normalised events.
 *
 * In your app, import from the package instead of the repository's source:
 *   import { defineAdapter, classifyEvent, ... } from 'react-auth-events/api'
 */
// #region imports
import * as v from 'valibot'
import {
  classifyEvent,
  defineAdapter,
  firstForwardedIp,
  formatEventMessage,
  getEventTypeInfo,
  isHttpError,
  type AdapterCapabilities,
  type AuthEvent,
  type EventFilters,
  type EventsAdapter,
  type QueryParams,
  type SkippedEvent,
} from '../../src/api/index'
import {
  ACTION_BY_TYPE,
  AUTH_LOGS_MAX_PER_PAGE,
  TYPE_BY_ACTION,
  authLogSchema,
  authLogsAnswerSchema,
} from './authLogsWire'
// #endregion imports

/** What the API can do: one action, the actor and a lower date bound; pages of up to 100; nothing else. */
export const LOGTO_CAPABILITIES: AdapterCapabilities = {
  filters: {
    types: 'one',
    severity: false,
    status: false,
    from: true,
    until: false,
    q: false,
    userId: true,
    organizationId: false,
    sessionId: false,
  },
  cursor: false,
  counts: false,
  activity: false,
  geo: false,
  maxPageSize: AUTH_LOGS_MAX_PER_PAGE,
  defaultPollIntervalMs: 10_000,
  sortAsc: false,
}

const LIST_PATH = '/auth-logs'

/** "None" is undefined in the normalised event, never null or ''. */
const none = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined)

// #region normalize
/** Turns the row at `index` into an event, or says why it was skipped. */
export function normalizeAuthLog(raw: unknown, index: number): AuthEvent | SkippedEvent {
  const parsed = v.safeParse(authLogSchema, raw)
  if (!parsed.success) {
    const uuid = (raw as { uuid?: unknown } | null)?.uuid
    const issues = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(row)'}: ${issue.message}`)
    return { index, id: typeof uuid === 'string' ? uuid : undefined, issues }
  }
  const row = parsed.output
  const type = TYPE_BY_ACTION[row.action] ?? row.action
  const info = getEventTypeInfo(type)
  const status = row.outcome === 'error' ? 'failed' : 'success'
  const metadata = row.payload ?? {}
  return {
    id: row.uuid,
    type,
    category: info.category,
    label: info.label,
    message: formatEventMessage(type, metadata, undefined, status),
    timestamp: new Date(row.created_at * 1000),
    status,
    severity: classifyEvent({ type, status }),
    userId: none(row.actor_id),
    ipAddress: firstForwardedIp(row.ip),
    userAgent: none(row.user_agent),
    source: 'auth-logs',
    metadata,
    raw,
  }
}
// #endregion normalize

/** The filter part of the query, and the filter fields the API applies (the client does the rest). */
function listQuery(filters: EventFilters): { query: QueryParams; applied: (keyof EventFilters)[] } {
  const query: QueryParams = {}
  const applied: (keyof EventFilters)[] = []
  const type = filters.types?.length === 1 && !filters.categories?.length ? filters.types[0] : undefined
  if (type !== undefined) {
    query.action = ACTION_BY_TYPE[type] ?? type
    applied.push('types')
  }
  if (filters.userId) {
    query.actor_id = filters.userId
    applied.push('userId')
  }
  if (filters.from) {
    query.since = filters.from.toISOString()
    applied.push('from')
  }
  return { query, applied }
}

/** The cursor keeps the page size too, so a later call with another `limit` still continues correctly. */
const encodeCursor = (page: number, perPage: number) => `${page}/${perPage}`
function decodeCursor(cursor: string | undefined, limit: number): { page: number; perPage: number } {
  const [page, perPage] = (cursor ?? '').split('/').map(Number)
  if (page && perPage && page >= 1 && perPage >= 1) return { page, perPage }
  return { page: 1, perPage: Math.max(1, Math.min(Math.floor(limit), AUTH_LOGS_MAX_PER_PAGE)) }
}

/** Options of {@link authLogsAdapter}. */
export type AuthLogsAdapterOptions = {
  /** Where the API lives below the client's `baseUrl`. @default '/admin' */
  basePath?: string
}

// #region adapter
/**
 * The adapter. Use it like the built-in ones:
 * @example const client = createEventsClient({ baseUrl: 'https://auth.example.com', adapter: authLogsAdapter() })
 */
export function authLogsAdapter({ basePath = '/admin' }: AuthLogsAdapterOptions = {}): EventsAdapter {
  return defineAdapter({
    id: 'auth-logs',
    basePath,
    capabilities: LOGTO_CAPABILITIES,

    // No status endpoint: a one-row list request that succeeds means "enabled"; 404 means "not there".
    async getStatus(transport, { signal }) {
      const base = { capabilities: LOGTO_CAPABILITIES, advertised: [] }
      try {
        const res = await transport.request({ path: LIST_PATH, query: { page: 1, per_page: 1 }, signal })
        transport.validate(authLogsAnswerSchema, res.data, res.url)
      } catch (error) {
        if (!isHttpError(error) || error.status !== 404) throw error
        const off = { enabled: false, configured: false, initialized: false, hasProvider: false }
        return {
          ...base,
          ...off,
          state: 'disabled',
          reason: 'not-installed',
          error: `No auth-log API at ${basePath}`,
        }
      }
      return {
        ...base,
        state: 'enabled',
        enabled: true,
        configured: true,
        initialized: true,
        hasProvider: true,
      }
    },

    async listEvents(transport, { filters, limit, cursor, signal }) {
      const { page, perPage } = decodeCursor(cursor, limit)
      const { query, applied } = listQuery(filters)
      const res = await transport.request({
        path: LIST_PATH,
        query: { ...query, page, per_page: perPage },
        signal,
      })
      const answer = transport.validate(authLogsAnswerSchema, res.data, res.url)
      const events: AuthEvent[] = []
      const skipped: SkippedEvent[] = []
      answer.data.forEach((raw, index) => {
        const result = normalizeAuthLog(raw, index)
        if ('issues' in result) skipped.push(result)
        else events.push(result)
      })
      const hasMore = answer.page < answer.total_pages
      return {
        events,
        skipped,
        scanned: answer.data.length,
        hasMore,
        nextCursor: hasMore ? encodeCursor(answer.page + 1, perPage) : undefined,
        ready: true,
        applied,
      }
    },
  })
}
// #endregion adapter
