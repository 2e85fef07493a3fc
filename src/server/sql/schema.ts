/**
 * Studio's `auth_events` layout for PostgreSQL (CONTRACT section 7), so an existing Studio
 * table is read and written as is, and a table this library creates is one Studio can read.
 */
import { quoteTableName } from './sqlClient'

/** The statements that create the table and its indexes when missing. */
export function createTableStatements(tableName: string): string[] {
  const table = quoteTableName(tableName)
  const index = (suffix: string) => quoteTableName(`${tableName.split('.').pop()}_${suffix}`)
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
      id UUID PRIMARY KEY,
      type VARCHAR(100) NOT NULL,
      timestamp TIMESTAMPTZ NOT NULL,
      status VARCHAR(20) NOT NULL DEFAULT 'success',
      user_id VARCHAR(255),
      session_id VARCHAR(255),
      organization_id VARCHAR(255),
      metadata JSONB DEFAULT '{}',
      ip_address INET,
      user_agent TEXT,
      source VARCHAR(50) DEFAULT 'app',
      display_message TEXT,
      display_severity VARCHAR(20),
      created_at TIMESTAMPTZ DEFAULT NOW()
    )`,
    `CREATE INDEX IF NOT EXISTS ${index('user_id_idx')} ON ${table} (user_id)`,
    `CREATE INDEX IF NOT EXISTS ${index('type_idx')} ON ${table} (type)`,
    `CREATE INDEX IF NOT EXISTS ${index('timestamp_idx')} ON ${table} (timestamp DESC)`,
    `CREATE INDEX IF NOT EXISTS ${index('id_timestamp_idx')} ON ${table} (id, timestamp DESC)`,
    // Keyset paging walks (timestamp, id): one index serves both directions.
    `CREATE INDEX IF NOT EXISTS ${index('timestamp_id_idx')} ON ${table} (timestamp, id)`,
    // The status filter (failed sign-ins) pages and counts from this, not from a scan.
    `CREATE INDEX IF NOT EXISTS ${index('status_timestamp_idx')} ON ${table} (status, timestamp)`,
  ]
}

/** The columns a store reads, with the id and address as text. */
export const SELECT_COLUMNS = `id::text AS id, type, timestamp, status, user_id, session_id, organization_id,
  metadata, host(ip_address) AS ip_address, user_agent, source, display_message, display_severity`
