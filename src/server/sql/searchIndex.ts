/**
 * Search served by a trigram index (issue 12 point 3). The search rule (CONTRACT section 5: a
 * case-insensitive substring of the type, label, message, ids, address or an email in metadata)
 * stays exactly as `sqlWhere.ts` writes it; in front of it goes a necessary condition the index
 * answers: the needle is a substring of one text made of every searched column (so any match in
 * one column is a match here), or the type's label matches. PostgreSQL then reads only the rows
 * the GIN index (`pg_trgm`, shipped with PostgreSQL and PGlite) points at, instead of the table.
 */
import { quoteTableName } from './sqlClient'

/**
 * Every searched column in one text. The index and the query must use this exact expression.
 * `metadata::text` is JSON: a needle with `"` or `\` may be escaped there, so the pre-filter is
 * skipped for such needles (see {@link searchPrefilter}).
 */
export const SEARCH_TEXT = `(type || ' ' || coalesce(display_message, '') || ' ' || id::text || ' ' ||
  coalesce(user_id, '') || ' ' || coalesce(session_id, '') || ' ' || coalesce(organization_id, '') || ' ' ||
  coalesce(host(ip_address), '') || ' ' || coalesce(metadata::text, ''))`

/** The statements that add the index; each may fail (no `pg_trgm`, no privilege) without harm. */
export function searchIndexStatements(tableName: string): string[] {
  const table = quoteTableName(tableName)
  const index = quoteTableName(`${tableName.split('.').pop()}_search_trgm_idx`)
  return [
    'CREATE EXTENSION IF NOT EXISTS pg_trgm',
    `CREATE INDEX IF NOT EXISTS ${index} ON ${table} USING gin (${SEARCH_TEXT} gin_trgm_ops)`,
  ]
}

/**
 * The index-served necessary condition for a search, or null when the needle could be escaped
 * in the JSON text (then only the exact rule applies). `like` and `labels` are placeholders of
 * the `%needle%` pattern and of the types whose label matches.
 */
export function searchPrefilter(needle: string, like: string, labels: string): string | null {
  if (/["\\]/.test(needle)) return null
  return `(${SEARCH_TEXT} ILIKE ${like} OR type = ANY(${labels}::text[]))`
}
