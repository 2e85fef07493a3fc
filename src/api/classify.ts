/**
 * THE one classification rule (CONTRACT section 2): stat cards, the quick filter, the activity
 * grid and the list all bucket events with it, so what a card counts is what its filter lists.
 */
import { getEventTypeInfo } from './catalogue/catalogue'
import { SEVERITIES } from './types'
import type { EventStatus, Severity } from './types'

/** What `classifyEvent` looks at. */
export type ClassifyInput = {
  /** The raw event type. */
  type: string
  /** Outcome on the wire. */
  status: EventStatus
  /** The server's stored severity (Studio `display.severity`), when it sent one. */
  serverSeverity?: string | null
}

/** Whether `value` is one of the four buckets (case and surrounding spaces ignored). */
export function parseSeverity(value: string | null | undefined): Severity | undefined {
  if (typeof value !== 'string') return undefined
  const normalized = value.trim().toLowerCase()
  return (SEVERITIES as readonly string[]).includes(normalized) ? (normalized as Severity) : undefined
}

/**
 * The bucket of an event: status `failed` → failed; otherwise the server's severity when it is a
 * valid bucket; otherwise the catalogue's default for the type (info for unknown types). The
 * server's stored severity is not second-guessed, even where it is known to be wrong.
 */
export function classifyEvent({ type, status, serverSeverity }: ClassifyInput): Severity {
  if (status === 'failed') return 'failed'
  return parseSeverity(serverSeverity) ?? getEventTypeInfo(type).defaultSeverity
}

/**
 * The bucket of an audit-log plugin entry (CONTRACT section 4): status failed → failed; otherwise
 * `critical`/`high` → warning (a successful ban is an action to notice, not a failure) and
 * `medium`/`low` (or anything else) → info.
 */
export function auditLogSeverity(severity: string, status: EventStatus): Severity {
  if (status === 'failed') return 'failed'
  const level = typeof severity === 'string' ? severity.trim().toLowerCase() : ''
  return level === 'critical' || level === 'high' ? 'warning' : 'info'
}
