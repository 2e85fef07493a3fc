/**
 * The geo resolver: a session cache in front of `client.resolveGeo`. Studio caches nothing and a
 * look-up can take 5 s, so every distinct address is asked at most once per resolver, addresses
 * asked in the same tick go out as ONE request on a `geo-batch` backend, and single look-ups run
 * a few at a time. Framework-free: the hooks share one resolver per client through `getGeoResolver`.
 */
import type { EventsClient } from './clientTypes'
import { AbortError } from './errors'
import { firstForwardedIp, isResolvableIp } from './ip'
import type { AdapterCapabilities, GeoLocation } from './types'

/** Options of {@link createGeoResolver}. */
export type GeoResolverOptions = {
  /** Most look-up requests in flight at once (single look-ups, or batches on a `geo-batch` backend). @default 4 */
  concurrency?: number
  /**
   * How long addresses are collected before they are sent. `0` sends on the next macrotask, so
   * everything asked in the same tick (e.g. every row of a list mounting) goes out together.
   * @default 0
   */
  batchWindowMs?: number
  /** Most addresses in one batch request; more are split into several. @default 100 */
  maxBatchSize?: number
}

/** Called when a look-up settles successfully: the address as sent, and what was found (null: nothing). */
export type GeoListener = (ip: string, location: GeoLocation | null) => void

/** A caching, batching geo resolver shared by everything that uses one client. */
export type GeoResolver = {
  /**
   * The location of an address, or null when nothing is known or the address is never sent
   * (private, loopback, link-local, CGNAT, unique-local, multicast, unspecified, malformed, or a
   * backend without geo look-ups). An `x-forwarded-for` list is looked up by its first entry.
   * Aborting `signal` rejects this call with `AbortError` without cancelling the shared look-up.
   * A failed look-up rejects every caller waiting for it and is not cached: a later call retries.
   */
  resolve(ip: string, signal?: AbortSignal): Promise<GeoLocation | null>
  /** The cached answer: a location, null (nothing known, or never sent), or undefined (not resolved yet). */
  peek(ip: string): GeoLocation | null | undefined
  /** Listens to every successful look-up. Returns the unsubscribe function. */
  subscribe(listener: GeoListener): () => void
}

/**
 * The address a resolver looks up for `ip` (the first entry of an `x-forwarded-for` list), or
 * undefined when it would never be sent to a backend. Also the cache key.
 */
export function geoLookupAddress(ip: string | undefined): string | undefined {
  if (!ip) return undefined
  const first = firstForwardedIp(ip)
  return first && isResolvableIp(first) ? first : undefined
}

/** One address being looked up: queued until its batch window closes, then sent. */
type Lookup = {
  promise: Promise<GeoLocation | null>
  settle: (outcome: Outcome) => void
  /** Callers still waiting; when every one aborts before the request is sent, it is dropped. */
  waiters: number
  sent: boolean
}

type Outcome = { location: GeoLocation | null } | { error: unknown }

/**
 * Creates a resolver for one client. Prefer {@link getGeoResolver}, which shares one per client.
 * @example
 * const resolver = createGeoResolver(client)
 * const [a, b] = await Promise.all([resolver.resolve('203.0.113.7'), resolver.resolve('198.51.100.2')])
 */
