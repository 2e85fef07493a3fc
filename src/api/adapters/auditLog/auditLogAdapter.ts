/**
 * Adapter for the Better Auth audit-log plugin (better-auth-audit-logs 0.3, CONTRACT section 4):
 * `GET {authBase}/audit-log/list`, offset paging, newest first only. The plugin shows only the
 * signed-in user's own entries and rate-limits `/audit-log/*` to 60 requests a minute: a 429
 * reaches the caller as the transport's `RateLimitError` (with `retryAfterMs`), untouched.
 */
import { defineAdapter, type EventsAdapter } from '../../adapter'
import { decodeCursor, encodeCursor } from '../studio/listQuery'
import { AUDIT_LOG_CAPABILITIES } from './capabilities'
import { buildAuditLogListQuery } from './listQuery'
import { normalizeAuditLogEntries } from './normalizeAuditLogEntry'
import { probeListStatus } from './probeListStatus'
import { auditLogListSchema } from './schemas'

/** Options of {@link auditLogAdapter}. */
export type AuditLogAdapterOptions = {
  /** Better Auth's base path, where the plugin's routes live. @default '/api/auth' */
  basePath?: string
}

const LIST_PATH = '/audit-log/list'

/**
 * Speaks the audit-log plugin's API.
 *
 * Paging: the cursor holds an offset. A page has more after it while it came back full
 * (`min(limit, 500)` entries) and `offset + entries < total`. Entries written between two page
 * requests shift the offsets (newest first), so a later page can repeat a row (same id) but never
 * skip one; entries deleted meanwhile (retention) can make a later page skip rows.
 * @example createEventsClient({ adapter: auditLogAdapter() })
 */
export function auditLogAdapter({ basePath = '/api/auth' }: AuditLogAdapterOptions = {}): EventsAdapter {
  return defineAdapter({
    id: 'audit-log',
    basePath,
    capabilities: AUDIT_LOG_CAPABILITIES,

    getStatus: (transport, { signal }) =>
      probeListStatus(transport, {
        path: LIST_PATH,
        schema: auditLogListSchema,
        plugin: 'better-auth-audit-logs',
        basePath,
        capabilities: AUDIT_LOG_CAPABILITIES,
        selfOnly: true,
        signal,
      }),

    async listEvents(transport, { filters, limit, cursor, signal }) {
      const pageSize = Math.max(1, Math.min(Math.floor(limit), AUDIT_LOG_CAPABILITIES.maxPageSize))
      const offset = decodeCursor(cursor).offset ?? 0
      const { query, applied } = buildAuditLogListQuery(filters)
      const res = await transport.request({
        path: LIST_PATH,
        query: { ...query, limit: pageSize, offset },
        signal,
      })
      const page = transport.validate(auditLogListSchema, res.data, res.url)
      const { events, skipped } = normalizeAuditLogEntries(page.entries)
      const received = page.entries.length
      const hasMore = received >= pageSize && offset + received < page.total
      return {
        events,
        skipped,
        scanned: received,
        hasMore,
        nextCursor: hasMore ? encodeCursor('offset', offset + received) : undefined,
        total: page.total,
        ready: true,
        applied,
      }
    },
  })
}
