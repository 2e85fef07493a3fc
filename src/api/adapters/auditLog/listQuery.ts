/**
 * Which filters go to the audit-log plugin's `/audit-log/list` and how: one exact `action`, the
 * wire `status`, `from` and `to`. Everything else is left to the client (and not reported as applied).
 */
import type { QueryParams } from '../../adapter'
import type { EventFilters } from '../../types'

/** The list request's filter parameters and the filter fields the server will apply. */
export type AuditLogListQuery = { query: QueryParams; applied: (keyof EventFilters)[] }

/** Builds the filter part of the `/audit-log/list` query for `filters`. */
export function buildAuditLogListQuery(filters: EventFilters): AuditLogListQuery {
  const query: QueryParams = {}
  const applied: (keyof EventFilters)[] = []

  // A category list is matched in the client; one exact type alone can go to the server.
  if (filters.types?.length === 1 && !filters.categories?.length) {
    query.action = filters.types[0]
    applied.push('types')
  }

  // For this plugin the `failed` bucket is exactly status failed, and every other bucket is a
  // successful entry: "failed only" is a server filter, a set without `failed` narrows to
  // status success and the client splits warning from info.
  const severities = filters.severities ?? []
  if (severities.length && severities.every((severity) => severity === 'failed')) {
    query.status = 'failed'
    applied.push('severities')
  } else if (severities.length && !severities.includes('failed')) {
    query.status = 'success'
  }

  if (filters.from) {
    query.from = filters.from.toISOString()
    applied.push('from')
  }
  // The plugin's `to` is inclusive (createdAt <= to); ours is exclusive, and instants are whole milliseconds.
  if (filters.until) {
    query.to = new Date(filters.until.getTime() - 1).toISOString()
    applied.push('until')
  }
  return { query, applied }
}
