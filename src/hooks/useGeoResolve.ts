'use client'
/**
 * `useGeoResolve`: where an IP address is, through the client's shared geo resolver, so look-ups
 * are cached for the session and batched across every component that asks in the same tick.
 */
import { queryOptions, useQueries } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import type { EventsError } from '../api/errors'
import { geoLookupAddress, getGeoResolver } from '../api/geoResolver'
import type { GeoLocation } from '../api/types'
import { useEventsClient } from './EventsProvider'
import { eventKeys } from './keys'

/**
 * Where a look-up stands. `idle`: nothing to do (no address, or disabled); `resolving`: asked;
 * `resolved`: a location is known; `unavailable`: nothing is known, the address is never sent
 * (private, loopback, CGNAT…) or the backend has no geo look-ups; `error`: the look-up failed.
 */
export type GeoResolveStatus = 'idle' | 'resolving' | 'resolved' | 'unavailable' | 'error'

/** The state of one address. */
export type UseGeoResolveResult = {
  /** The location; null when nothing is known; undefined while idle, resolving or failed. */
  location: GeoLocation | null | undefined
  /** Where the look-up stands (`resolved` also for a location embedded in the event). */
  status: GeoResolveStatus
  /** The typed error when `status` is `error`, otherwise null. */
  error: EventsError | null
}

/** Options of `useGeoResolve` for one address. */
export type UseGeoResolveOptions = {
  /**
   * Set to false to send nothing. What is already known (an embedded location, a cached answer, an
   * address that is never sent) is still returned; anything else is `idle`.
   * @default true
   */
  enabled?: boolean
  /**
   * A location the backend already gave (the infra plugin's `event.location`): returned as is, no
   * request. One that knows no part (`{}`) is ignored.
   */
  location?: GeoLocation
}

/** Options of `useGeoResolve` for a list of addresses. */
export type UseGeoResolveManyOptions = {
  /** Set to false to send nothing (see {@link UseGeoResolveOptions.enabled}). @default true */
  enabled?: boolean
  /** Locations the backend already gave, by address as passed in: returned as is, no request. */
  locations?: Record<string, GeoLocation | undefined>
}

/** How long a settled look-up stays in the query cache without observers. @default 1 hour */
const GEO_GC_TIME_MS = 60 * 60 * 1000

/** The query key of one looked-up address: `['react-auth-events', scope, 'geo', ip]`. */
export const geoQueryKey = eventKeys.geo

/** Query options of one address: never stale (a location does not change within a session). */
export const geoQueryOptions = (client: EventsClient, ip: string) =>
  queryOptions<GeoLocation | null, EventsError>({
    queryKey: geoQueryKey(client.scope, ip),
    queryFn: ({ signal }) => getGeoResolver(client).resolve(ip, signal),
    // An answer the resolver already holds (another component asked) shows without a loading state.
    initialData: () => getGeoResolver(client).peek(ip),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: GEO_GC_TIME_MS,
  })

/**
 * Resolves one IP address (or an `x-forwarded-for` list, by its first entry) to a location.
 * Show a flag with `countryFlag(location.countryCode)` from the API entry (`src/api/ip.ts`): it
 * turns an ISO country code into its emoji flag, and gives an empty string for a missing or
 * malformed code, so it is safe on `location?.countryCode` directly.
 * @example
 * const { location, status } = useGeoResolve(event.ipAddress, { location: event.location })
 * if (status === 'resolved') return <span>{countryFlag(location?.countryCode)} {location?.city}</span>
 */
export function useGeoResolve(ip: string | undefined, options?: UseGeoResolveOptions): UseGeoResolveResult
/**
 * Resolves many addresses; the answer is keyed by each address exactly as passed in. Addresses
 * of components that mount in the same tick still go out in one batch on a `geo-batch` backend.
 * @example
 * const geo = useGeoResolve(events.map((event) => event.ipAddress ?? ''))
 * geo['203.0.113.7']?.location
 */
export function useGeoResolve(
  ips: string[],
  options?: UseGeoResolveManyOptions,
): Record<string, UseGeoResolveResult>
export function useGeoResolve(
  input: string | undefined | string[],
  options: UseGeoResolveOptions & UseGeoResolveManyOptions = {},
): UseGeoResolveResult | Record<string, UseGeoResolveResult> {
  const client = useEventsClient()
  const enabled = options.enabled ?? true
  const givens = Array.isArray(input) ? input : input === undefined ? [] : [input]
  const embeddedOf = (given: string) =>
    knownLocation(Array.isArray(input) ? options.locations?.[given] : options.location)

  // One query per distinct address actually looked up (not embedded, not private).
  const addresses = [
    ...new Set(
      givens.flatMap((given) => {
        const address = embeddedOf(given) ? undefined : geoLookupAddress(given)
        return address ? [address] : []
      }),
    ),
  ]
  const queries = useQueries({
    queries: addresses.map((address) => ({ ...geoQueryOptions(client, address), enabled })),
  })
  const byAddress = new Map(addresses.map((address, index) => [address, queries[index]]))

  const stateOf = (given: string): UseGeoResolveResult => {
    const embedded = embeddedOf(given)
    if (embedded) return { location: embedded, status: 'resolved', error: null }
    if (!given.trim()) return IDLE
    const address = geoLookupAddress(given)
    const query = address ? byAddress.get(address) : undefined
    if (!query) return UNAVAILABLE
    if (query.status === 'success') {
      return query.data ? { location: query.data, status: 'resolved', error: null } : UNAVAILABLE
    }
    if (query.status === 'error') return { location: undefined, status: 'error', error: query.error }
    return query.fetchStatus === 'idle' ? IDLE : RESOLVING
  }

  if (Array.isArray(input)) return Object.fromEntries(givens.map((given) => [given, stateOf(given)]))
  return stateOf(input ?? '')
}

/** An embedded location counts only when it knows something (an infra event may carry `{}`). */
function knownLocation(location: GeoLocation | undefined): GeoLocation | undefined {
  return location && (location.country || location.countryCode || location.city || location.region)
    ? location
    : undefined
}

const IDLE: UseGeoResolveResult = { location: undefined, status: 'idle', error: null }
const RESOLVING: UseGeoResolveResult = { location: undefined, status: 'resolving', error: null }
const UNAVAILABLE: UseGeoResolveResult = { location: null, status: 'unavailable', error: null }
