import { maskSecrets } from '../../api/mask'
import type { AuthEvent } from '../../api/types'
import { backendLocation } from './exportLocation'
import type { ExportLocationReader } from './exportLocation'

/** Options of {@link eventsToJson}. */
export type EventsToJsonOptions = {
  /** Replace secrets in metadata (and in `raw`) with `••••`. @default true */
  mask?: boolean
  /** Include each event's raw backend answer. @default false */
  includeRaw?: boolean
  /** Indentation passed to `JSON.stringify`. @default 2 */
  space?: number
  /**
   * The location of each event (see `EventsToCsvOptions.locations`); `locationSource` says where
   * it comes from. @default the event's own location only
   */
  locations?: ExportLocationReader
}

/**
 * The events as a JSON array: the normalised fields, timestamps as ISO strings, secrets masked
 * by default.
 */
export function eventsToJson(events: readonly AuthEvent[], options: EventsToJsonOptions = {}): string {
  const { mask = true, includeRaw = false, space = 2, locations = backendLocation } = options
  const clean = <T>(value: T): T => (mask ? maskSecrets(value) : value)
  return JSON.stringify(
    events.map((full) => {
      const { raw, metadata, timestamp, ...event } = full
      const place = locations(full)
      return {
        ...event,
        timestamp: timestamp.toISOString(),
        location: place.location,
        locationSource: place.source,
        metadata: clean(metadata),
        ...(includeRaw ? { raw: clean(raw) } : {}),
      }
    }),
    null,
    space,
  )
}
