/**
 * The in-memory store's WHERE clause: a predicate over normalised events built from
 * {@link StoreFilters} with the shared `matchesFilters`, so the server filters exactly as the
 * client does when it filters a page itself.
 */
import { matchesFilters } from '../api/filters'
import type { AuthEvent, EventFilters } from '../api/types'
import type { StoreFilters } from './store'

/** A compiled filter. */
export type EventPredicate = (event: AuthEvent) => boolean

/** The shared filter model of the server's filter set (`status` is not part of it). */
export function toEventFilters(filters: StoreFilters): EventFilters {
  const result: EventFilters = {}
  if (filters.types) result.types = filters.types
  if (filters.severities) result.severities = filters.severities
  if (filters.since) result.from = filters.since
  if (filters.until) result.until = filters.until
  if (filters.q) result.q = filters.q
  if (filters.userId) result.userId = filters.userId
  if (filters.organizationId) result.organizationId = filters.organizationId
  if (filters.sessionId) result.sessionId = filters.sessionId
  return result
}

/** Compiles `filters` into a predicate. An empty `types` or `severities` list matches nothing. */
export function compileFilters(filters: StoreFilters): EventPredicate {
  if (filters.types?.length === 0 || filters.severities?.length === 0) return () => false
  const shared = toEventFilters(filters)
  const { status } = filters
  return (event) => (status === undefined || event.status === status) && matchesFilters(event, shared)
}
