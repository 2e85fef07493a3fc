/**
 * Wraps any geo resolver (a MaxMind reader, a remote API…) with a bounded cache, so a slow
 * look-up (Studio's take up to 5 s) happens once per address, and the never-sent ranges
 * (CONTRACT section 6) are answered "no location" without reaching the resolver.
 */
import { firstForwardedIp, isResolvableIp } from '../../api/ip'
import type { GeoLocation } from '../../api/types'
import type { GeoResolver } from './sampleGeo'

/** Options of {@link cachedGeoResolver}. */
export type CachedGeoResolverOptions = {
  /** Addresses remembered (least recently used are forgotten first). @default 10_000 */
  maxEntries?: number
  /** How long an answer is kept, in ms. @default 86_400_000 (a day) */
  ttlMs?: number
}

/** Returns a resolver that caches `resolver`'s answers (failures are not cached). */
export function cachedGeoResolver(
  resolver: GeoResolver,
  options: CachedGeoResolverOptions = {},
): GeoResolver {
  const maxEntries = Math.max(1, options.maxEntries ?? 10_000)
  const ttlMs = options.ttlMs ?? 86_400_000
  const cache = new Map<string, { at: number; value: Promise<GeoLocation | null> }>()
  return (input) => {
    const ip = firstForwardedIp(input)
    if (!ip || !isResolvableIp(ip)) return Promise.resolve(null)
    const hit = cache.get(ip)
    if (hit && Date.now() - hit.at < ttlMs) {
      // Map order is insertion order: re-insert to mark as recently used.
      cache.delete(ip)
      cache.set(ip, hit)
      return hit.value
    }
    const value = resolver(ip).catch((error: unknown) => {
      cache.delete(ip)
      throw error
    })
    cache.set(ip, { at: Date.now(), value })
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string)
    return value
  }
}
