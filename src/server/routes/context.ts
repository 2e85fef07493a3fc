/** What every route gets from `createEventsHandler`. */
import type { StudioExtension } from '../extensions'
import type { GeoResolver } from '../geo/sampleGeo'
import type { StudioQuirksControl } from '../quirks/studioQuirks'
import type { EventStore } from '../store'

/** The resolved handler configuration a route answers with. */
export type RouteContext = {
  store: EventStore
  /** Reproduce Studio's answers exactly (extensions are then off). */
  quirks: boolean
  /** Studio's phases (restart, missing table), when a controller was given. */
  studio?: StudioQuirksControl
  /** Extensions switched on (always empty in quirks mode). */
  extensions: ReadonlySet<StudioExtension>
  /** Largest page the good backend returns. */
  maxPageSize: number
  geo: GeoResolver
}

/** One route: answers a request whose path and method matched. */
export type Route = (request: Request, url: URL, context: RouteContext) => Promise<Response>
