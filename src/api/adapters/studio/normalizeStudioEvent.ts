/** Turns one Studio wire event into the normalised event, or a skipped entry saying why. */
import * as v from 'valibot'
import { getEventTypeInfo } from '../../catalogue/catalogue'
import { classifyEvent } from '../../classify'
import { firstForwardedIp } from '../../ip'
import { formatEventMessage } from '../../message'
import { toIssues } from '../../transport'
import type { AuthEvent, SkippedEvent } from '../../types'
import { studioEventSchema } from './schemas'

/** The result of normalising one wire event. */
export type NormalizeResult = { ok: true; event: AuthEvent } | { ok: false; skipped: SkippedEvent }

/** "", null and absent all mean "none". */
export function noneToUndefined(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** Metadata must be an object; JSON text is parsed, anything else is kept under `value`. */
export function toMetadata(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {}
  if (typeof value === 'string') {
    try {
      return toMetadata(JSON.parse(value) as unknown)
    } catch {
      return { value }
    }
  }
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  return { value }
}

/** Normalises `raw` (the element at `index` of the answer's `events`). */
export function normalizeStudioEvent(raw: unknown, index: number): NormalizeResult {
  const parsed = v.safeParse(studioEventSchema, raw)
  if (!parsed.success) {
    const id =
      typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : undefined
    return {
      ok: false,
      skipped: {
        index,
        id,
        issues: toIssues(parsed.issues).map((issue) => `${issue.path || '(event)'}: ${issue.message}`),
      },
    }
  }
  const wire = parsed.output
  const info = getEventTypeInfo(wire.type)
  const status = wire.status === 'failed' ? 'failed' : 'success'
  const metadata = toMetadata(wire.metadata)
  return {
    ok: true,
    event: {
      id: wire.id,
      type: wire.type,
      category: info.category,
      label: info.label,
      message: formatEventMessage(wire.type, metadata, wire.display?.message, status),
      timestamp: new Date(wire.timestamp),
      status,
      severity: classifyEvent({ type: wire.type, status, serverSeverity: wire.display?.severity }),
      userId: noneToUndefined(wire.userId),
      sessionId: noneToUndefined(wire.sessionId),
      organizationId: noneToUndefined(wire.organizationId),
      ipAddress: firstForwardedIp(wire.ipAddress),
      userAgent: noneToUndefined(wire.userAgent),
      source: noneToUndefined(wire.source) ?? 'app',
      metadata,
      // Only a well-formed seq: the live counts compare it as a number.
      ...(typeof wire.seq === 'string' && /^\d+$/.test(wire.seq) ? { seq: wire.seq } : {}),
      raw,
    },
  }
}

/** Normalises a whole `events` array, keeping order and reporting what was skipped. */
export function normalizeStudioEvents(rawEvents: readonly unknown[]): {
  events: AuthEvent[]
  skipped: SkippedEvent[]
} {
  const events: AuthEvent[] = []
  const skipped: SkippedEvent[] = []
  rawEvents.forEach((raw, index) => {
    const result = normalizeStudioEvent(raw, index)
    if (result.ok) events.push(result.event)
    else skipped.push(result.skipped)
  })
  return { events, skipped }
}
