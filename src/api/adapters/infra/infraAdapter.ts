/**
 * Adapter for the Better Auth infra dash plugin (@better-auth/infra 0.4, CONTRACT section 4):
 * `GET {authBase}/events/audit-logs` (the signed-in user's own events, or one organization's with
 * `organizationId`) or `GET {authBase}/events/all-audit-logs` (every organization the user owns or
 * administers). Events have no id (one is derived from their content, see `stableInfraEventId`),
 * no status or severity (derived from the type) and arrive with their location resolved.
 */
import { defineAdapter, type EventsAdapter } from '../../adapter'
import { probeListStatus } from '../auditLog/probeListStatus'
import { decodeCursor, encodeCursor } from '../studio/listQuery'
import { INFRA_CAPABILITIES } from './capabilities'
import { infraPaging } from './infraPaging'
import { buildInfraListQuery } from './listQuery'
import { normalizeInfraEvents } from './normalizeInfraEvent'
import { infraAuditLogsSchema } from './schemas'

/** Whose events the adapter lists. */
export type InfraScope = 'self' | 'all'

/** Options of {@link infraAdapter}. */
export type InfraAdapterOptions = {
  /** Better Auth's base path, where the plugin's routes live. @default '/api/auth' */
  basePath?: string
  /**
   * `self`: the signed-in user's own events (`/events/audit-logs`; with an `organizationId` filter,
   * that organization's). `all`: every organization the user owns or administers
   * (`/events/all-audit-logs`; others get 403).
   * @default 'self'
   */
  scope?: InfraScope
}

/** The list route of a scope. */
export function infraListPath(scope: InfraScope): string {
  return scope === 'all' ? '/events/all-audit-logs' : '/events/audit-logs'
}

/**
 * Speaks the infra dash plugin's API. Paging is by offset, with the rule in `infraPaging.ts` for
 * `eventType`, which some routes filter per page (so `total` may count every type).
 * @example createEventsClient({ adapter: infraAdapter({ scope: 'all' }) })
 */
export function infraAdapter({
  basePath = '/api/auth',
  scope = 'self',
}: InfraAdapterOptions = {}): EventsAdapter {
  const path = infraListPath(scope)
  return defineAdapter({
    id: scope === 'all' ? 'infra-all' : 'infra',
    basePath,
    capabilities: INFRA_CAPABILITIES,

    getStatus: (transport, { signal }) =>
      probeListStatus(transport, {
        path,
        schema: infraAuditLogsSchema,
        plugin: '@better-auth/infra dash',
        basePath,
        capabilities: INFRA_CAPABILITIES,
        selfOnly: scope === 'self',
        signal,
      }),

    async listEvents(transport, { filters, limit, cursor, signal }) {
      const pageSize = Math.max(1, Math.min(Math.floor(limit), INFRA_CAPABILITIES.maxPageSize))
      const offset = decodeCursor(cursor).offset ?? 0
      const { query, applied } = buildInfraListQuery(filters)
      const res = await transport.request({ path, query: { ...query, limit: pageSize, offset }, signal })
      const page = transport.validate(infraAuditLogsSchema, res.data, res.url)
      const { events, skipped } = normalizeInfraEvents(page.events)
      const paging = infraPaging({
        offset,
        pageSize,
        typeFiltered: query.eventType !== undefined,
        received: page.events.length,
        total: page.total,
        echoedLimit: page.limit,
      })
      return {
        events,
        skipped,
        scanned: page.events.length,
        hasMore: paging.hasMore,
        nextCursor: paging.nextOffset === undefined ? undefined : encodeCursor('offset', paging.nextOffset),
        total: paging.total,
        ready: true,
        applied,
      }
    },
  })
}
