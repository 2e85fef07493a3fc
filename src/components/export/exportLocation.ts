/**
 * Where an exported event's location comes from: the backend, or a look-up this session already
 * made (the dialog resolves IPs as they are opened). Exports never start look-ups themselves.
 */
import type { EventsClient } from '../../api/clientTypes'
import { geoLookupAddress, getGeoResolver } from '../../api/geoResolver'
import type { AuthEvent, GeoLocation } from '../../api/types'

/**
 * How an exported location was obtained: `backend` (on the event), `resolved` (looked up this
 * session), `unknown` (looked up, nothing known), `not-resolved` (a public address nobody looked
 * up yet), `private` (never sent to a resolver: private, loopback, CGNAT…), `none` (no IP).
 */
export type ExportLocationSource = 'backend' | 'resolved' | 'unknown' | 'not-resolved' | 'private' | 'none'

/** An exported event's location and where it comes from. */
export type ExportLocation = { location?: GeoLocation; source: ExportLocationSource }

/** Reads the location of an event for an export. */
export type ExportLocationReader = (event: AuthEvent) => ExportLocation

const hasPlace = (location: GeoLocation | null | undefined): location is GeoLocation =>
  !!location && !!(location.country || location.city || location.countryCode || location.region)

/** The event's own location only (no client at hand). */
export const backendLocation: ExportLocationReader = (event) => {
  if (hasPlace(event.location)) return { location: event.location, source: 'backend' }
  if (!event.ipAddress) return { source: 'none' }
  return { source: geoLookupAddress(event.ipAddress) ? 'not-resolved' : 'private' }
}

/**
 * The event's own location, else what `client`'s geo resolver already holds for its IP (the
 * look-ups the session made), without asking for anything new.
 */
export function sessionLocations(client: EventsClient | null | undefined): ExportLocationReader {
  if (!client) return backendLocation
  const resolver = getGeoResolver(client)
  return (event) => {
    const own = backendLocation(event)
    if (own.source !== 'not-resolved') return own
    const known = resolver.peek(event.ipAddress ?? '')
    if (known === undefined) return own
    return hasPlace(known) ? { location: known, source: 'resolved' } : { source: 'unknown' }
  }
}

/** The CSV/JSON text of each source. */
export const LOCATION_SOURCE_TEXT: Record<ExportLocationSource, string> = {
  backend: 'from the backend',
  resolved: 'resolved',
  unknown: 'unknown (looked up, nothing known)',
  'not-resolved': 'not resolved (open the event to look it up)',
  private: 'not looked up (private or reserved address)',
  none: '',
}
