/**
 * Which filters a conformance run tries: one per filter the backend claims to apply
 * (`capabilities.filters`), with values taken from events it already returned, so a backend that
 * filters correctly always has something to return.
 */
import type { AuthEvent, EventFilters, FilterCapabilities } from '../types'

/** One filter set to try. */
export type FilterCase = { filters: EventFilters; label: string }

/** The most frequent non-empty value of `pick` over `events`, or undefined. */
function mostCommon(
  events: AuthEvent[],
  pick: (event: AuthEvent) => string | undefined,
  skip = 0,
): string | undefined {
  const counts = new Map<string, number>()
  for (const event of events) {
    const value = pick(event)
    if (typeof value === 'string' && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[skip]?.[0]
}

function medianTime(events: AuthEvent[]): Date | undefined {
  const times = events
    .map((event) => event.timestamp)
    .filter((time): time is Date => time instanceof Date && !Number.isNaN(time.getTime()))
    .map((time) => time.getTime())
    .sort((a, b) => a - b)
  const middle = times[Math.floor(times.length / 2)]
  return middle === undefined ? undefined : new Date(middle)
}

/**
 * One case per claimed filter: the most common type (two for `types: 'many'`), `failed` (or the
 * most common severity) for `severity`, `failed` for `status`, the median timestamp for `from` and
 * `until`, the most common type as search text for `q`, and the most common `userId`,
 * `organizationId` and `sessionId`. `missing` receives the names of claimed filters no event had a
 * value for.
 */
export function deriveFilterCases(
  events: AuthEvent[],
  claims: FilterCapabilities,
  missing: (filter: string) => void,
): FilterCase[] {
  const cases: FilterCase[] = []
  const add = (label: string, filters: EventFilters | undefined) => {
    if (filters) cases.push({ label: `filter ${label}`, filters })
    else missing(label)
  }
  if (claims.types) {
    const first = mostCommon(events, (event) => event.type)
    const second = claims.types === 'many' ? mostCommon(events, (event) => event.type, 1) : undefined
    add('types', first ? { types: second ? [first, second] : [first] } : undefined)
  }
  if (claims.severity) {
    const failed = events.some((event) => event.severity === 'failed')
    const severity = failed ? 'failed' : mostCommon(events, (event) => event.severity)
    add('severity', severity ? { severities: [severity as AuthEvent['severity']] } : undefined)
  } else if (claims.status) {
    add('status', { severities: ['failed'] })
  }
  const median = medianTime(events)
  if (claims.from) add('from', median && { from: median })
  if (claims.until) add('until', median && { until: median })
  if (claims.q) {
    const text = mostCommon(events, (event) => event.type)
    add('q', text ? { q: text } : undefined)
  }
  for (const field of ['userId', 'organizationId', 'sessionId'] as const) {
    if (!claims[field]) continue
    const value = mostCommon(events, (event) => event[field])
    add(field, value ? { [field]: value } : undefined)
  }
  return cases
}

/**
 * The filter fields of `filters` the capabilities say the server applies, so the client must not
 * have applied them itself. Categories are left out: they travel as types only when the catalogue
 * can list them.
 */
export function claimedFields(filters: EventFilters, claims: FilterCapabilities): (keyof EventFilters)[] {
  const fields: (keyof EventFilters)[] = []
  const types = filters.types ?? []
  const oneType = types.length === 1 && !filters.categories?.length
  if (types.length && (claims.types === 'many' || (claims.types === 'one' && oneType))) fields.push('types')
  const severities = filters.severities ?? []
  const failedOnly = severities.length > 0 && severities.every((severity) => severity === 'failed')
  if (severities.length && (claims.severity || (claims.status && failedOnly))) fields.push('severities')
  for (const field of ['from', 'until', 'q', 'userId', 'organizationId', 'sessionId'] as const) {
    if (filters[field] !== undefined && claims[field]) fields.push(field)
  }
  return fields
}
