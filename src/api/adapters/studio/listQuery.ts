/**
 * Which filters go to a Studio-API backend and how. On the baseline only `type` (one),
 * `userId`, `since` and `sort` exist; with the `filters` extension everything is sent.
 */
import type { QueryParams } from '../../adapter'
import { canSendCategoriesOnWire, filtersToWireParams } from '../../filterWire'
import type { AdapterCapabilities, EventFilters } from '../../types'

/** The list request's query parameters and the filter fields the server will apply. */
export type StudioListQuery = { query: QueryParams; applied: (keyof EventFilters)[] }

/** Offset cursors are `o:<offset>`; keyset cursors (extension) are `c:<server cursor>`. */
export function encodeCursor(kind: 'offset' | 'keyset', value: string | number): string {
  return kind === 'offset' ? `o:${value}` : `c:${value}`
}

/** Reads a cursor made by {@link encodeCursor}; anything else is ignored (first page). */
export function decodeCursor(cursor: string | undefined): { offset?: number; keyset?: string } {
  if (!cursor) return {}
  if (cursor.startsWith('o:')) {
    const offset = Number(cursor.slice(2))
    return Number.isInteger(offset) && offset >= 0 ? { offset } : {}
  }
  if (cursor.startsWith('c:')) return { keyset: cursor.slice(2) }
  return {}
}

/** Builds the `/api/events` query for `filters` on a backend with `capabilities`. */
export function buildStudioListQuery(
  filters: EventFilters,
  capabilities: AdapterCapabilities,
  limit: number,
  cursor: string | undefined,
  startOffset?: number,
): StudioListQuery {
  const { offset, keyset } = decodeCursor(cursor)
  const paging: QueryParams = {
    limit,
    offset: keyset === undefined ? (offset ?? startOffset) : undefined,
    cursor: capabilities.cursor ? keyset : undefined,
  }
  if (capabilities.filters.q && capabilities.filters.types === 'many') {
    return extendedQuery(filters, paging)
  }
  return baselineQuery(filters, paging)
}

function extendedQuery(filters: EventFilters, paging: QueryParams): StudioListQuery {
  const typesOnWire = !filters.categories?.length || canSendCategoriesOnWire(filters.categories)
  const wireFilters: EventFilters = typesOnWire
    ? filters
    : { ...filters, categories: undefined, types: undefined }
  const applied: (keyof EventFilters)[] = [
    'q',
    'severities',
    'from',
    'until',
    'userId',
    'organizationId',
    'sessionId',
    'sort',
  ]
  if (typesOnWire) applied.push('categories', 'types')
  return { query: { ...filtersToWireParams(wireFilters), ...paging }, applied }
}

function baselineQuery(filters: EventFilters, paging: QueryParams): StudioListQuery {
  const applied: (keyof EventFilters)[] = ['sort']
  const query: QueryParams = { ...paging }
  // Studio treats any value other than "desc" as ascending.
  query.sort = filters.sort === 'asc' ? 'asc' : 'desc'
  if (filters.types?.length === 1 && !filters.categories?.length) {
    query.type = filters.types[0]
    applied.push('types', 'categories')
  }
  if (filters.userId) {
    query.userId = filters.userId
    applied.push('userId')
  }
  if (filters.from) {
    query.since = filters.from.toISOString()
    applied.push('from')
  }
  return { query, applied }
}
