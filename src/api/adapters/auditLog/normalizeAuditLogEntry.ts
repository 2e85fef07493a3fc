/** Turns one audit-log plugin entry into the normalised event, or a skipped entry saying why. */
import * as v from 'valibot'
import { getEventTypeInfo } from '../../catalogue/catalogue'
import { auditLogSeverity } from '../../classify'
import { firstForwardedIp } from '../../ip'
import { formatEventMessage } from '../../message'
import type { AuthEvent, SkippedEvent } from '../../types'
import { noneToUndefined, toMetadata } from '../studio/normalizeStudioEvent'
import { describeIssues, readRawId } from './describeIssues'
import { auditLogEntrySchema } from './schemas'

/** `source` of every audit-log event: the plugin does not say where an entry came from. */
export const AUDIT_LOG_SOURCE = 'audit-log'

/** The result of normalising one entry. */
export type NormalizeAuditLogResult = { ok: true; event: AuthEvent } | { ok: false; skipped: SkippedEvent }

/** Normalises `raw`, the element at `index` of the answer's `entries`. */
export function normalizeAuditLogEntry(raw: unknown, index: number): NormalizeAuditLogResult {
  const parsed = v.safeParse(auditLogEntrySchema, raw)
  if (!parsed.success) {
    return { ok: false, skipped: { index, id: readRawId(raw), issues: describeIssues(parsed.issues) } }
  }
  const entry = parsed.output
  const info = getEventTypeInfo(entry.action)
  const status = entry.status?.trim().toLowerCase() === 'failed' ? 'failed' : 'success'
  const metadata = toMetadata(entry.metadata)
  return {
    ok: true,
    event: {
      id: entry.id,
      type: entry.action,
      category: info.category,
      label: info.label,
      message: formatEventMessage(entry.action, metadata, undefined, status),
      timestamp: new Date(entry.createdAt),
      status,
      severity: auditLogSeverity(entry.severity ?? '', status),
      userId: noneToUndefined(entry.userId),
      ipAddress: firstForwardedIp(entry.ipAddress),
      userAgent: noneToUndefined(entry.userAgent),
      source: AUDIT_LOG_SOURCE,
      metadata,
      raw,
    },
  }
}

/** Normalises a whole `entries` array, keeping order and reporting what was skipped. */
export function normalizeAuditLogEntries(rawEntries: readonly unknown[]): {
  events: AuthEvent[]
  skipped: SkippedEvent[]
} {
  const events: AuthEvent[] = []
  const skipped: SkippedEvent[] = []
  rawEntries.forEach((raw, index) => {
    const result = normalizeAuditLogEntry(raw, index)
    if (result.ok) events.push(result.event)
    else skipped.push(result.skipped)
  })
  return { events, skipped }
}
