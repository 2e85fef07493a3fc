/**
 * Which filters go to the infra plugin's audit-log routes: one exact `eventType`, `userId`,
 * `organizationId`. Everything else (categories, several types, severities, dates, search,
 * session) is left to the client.
 */
import type { QueryParams } from '../../adapter'
import type { EventFilters } from '../../types'

/** The list request's filter parameters and the filter fields the server will apply. */
export type InfraListQuery = { query: QueryParams; applied: (keyof EventFilters)[] }

/** Builds the filter part of the infra list query for `filters`. */
export function buildInfraListQuery(filters: EventFilters): InfraListQuery {
  const query: QueryParams = {}
  const applied: (keyof EventFilters)[] = []
  if (filters.types?.length === 1 && !filters.categories?.length) {
    query.eventType = filters.types[0]
    applied.push('types')
  }
  if (filters.userId) {
    query.userId = filters.userId
    applied.push('userId')
  }
  if (filters.organizationId) {
    query.organizationId = filters.organizationId
    applied.push('organizationId')
  }
  return { query, applied }
}
