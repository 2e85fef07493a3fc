/**
 * The one filter model (CONTRACT section 5): normalising it (stable query keys), testing an event
 * against it (the client-side fallback), and its URL encoding.
 */
import { isSecretKey } from './mask'
import { CATEGORIES, SEVERITIES } from './types'
import type { AuthEvent, Category, EventFilters, Severity } from './types'

const ID_FIELDS = ['userId', 'organizationId', 'sessionId', 'ipAddress'] as const

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime())
}

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

function inOrder<T extends string>(values: unknown, order: readonly T[]): T[] | undefined {
  if (!Array.isArray(values)) return undefined
  const wanted = new Set(values)
  const kept = order.filter((value) => wanted.has(value))
  return kept.length > 0 ? kept : undefined
}

function cleanTypes(values: unknown): string[] | undefined {
  if (!Array.isArray(values)) return undefined
  const types = new Set<string>()
  for (const value of values) {
    const type = cleanString(value)
    if (type !== undefined) types.add(type)
  }
  return types.size > 0 ? [...types].sort() : undefined
}

/**
 * The canonical form of `filters`, for query keys and URLs: empty strings, empty arrays,
 * `undefined`, unknown categories/severities and invalid dates are dropped; strings are trimmed;
 * lists are de-duplicated and sorted (categories and severities in display order, types
 * alphabetically); the default sort `desc` is dropped. Two filters that select the same events
 * this way normalise to equal objects. Never mutates its input.
 */
export function normalizeFilters(filters: EventFilters): EventFilters {
  const result: EventFilters = {}
  const q = cleanString(filters.q)
  if (q !== undefined) result.q = q
  const categories = inOrder<Category>(filters.categories, CATEGORIES)
  if (categories) result.categories = categories
  const types = cleanTypes(filters.types)
  if (types) result.types = types
  const severities = inOrder<Severity>(filters.severities, SEVERITIES)
  if (severities) result.severities = severities
  if (isValidDate(filters.from)) result.from = new Date(filters.from.getTime())
  if (isValidDate(filters.until)) result.until = new Date(filters.until.getTime())
  for (const field of ID_FIELDS) {
    const id = cleanString(filters[field])
    if (id !== undefined) result[field] = id
  }
  if (filters.sort === 'asc') result.sort = 'asc'
  return result
}

/** Whether `filters` selects every event (the sort order does not narrow anything). */
export function isEmptyFilters(filters: EventFilters): boolean {
  const { sort: _sort, ...narrowing } = normalizeFilters(filters)
  return Object.keys(narrowing).length === 0
}

// --- Client-side matching -------------------------------------------------------------------

const MAX_SEARCH_DEPTH = 4
const EMAIL_LIKE = /[^\s@]+@[^\s@]+/

/** Email-like strings in metadata: values of keys naming an email, or values that look like one. */
function metadataEmails(value: unknown, key: string, depth: number, out: string[]): void {
  if (depth > MAX_SEARCH_DEPTH || out.length >= 50) return
  if (typeof value === 'string') {
    if (key.toLowerCase().includes('email') || EMAIL_LIKE.test(value)) out.push(value)
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [childKey, child] of Object.entries(value)) {
    // Never let a search reveal a secret by matching it.
    if (!Array.isArray(value) && isSecretKey(childKey, key)) continue
    metadataEmails(child, Array.isArray(value) ? key : childKey, depth + 1, out)
  }
}

function matchesQuery(event: AuthEvent, q: string): boolean {
  const needle = q.trim().toLowerCase()
  if (needle === '') return true
  const haystack = [
    event.type,
    event.label,
    event.message,
    event.id,
    event.userId,
    event.sessionId,
    event.organizationId,
    event.ipAddress,
  ]
  const emails: string[] = []
  metadataEmails(event.metadata, '', 0, emails)
  return [...haystack, ...emails].some((text) => text !== undefined && text.toLowerCase().includes(needle))
}

function matchesTypeFilter(event: AuthEvent, filters: EventFilters): boolean {
  const categories = filters.categories ?? []
  const types = filters.types ?? []
  if (categories.length === 0 && types.length === 0) return true
  return categories.includes(event.category) || types.includes(event.type)
}

