/** The little a SQL store needs from a PostgreSQL driver: PGlite and `pg` both fit it. */

/** A parameterised query runner (`$1`, `$2`… placeholders). */
export type SqlClient = {
  /** Runs one statement with `$n` parameters and resolves with its rows. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>
  /** Releases the connection or database. */
  close?(): Promise<void>
}

/** Quotes a table name after checking it is a plain (optionally schema-qualified) identifier. */
export function quoteTableName(name: string): string {
  const parts = name.split('.')
  if (parts.length > 2 || parts.some((part) => !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(part))) {
    throw new TypeError(
      `Invalid table name "${name}": use letters, digits and underscores (schema.table allowed)`,
    )
  }
  return parts.map((part) => `"${part}"`).join('.')
}
