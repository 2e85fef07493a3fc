/** Turns one infra dash plugin event into the normalised event, or a skipped entry saying why. */
import * as v from 'valibot'
import { getEventTypeInfo } from '../../catalogue/catalogue'
import { classifyEvent } from '../../classify'
import { firstForwardedIp } from '../../ip'
import { formatEventMessage } from '../../message'
import type { AuthEvent, EventStatus, GeoLocation, SkippedEvent } from '../../types'
import { describeIssues } from '../auditLog/describeIssues'
import { toLocation } from '../studio/studioAdapter'
import { infraEventSchema } from './schemas'
import { stableInfraEventId } from './stableEventId'

/** `source` of every infra event. */
export const INFRA_SOURCE = 'infra'

/** The result of normalising one event. */
export type NormalizeInfraResult = { ok: true; event: AuthEvent } | { ok: false; skipped: SkippedEvent }

/**
 * The wire status the plugin does not send, derived from the type: failed when the catalogue's
 * default bucket for it is `failed` (`user_sign_in_failed`, the security layer's `*_blocked` and
 * `security_velocity_exceeded`: refused requests); success otherwise, so detections such as
 * `security_credential_stuffing` stay warnings.
 */
export function infraEventStatus(eventType: string): EventStatus {
  return getEventTypeInfo(eventType).defaultSeverity === 'failed' ? 'failed' : 'success'
}

/** An id-like `eventData` value: text, not empty, and not the plugin's "unknown" placeholder. */
function idValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return text === '' || text.toLowerCase() === 'unknown' ? undefined : text
}

function textValue(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** Normalises `raw`, the element at `index` of the answer's `events`. */
export function normalizeInfraEvent(raw: unknown, index: number): NormalizeInfraResult {
  const parsed = v.safeParse(infraEventSchema, raw)
  if (!parsed.success) return { ok: false, skipped: { index, issues: describeIssues(parsed.issues) } }
  const wire = parsed.output
  const data = wire.eventData
  const info = getEventTypeInfo(wire.eventType)
  const status = infraEventStatus(wire.eventType)
  const ipAddress = firstForwardedIp(wire.location?.ipAddress ?? textValue(data.ipAddress))
  const location: GeoLocation | null = toLocation(wire.location)
  return {
    ok: true,
    event: {
      id: stableInfraEventId({
        eventType: wire.eventType,
        createdAt: wire.createdAt,
        eventKey: wire.eventKey,
        eventData: data,
        ipAddress: wire.location?.ipAddress,
      }),
      type: wire.eventType,
      category: info.category,
      label: info.label,
      message: formatEventMessage(wire.eventType, data, undefined, status),
      timestamp: new Date(wire.createdAt),
      status,
      severity: classifyEvent({ type: wire.eventType, status }),
      userId: idValue(data.userId),
      sessionId: idValue(data.sessionId),
      organizationId: idValue(data.organizationId),
      ipAddress,
      userAgent: textValue(data.userAgent),
      location: location ?? undefined,
      source: INFRA_SOURCE,
      metadata: data,
      raw,
    },
  }
}

/** Normalises a whole `events` array, keeping order and reporting what was skipped. */
export function normalizeInfraEvents(rawEvents: readonly unknown[]): {
  events: AuthEvent[]
  skipped: SkippedEvent[]
} {
  const events: AuthEvent[] = []
  const skipped: SkippedEvent[] = []
  rawEvents.forEach((raw, index) => {
    const result = normalizeInfraEvent(raw, index)
    if (result.ok) events.push(result.event)
    else skipped.push(result.skipped)
  })
  return { events, skipped }
}
