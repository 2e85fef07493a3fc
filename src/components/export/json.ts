import { maskSecrets } from '../../api/mask'
import type { AuthEvent } from '../../api/types'

/** Options of {@link eventsToJson}. */
export type EventsToJsonOptions = {
  /** Replace secrets in metadata (and in `raw`) with `••••`. @default true */
  mask?: boolean
  /** Include each event's raw backend answer. @default false */
  includeRaw?: boolean
  /** Indentation passed to `JSON.stringify`. @default 2 */
  space?: number
}

/**
 * The events as a JSON array: the normalised fields, timestamps as ISO strings, secrets masked
 * by default.
 */
export function eventsToJson(events: readonly AuthEvent[], options: EventsToJsonOptions = {}): string {
  const { mask = true, includeRaw = false, space = 2 } = options
  const clean = <T>(value: T): T => (mask ? maskSecrets(value) : value)
  return JSON.stringify(
    events.map(({ raw, metadata, timestamp, ...event }) => ({
      ...event,
      timestamp: timestamp.toISOString(),
      metadata: clean(metadata),
      ...(includeRaw ? { raw: clean(raw) } : {}),
    })),
    null,
    space,
  )
}
