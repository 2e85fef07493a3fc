/**
 * Search served by a trigram index (issue 12 point 3). The search rule (CONTRACT section 5: a
 * case-insensitive substring of the type, label, message, ids, address or an email in metadata)
 * stays exactly as `sqlWhere.ts` writes it; in front of it goes a necessary condition the index
 * answers: the needle is a substring of one text made of every searched column (so any match in
 * one column is a match here), or the type's label matches. PostgreSQL then reads only the rows
 * the GIN index (`pg_trgm`, shipped with PostgreSQL and PGlite) points at, instead of the table.
 *
 * Only what the rule searches is indexed. The first index took the whole `metadata::text`
 * (user agents, JSON keys, nested settings): three quarters of PostgreSQL's CPU per insert went
 * to its trigrams, which held ingestion under 10,000 events/s (issue 11 point 3). Metadata is
 * searched only in its email-like string values (depth 0 to 4), so those alone are indexed.
 */
import { quoteTableName } from './sqlClient'

/**
 * The function that gives a row's searched metadata: its email-like strings, space-separated.
 * One per database, in the schema the store's connection creates objects in; versioned, so a
 * changed body is a new function and never silently disagrees with an index built on the old one.
 */
export const SEARCH_EMAILS_FUNCTION = 'react_auth_events_search_emails_v1'

/**
 * Every searched column in one text. The index and the query must use this exact expression.
 * Metadata values are taken unescaped (`#>> '{}'`), so any needle can be pre-filtered.
 */
export const SEARCH_TEXT = `(type || ' ' || coalesce(display_message, '') || ' ' || id::text || ' ' ||
  coalesce(user_id, '') || ' ' || coalesce(session_id, '') || ' ' || coalesce(organization_id, '') || ' ' ||
  coalesce(host(ip_address), '') || ' ' || ${SEARCH_EMAILS_FUNCTION}(metadata))`

/** The statements that add the index; each may fail (no `pg_trgm`, no privilege) without harm. */
export function searchIndexStatements(tableName: string): string[] {
  const table = quoteTableName(tableName)
  const base = tableName.split('.').pop()!
  const prefix = tableName.includes('.') ? `${quoteTableName(tableName.split('.')[0]!)}.` : ''
  const index = quoteTableName(`${base}_search_emails_trgm_idx`)
  return [
    'CREATE EXTENSION IF NOT EXISTS pg_trgm',
    // IMMUTABLE holds: the answer depends on the argument alone (jsonb_path_query, a regular
    // expression and string_agg over them), which is what an index expression needs.
    `CREATE OR REPLACE FUNCTION ${SEARCH_EMAILS_FUNCTION}(metadata jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT coalesce(string_agg(value #>> '{}', ' '), '')
        FROM jsonb_path_query(coalesce(metadata, '{}'::jsonb), 'strict $.**{0 to 4}') AS value
        WHERE jsonb_typeof(value) = 'string' AND value #>> '{}' ~ '[^[:space:]@]+@[^[:space:]@]+'
      $fn$`,
    `CREATE INDEX IF NOT EXISTS ${index} ON ${table} USING gin (${SEARCH_TEXT} gin_trgm_ops)`,
    // The first index (over the whole metadata text) only costs writes now.
    `DROP INDEX IF EXISTS ${prefix}${quoteTableName(`${base}_search_trgm_idx`)}`,
  ]
}

/**
 * The index-served necessary condition for a search. `like` and `labels` are placeholders of
 * the `%needle%` pattern and of the types whose label matches.
 */
export function searchPrefilter(like: string, labels: string): string {
  return `(${SEARCH_TEXT} ILIKE ${like} OR type = ANY(${labels}::text[]))`
}
