/** Rows of Studio's table to and from the store's events, and the batched insert. */
import { parseSeverity } from '../../api/classify'
import { parseIpv4, parseIpv6 } from '../../api/ip'
import type { prepareStoredEvent } from '../convert'
import type { StoredEvent } from '../wire'
import type { SqlClient } from './sqlClient'

/** One row as the store reads it (`SELECT_COLUMNS`). */
export type Row = {
  id: string
  type: string
  timestamp: Date | string
  status: string
  user_id: string | null
  session_id: string | null
  organization_id: string | null
  metadata: Record<string, unknown> | string | null
  ip_address: string | null
  user_agent: string | null
  source: string | null
  display_message: string | null
  display_severity: string | null
  seq?: string | number | null
}

/**
 * Writes `events` in one statement (upserting by id). With `counter` (the `sequence` extension)
 * the same statement takes the batch's seq range from the counter row, so the range is assigned
 * in commit order (see sequenceSchema.ts).
 */
export async function insertBatch(
  client: SqlClient,
  table: string,
  input: ReturnType<typeof prepareStoredEvent>[],
  counter?: string,
) {
  // One id twice in a statement is an error for ON CONFLICT DO UPDATE: the last one wins, as it would in two writes.
  const events = [...new Map(input.map((event) => [event.id, event])).values()]
  const columns = {
    id: [] as string[],
    type: [] as string[],
    timestamp: [] as string[],
    status: [] as string[],
    user_id: [] as (string | null)[],
    session_id: [] as (string | null)[],
    organization_id: [] as (string | null)[],
    metadata: [] as string[],
    ip_address: [] as (string | null)[],
    user_agent: [] as (string | null)[],
    source: [] as string[],
    display_message: [] as (string | null)[],
    display_severity: [] as (string | null)[],
  }
  for (const event of events) {
    columns.id.push(event.id)
    columns.type.push(event.type)
    columns.timestamp.push(event.timestamp.toISOString())
    columns.status.push(event.status)
    columns.user_id.push(event.userId ?? null)
    columns.session_id.push(event.sessionId ?? null)
    columns.organization_id.push(event.organizationId ?? null)
    columns.metadata.push(JSON.stringify(event.metadata ?? {}))
    // INET rejects anything that is not one address: keep the column clean rather than fail the batch.
    columns.ip_address.push(isIpAddress(event.ipAddress) ? event.ipAddress : null)
    columns.user_agent.push(event.userAgent ?? null)
    columns.source.push(event.source)
    columns.display_message.push(event.displayMessage ?? null)
    columns.display_severity.push(event.displaySeverity ?? null)
  }
  const values = Object.values(columns)
  const unnest = `unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::jsonb[], $9::inet[], $10::text[], $11::text[], $12::text[], $13::text[])`
  const source = counter
    ? `WITH c AS (UPDATE ${counter} SET n = n + ${events.length} WHERE id = 1 RETURNING n)
       INSERT INTO ${table} (id, type, timestamp, status, user_id, session_id, organization_id, metadata,
         ip_address, user_agent, source, display_message, display_severity, seq)
       SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c.n - ${events.length} + ord
       FROM ${unnest} WITH ORDINALITY AS u(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, ord) CROSS JOIN c`
    : `INSERT INTO ${table} (id, type, timestamp, status, user_id, session_id, organization_id, metadata,
         ip_address, user_agent, source, display_message, display_severity)
       SELECT * FROM ${unnest}`
  await client.query(
    `${source}
     ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, timestamp = EXCLUDED.timestamp, status = EXCLUDED.status,
       user_id = EXCLUDED.user_id, session_id = EXCLUDED.session_id, organization_id = EXCLUDED.organization_id,
       metadata = EXCLUDED.metadata, ip_address = EXCLUDED.ip_address, user_agent = EXCLUDED.user_agent,
       source = EXCLUDED.source, display_message = EXCLUDED.display_message,
       display_severity = EXCLUDED.display_severity${counter ? ', seq = EXCLUDED.seq' : ''}`,
    values,
  )
}

function isIpAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && (parseIpv4(value) !== undefined || parseIpv6(value) !== undefined)
}

/** The stored event of a row. */
export function fromRow(row: Row): StoredEvent {
  const metadata = typeof row.metadata === 'string' ? safeJson(row.metadata) : (row.metadata ?? {})
  return {
    id: row.id,
    type: row.type,
    timestamp: row.timestamp instanceof Date ? row.timestamp : new Date(row.timestamp),
    status: row.status === 'failed' ? 'failed' : 'success',
    userId: row.user_id,
    sessionId: row.session_id,
    organizationId: row.organization_id,
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    metadata,
    source: row.source ?? 'app',
    displayMessage: row.display_message,
    displaySeverity: parseSeverity(row.display_severity) ?? null,
    ...(row.seq === undefined || row.seq === null ? {} : { seq: String(row.seq) }),
  }
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value }
  } catch {
    return { value: text }
  }
}