/**
 * Whether `event` passes `filters`. With `fields`, only those fields are tested (the ones the
 * server could not apply). `categories` and `types` are one union test (an event passes when its
 * category is in `categories` OR its type is in `types`), so naming either field tests both.
 * `q` is a case-insensitive substring search over type, label, message, ids, IP address and
 * email-like metadata values (never secret ones); `from` is inclusive, `until` exclusive.
 */
export function matchesFilters(
  event: AuthEvent,
  filters: EventFilters,
  fields?: (keyof EventFilters)[],
): boolean {
  const wanted = (field: keyof EventFilters) => fields === undefined || fields.includes(field)
  if (wanted('q') && filters.q !== undefined && !matchesQuery(event, filters.q)) return false
  if ((wanted('categories') || wanted('types')) && !matchesTypeFilter(event, filters)) return false
  const severities = filters.severities ?? []
  if (wanted('severities') && severities.length > 0 && !severities.includes(event.severity)) return false
  const time = event.timestamp.getTime()
  if (wanted('from') && isValidDate(filters.from) && time < filters.from.getTime()) return false
  if (wanted('until') && isValidDate(filters.until) && time >= filters.until.getTime()) return false
  for (const field of ID_FIELDS) {
    const expected = cleanString(filters[field])
    if (wanted(field) && expected !== undefined && event[field] !== expected) return false
  }
  return true
}

// --- URL encoding ---------------------------------------------------------------------------

/** The search params the filters own in a URL (see `filtersToSearchParams`); others are kept. */
export const FILTER_SEARCH_PARAMS = [
  'q',
  'categories',
  'types',
  'severities',
  'from',
  'until',
  'userId',
  'organizationId',
  'sessionId',
  'ipAddress',
  'sort',
] as const

// A calendar date (UTC midnight) or a date-time WITH its offset: a bare local time is not an instant.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i

/**
 * `filters` as URL search params, with the model's own names: `q`, `categories`, `types`,
 * `severities` (comma lists), `from`, `until` (ISO instants), `userId`, `organizationId`,
 * `sessionId`, `ipAddress`, `sort` (only `asc`; `desc` is the default). The filters are normalised first, so
 * equal filters give equal URLs. Types containing a comma cannot be encoded and are left out.
 */
export function filtersToSearchParams(filters: EventFilters): URLSearchParams {
  const f = normalizeFilters(filters)
  const params = new URLSearchParams()
  if (f.q) params.set('q', f.q)
  if (f.categories) params.set('categories', f.categories.join(','))
  const types = f.types?.filter((type) => !type.includes(','))
  if (types && types.length > 0) params.set('types', types.join(','))
  if (f.severities) params.set('severities', f.severities.join(','))
  if (f.from) params.set('from', f.from.toISOString())
  if (f.until) params.set('until', f.until.toISOString())
  for (const field of ID_FIELDS) {
    const id = f[field]
    if (id !== undefined) params.set(field, id)
  }
  if (f.sort) params.set('sort', f.sort)
  return params
}

function readList(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).flatMap((value) => value.split(','))
}

function readDate(params: URLSearchParams, name: string): Date | undefined {
  const value = params.get(name)?.trim()
  if (!value || !ISO_INSTANT.test(value)) return undefined
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  // Engines roll 2026-02-31 over to March; a date that does not exist is invalid here.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined
  const date = new Date(value)
  return isValidDate(date) ? date : undefined
}

/**
 * The filters encoded in a URL's search params (the inverse of {@link filtersToSearchParams}).
 * Accepts a `URLSearchParams` or a query string (with or without `?`). Lists may be comma lists
 * or repeated params. Unknown params, unknown categories or severities and unparsable dates are
 * dropped; it never throws. The result is normalised.
 */
export function filtersFromSearchParams(params: URLSearchParams | string): EventFilters {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params
  const filters: EventFilters = {
    q: search.get('q') ?? undefined,
    categories: readList(search, 'categories') as Category[],
    types: readList(search, 'types'),
    severities: readList(search, 'severities') as Severity[],
    from: readDate(search, 'from'),
    until: readDate(search, 'until'),
    userId: search.get('userId') ?? undefined,
    organizationId: search.get('organizationId') ?? undefined,
    sessionId: search.get('sessionId') ?? undefined,
    ipAddress: search.get('ipAddress') ?? undefined,
    sort: search.get('sort') === 'asc' ? 'asc' : undefined,
  }
  return normalizeFilters(filters)
}
