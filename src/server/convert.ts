/**
 * Conversions between the stored row, the wire event and the normalised event. The normalised
 * form comes from the Studio adapter's own normaliser, so the server classifies and words every
 * event exactly as the client does (one classification, CONTRACT section 2).
 */
import { normalizeStudioEvent } from '../api/adapters/studio/normalizeStudioEvent'
import { classifyEvent, parseSeverity } from '../api/classify'
import { firstForwardedIp } from '../api/ip'
import { formatEventMessage } from '../api/message'
import type { AuthEvent } from '../api/types'
import type { StoredEvent, StudioWireEvent } from './wire'
import {
  COLUMN_LENGTHS,
  EARLIEST_TIMESTAMP,
  storableMetadata,
  storableOptional,
  storableText,
} from './storable'

/** A stored event whose timestamp is a valid instant. */
export type PreparedEvent = StoredEvent & { timestamp: Date }

/**
 * Normalises an event the way a writer must before storing it: the timestamp as a `Date`, the
 * first address of an `x-forwarded-for` list, "none" as `null`, and the display message and the
 * shared classification computed when absent (so stored severities are correct, unlike Studio's),
 * and every value made storable (`storable.ts`: no NUL or lone surrogate, Studio's column lengths).
 * Throws a `TypeError` for an event without an id or a timestamp a database can hold.
 */
export function prepareStoredEvent(event: StoredEvent): PreparedEvent {
  const timestamp = event.timestamp instanceof Date ? new Date(event.timestamp) : new Date(event.timestamp)
  if (!event.id || Number.isNaN(timestamp.getTime()) || timestamp.getTime() < EARLIEST_TIMESTAMP) {
    throw new TypeError(`Cannot store event "${String(event.id)}": it needs an id and a valid timestamp`)
  }
  const metadata = storableMetadata(event.metadata ?? {})
  const status = event.status === 'failed' ? 'failed' : 'success'
  const type = storableOptional(String(event.type), COLUMN_LENGTHS.type) as string
  const message = none(event.displayMessage)
  return {
    id: event.id,
    type,
    timestamp,
    status,
    userId: storableOptional(none(event.userId), COLUMN_LENGTHS.userId),
    sessionId: storableOptional(none(event.sessionId), COLUMN_LENGTHS.sessionId),
    organizationId: storableOptional(none(event.organizationId), COLUMN_LENGTHS.organizationId),
    ipAddress: firstForwardedIp(event.ipAddress) ?? null,
    userAgent: storableOptional(none(event.userAgent)),
    metadata,
    source: storableOptional(none(event.source), COLUMN_LENGTHS.source) ?? 'app',
    displayMessage:
      message !== null
        ? storableText(message)
        : storableText(formatEventMessage(type, metadata, undefined, status)),
    displaySeverity: parseSeverity(event.displaySeverity) ?? classifyEvent({ type, status }),
  }
}

/** The wire form of a stored event, as Studio's PostgreSQL providers send it (`null` for none). */
export function toWireEvent(event: StoredEvent): StudioWireEvent {
  const timestamp = event.timestamp instanceof Date ? event.timestamp : new Date(event.timestamp)
  const wire: StudioWireEvent = {
    id: event.id,
    type: event.type,
    timestamp: timestamp.toISOString(),
    status: event.status,
    userId: none(event.userId),
    sessionId: none(event.sessionId),
    organizationId: none(event.organizationId),
    ipAddress: none(event.ipAddress),
    userAgent: none(event.userAgent),
    metadata: event.metadata,
    source: event.source,
  }
  const message = none(event.displayMessage)
  if (message !== null) {
    wire.display = event.displaySeverity ? { message, severity: event.displaySeverity } : { message }
  }
  if (event.seq !== undefined) wire.seq = event.seq
  return wire
}

/** The stored form of a wire event (what a store's `insert` takes). */
export function fromWireEvent(wire: StudioWireEvent): StoredEvent {
  return {
    id: wire.id,
    type: wire.type,
    timestamp: wire.timestamp,
    status: wire.status,
    userId: wire.userId,
    sessionId: wire.sessionId,
    organizationId: wire.organizationId,
    ipAddress: wire.ipAddress,
    userAgent: wire.userAgent,
    metadata: wire.metadata ?? {},
    source: wire.source,
    displayMessage: wire.display?.message,
    displaySeverity: wire.display?.severity,
  }
}

/** The normalised event of a stored one (category, label, message, severity…). */
export function toAuthEvent(event: StoredEvent): AuthEvent {
  const result = normalizeStudioEvent(toWireEvent(event), 0)
  if (!result.ok)
    throw new TypeError(`Stored event "${event.id}" is malformed: ${result.skipped.issues.join('; ')}`)
  return result.event
}

function none(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return value.trim() === '' ? null : value
}
