/**
 * The filter model on the wire of an extended backend that advertises the `filters` capability
 * (CONTRACT sections 3 and 5).
 *
 * Categories travel as the list of their known Studio types. That only works for categories the
 * catalogue can enumerate: `other` is by definition "any type we do not know", and `two_factor`,
 * `security` and `admin` have no Studio types (their members are only recognised by pattern,
 * e.g. `security_*`). A filter with such a category cannot be sent: `types` is then left out
 * altogether (categories and types are one union test, so half of it cannot be sent either) and
 * the caller applies `categories` and `types` in the client (`matchesFilters`). Use
 * {@link wireAppliedFields} to know which fields the server applied.
 */
import { typesForCategories } from './catalogue/catalogue'
import { normalizeFilters } from './filters'
import type { Category, EventFilters } from './types'

/**
 * Whether these categories can be sent to the server as a list of types. False when one of them
 * (`other`, or a category with no Studio types) cannot be enumerated: filter those in the client.
 */
export function canSendCategoriesOnWire(categories: Category[]): boolean {
  return categories.every((category) => typesForCategories([category], 'studio').length > 0)
}

/**
 * The query params for `GET /api/events` (and the `counts-window`/`activity` endpoints) of an
 * extended backend: `q`, `types` (categories expanded to Studio types, merged with `types`),
 * `severity` (comma list of buckets), `since`/`until` (ISO instants), `userId`,
 * `organizationId`, `sessionId`, `sort` (always sent, `desc` by default). The filters are
 * normalised first, so equal filters give equal params.
 */
export function filtersToWireParams(filters: EventFilters): Record<string, string> {
  const f = normalizeFilters(filters)
  const params: Record<string, string> = {}
  if (f.q) params.q = f.q
  const categories = f.categories ?? []
  if (canSendCategoriesOnWire(categories)) {
    const types = new Set([...typesForCategories(categories, 'studio'), ...(f.types ?? [])])
    if (types.size > 0) params.types = [...types].sort().join(',')
  }
  if (f.severities) params.severity = f.severities.join(',')
  if (f.from) params.since = f.from.toISOString()
  if (f.until) params.until = f.until.toISOString()
  if (f.userId) params.userId = f.userId
  if (f.organizationId) params.organizationId = f.organizationId
  if (f.sessionId) params.sessionId = f.sessionId
  params.sort = f.sort ?? 'desc'
  return params
}

/** The filter fields {@link filtersToWireParams} sends for `filters`; the rest must be applied in the client. */
export function wireAppliedFields(filters: EventFilters): (keyof EventFilters)[] {
  const f = normalizeFilters(filters)
  // No backend takes an IP filter: always applied in the client.
  const fields = (Object.keys(f) as (keyof EventFilters)[]).filter(
    (field) => field !== 'sort' && field !== 'ipAddress',
  )
  if (canSendCategoriesOnWire(f.categories ?? [])) return fields
  return fields.filter((field) => field !== 'categories' && field !== 'types')
}
