/**
 * The Studio event on the wire (CONTRACT section 2) and the row the reference server keeps
 * (CONTRACT section 7, Studio's `auth_events` table). Framework-free.
 */
import type { EventStatus, Severity } from '../api/types'

/** The `display` block Studio computes when an event is written. */
export type StudioWireDisplay = {
  /** Human message, plain text. */
  message: string
  /** The stored classification bucket. */
  severity?: Severity
}

/**
 * One event exactly as Studio's `GET /api/events` sends it. Optional fields may be absent, `null`
 * or `''` depending on the provider; all three mean "none".
 */
export type StudioWireEvent = {
  /** UUID. */
  id: string
  /** Event type, e.g. `user.logged_in`. */
  type: string
  /** ISO 8601 with milliseconds and `Z`. */
  timestamp: string
  /** Outcome: `success` or `failed`. */
  status: EventStatus
  /** The user it concerns; null when none. */
  userId?: string | null
  /** The session it belongs to; null when none. */
  sessionId?: string | null
  /** The organization it belongs to; null when none. */
  organizationId?: string | null
  /** The client address; some emitters send a raw `x-forwarded-for` list. */
  ipAddress?: string | null
  /** The client's User-Agent header; null when unknown. */
  userAgent?: string | null
  /** Free-form data; may hold secrets (session tokens, OTP codes). */
  metadata?: Record<string, unknown>
  /** `app` or `api`. */
  source: string
  /** What Studio computed for display when the event was written. */
  display?: StudioWireDisplay
  /** The `sequence` extension: position in commit order, a decimal integer as a string. */
  seq?: string
}

/**
 * One row of the events table, as a store keeps it. Mirrors Studio's columns so a SQL store can
 * read an existing Studio table. "None" is `null` or absent.
 */
export type StoredEvent = {
  /** Unique id (a UUID for Studio's events). */
  id: string
  /** Event type, e.g. `user.logged_in`. */
  type: string
  /** A `Date` or an ISO 8601 string (SQLite keeps text). */
  timestamp: Date | string
  /** Outcome: `success` or `failed`. */
  status: EventStatus
  /** The user it concerns; null when none. */
  userId?: string | null
  /** The session it belongs to; null when none. */
  sessionId?: string | null
  /** The organization it belongs to; null when none. */
  organizationId?: string | null
  /** The first address only: Studio's PostgreSQL column is `INET`, which rejects a list. */
  ipAddress?: string | null
  /** The client's User-Agent header; null when unknown. */
  userAgent?: string | null
  /** Free-form data; may hold secrets (session tokens, OTP codes). */
  metadata: Record<string, unknown>
  /** `app` or `api`. @default 'app' */
  source: string
  /** Computed when the event is written. */
  displayMessage?: string | null
  /** Computed when the event is written, with the shared classification. */
  displaySeverity?: Severity | null
  /**
   * Position in commit order (a decimal integer as a string), assigned by a store with a
   * sequence when the event is written; ignored on insert.
   */
  seq?: string
}
