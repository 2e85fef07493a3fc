/**
 * The WHERE clause and the classification expression of the SQL stores. Every value is a bound
 * parameter: user input never becomes SQL text.
 */
import { EVENT_TYPES } from '../../api/catalogue/catalogue'
import type { Severity } from '../../api/types'
import type { StoreFilters } from '../store'
import { searchPrefilter } from './searchIndex'

/** Collects bound parameters and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = []
  /** Adds a value and returns its `$n` placeholder. */
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/** Types grouped by the bucket a row without a stored severity falls into. */
export type DefaultSeverityLists = Record<Exclude<Severity, 'info'>, string[]>

/**
 * The shared classification (CONTRACT section 2) as SQL: failed status → failed; a valid stored
 * severity → that (read as `parseSeverity` reads it: trimmed, any case, so a page filtered by
 * severity lists what the rollup counts); otherwise the catalogue default of the type; otherwise info.
 */
export function severityExpression(params: SqlParams, defaults: DefaultSeverityLists): string {
  return `(CASE
    WHEN status = 'failed' THEN 'failed'
    WHEN lower(btrim(display_severity, E' \\t\\n\\r\\f\\v')) IN ('success', 'failed', 'warning', 'info')
      THEN lower(btrim(display_severity, E' \\t\\n\\r\\f\\v'))
    WHEN type = ANY(${params.add(defaults.failed)}::text[]) THEN 'failed'
    WHEN type = ANY(${params.add(defaults.warning)}::text[]) THEN 'warning'
    WHEN type = ANY(${params.add(defaults.success)}::text[]) THEN 'success'
    ELSE 'info' END)`
}

/** Escapes `%`, `_` and `\` so a search is a plain substring, never a pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** Types of the catalogue whose label contains `needle` (a search matches labels too). */
function typesWithLabel(needle: string): string[] {
  const lower = needle.toLowerCase()
  return EVENT_TYPES.filter((info) => info.label.toLowerCase().includes(lower)).map((info) => info.type)
}

/**
 * Builds `WHERE …` (or '' when nothing filters) for `filters`. `searchIndexed`: the search
 * index's function exists in this database, so a search can be pre-filtered by its index.
 */
export function buildWhere(
  filters: StoreFilters,
  params: SqlParams,
  defaults: DefaultSeverityLists,
  searchIndexed = false,
): string {
  const clauses: string[] = []
  if (filters.types) clauses.push(`type = ANY(${params.add(filters.types)}::text[])`)
  if (filters.severities) {
    clauses.push(`${severityExpression(params, defaults)} = ANY(${params.add(filters.severities)}::text[])`)
  }
  if (filters.status) clauses.push(`status = ${params.add(filters.status)}`)
  if (filters.since) clauses.push(`timestamp >= ${params.add(filters.since.toISOString())}::timestamptz`)
  if (filters.until) clauses.push(`timestamp < ${params.add(filters.until.toISOString())}::timestamptz`)
  if (filters.userId) clauses.push(`user_id = ${params.add(filters.userId)}`)
  if (filters.organizationId) clauses.push(`organization_id = ${params.add(filters.organizationId)}`)
  if (filters.sessionId) clauses.push(`session_id = ${params.add(filters.sessionId)}`)
  const q = filters.q?.trim()
  if (q) {
    // The JSON text pre-filter is a cheap necessary condition for the per-value search below
    // (skipped when the needle has characters JSON escapes, where it could miss).
    const like = params.add(`%${escapeLike(q)}%`)
    const labels = params.add(typesWithLabel(q))
    // Served by the trigram index; the exact rule below then checks the few rows it leaves.
    if (searchIndexed) clauses.push(searchPrefilter(like, labels))
    clauses.push(`(
      type ILIKE ${like} OR display_message ILIKE ${like} OR id::text ILIKE ${like}
      OR user_id ILIKE ${like} OR session_id ILIKE ${like} OR organization_id ILIKE ${like}
      OR host(ip_address) ILIKE ${like}
      OR type = ANY(${labels}::text[])
      OR (${/["\\]/.test(q) ? 'TRUE' : `metadata::text ILIKE ${like}`} AND EXISTS (
        SELECT 1 FROM jsonb_path_query(COALESCE(metadata, '{}'::jsonb), 'strict $.**{0 to 4}') AS value
        WHERE jsonb_typeof(value) = 'string' AND value #>> '{}' ILIKE ${like}
          AND value #>> '{}' ~ '[^[:space:]@]+@[^[:space:]@]+'
      ))
    )`)
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
}