export function createGeoResolver(
  client: EventsClient,
  { concurrency = 4, batchWindowMs = 0, maxBatchSize = 100 }: GeoResolverOptions = {},
): GeoResolver {
  const results = new Map<string, GeoLocation | null>()
  const lookups = new Map<string, Lookup>()
  // Addresses whose batch window is still open, then addresses waiting for a free request slot.
  const collecting = new Set<string>()
  const ready = new Set<string>()
  const listeners = new Set<GeoListener>()
  let geo: AdapterCapabilities['geo'] = false
  let active = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  function resolve(given: string, signal?: AbortSignal): Promise<GeoLocation | null> {
    const ip = geoLookupAddress(given)
    if (!ip) return Promise.resolve(null)
    if (results.has(ip)) return Promise.resolve(results.get(ip) ?? null)
    if (signal?.aborted) return Promise.reject(new AbortError())
    let lookup = lookups.get(ip)
    if (!lookup) {
      lookup = createLookup()
      lookups.set(ip, lookup)
      collecting.add(ip)
      timer ??= setTimeout(flush, batchWindowMs)
    }
    return follow(ip, lookup, signal)
  }

  function follow(ip: string, lookup: Lookup, signal?: AbortSignal): Promise<GeoLocation | null> {
    lookup.waiters++
    if (!signal) return lookup.promise
    return new Promise((resolveCaller, rejectCaller) => {
      const onAbort = () => {
        lookup.waiters--
        rejectCaller(new AbortError())
        // Nobody wants it any more and it has not cost a request yet: forget it.
        if (lookup.waiters === 0 && !lookup.sent && lookups.get(ip) === lookup) {
          lookups.delete(ip)
          collecting.delete(ip)
          ready.delete(ip)
        }
      }
      signal.addEventListener('abort', onAbort, { once: true })
      void lookup.promise
        .then(resolveCaller, rejectCaller)
        .finally(() => signal.removeEventListener('abort', onAbort))
    })
  }

  async function flush() {
    timer = undefined
    let capabilities: AdapterCapabilities
    try {
      capabilities = await client.getCapabilities()
    } catch (error) {
      for (const ip of [...collecting]) finish(ip, { error })
      collecting.clear()
      return
    }
    geo = capabilities.geo
    // Addresses asked while the status was loading join this flush, so they share its batch.
    for (const ip of collecting) ready.add(ip)
    collecting.clear()
    drain()
  }

  function drain() {
    if (geo !== 'batch' && geo !== 'single') {
      // Embedded or no geo: the backend has nothing to ask.
      for (const ip of [...ready]) finish(ip, { location: null })
      ready.clear()
      return
    }
    while (active < concurrency && ready.size > 0) {
      const ips = take(geo === 'batch' ? maxBatchSize : 1)
      active++
      void send(ips).finally(() => {
        active--
        drain()
      })
    }
  }

  function take(count: number): string[] {
    const ips = [...ready].slice(0, Math.max(1, count))
    for (const ip of ips) {
      ready.delete(ip)
      const lookup = lookups.get(ip)
      if (lookup) lookup.sent = true
    }
    return ips
  }

  async function send(ips: string[]) {
    try {
      if (geo === 'single') {
        const [ip] = ips as [string]
        finish(ip, { location: await client.resolveGeo(ip) })
      } else {
        const answer = await client.resolveGeo(ips)
        for (const ip of ips) finish(ip, { location: answer[ip] ?? null })
      }
    } catch (error) {
      for (const ip of ips) finish(ip, { error })
    }
  }

  function finish(ip: string, outcome: Outcome) {
    const lookup = lookups.get(ip)
    lookups.delete(ip)
    if ('location' in outcome) results.set(ip, outcome.location)
    lookup?.settle(outcome)
    if (!('location' in outcome)) return
    for (const listener of listeners) {
      try {
        listener(ip, outcome.location)
      } catch (error) {
        // A faulty listener must not stop the others or the callers; report it like an event handler would.
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  return {
    resolve,
    peek(given) {
      const ip = geoLookupAddress(given)
      if (!ip) return null
      return results.has(ip) ? (results.get(ip) ?? null) : undefined
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

function createLookup(): Lookup {
  let settle: Lookup['settle'] = () => {}
  const promise = new Promise<GeoLocation | null>((resolve, reject) => {
    settle = (outcome) => ('location' in outcome ? resolve(outcome.location) : reject(outcome.error))
  })
  // Every caller attaches its own handlers; this one only keeps an unobserved failure quiet.
  promise.catch(() => {})
  return { promise, settle, waiters: 0, sent: false }
}

const resolvers = new WeakMap<EventsClient, GeoResolver>()

/**
 * The one resolver of `client`, created on first use: every hook and component on the same
 * client shares its cache and its batches for the session.
 */
export function getGeoResolver(client: EventsClient): GeoResolver {
  let resolver = resolvers.get(client)
  if (!resolver) {
    resolver = createGeoResolver(client)
    resolvers.set(client, resolver)
  }
  return resolver
}
