/**
 * `POST {base}/api/geo/resolve`: `{ ipAddress }` → one location (Studio), or with `geo-batch`
 * `{ ipAddresses }` → `{ locations: { [ip]: location | null } }`. Addresses that must never be
 * sent to a resolver (private, loopback, …) are never passed to it.
 */
import { isResolvableIp, parseIpv4, parseIpv6 } from '../../api/ip'
import type { GeoLocation } from '../../api/types'
import { json } from '../http/responses'
import type { Route, RouteContext } from './context'

/** Most addresses in one batch request. */
export const MAX_GEO_BATCH = 100

/** A location as Studio sends it: every part a string, `"Unknown"` (country code `""`) when unknown. */
export type StudioWireLocation = {
  /** Country name, or `"Unknown"`. */
  country: string
  /** ISO 3166-1 alpha-2, or `""`. */
  countryCode: string
  /** City name, or `"Unknown"`. */
  city: string
  /** Region, state or province, or `"Unknown"`. */
  region: string
}

/** Studio's all-strings location. */
export function toWireLocation(location: GeoLocation | null): StudioWireLocation {
  return {
    country: location?.country || 'Unknown',
    countryCode: location?.countryCode || '',
    city: location?.city || 'Unknown',
    region: location?.region || 'Unknown',
  }
}

const fail = (status: number, error: string) => json({ success: false, error }, status)

export const geoRoute: Route = async (request, _url, context) => {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return fail(400, 'The body must be JSON: { "ipAddress": "…" }')
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  try {
    if (context.extensions.has('geo-batch') && 'ipAddresses' in record)
      return await batch(record.ipAddresses, context)
    return await single(record.ipAddress, context)
  } catch {
    return fail(500, 'Failed to resolve location')
  }
}

async function single(value: unknown, context: RouteContext): Promise<Response> {
  const ip = typeof value === 'string' ? value.trim() : ''
  if (!ip) return fail(400, 'IP address is required')
  const notFound = () => fail(404, 'Location not found for IP address')
  if (context.quirks) {
    // Studio looks up IPv4 only; an unmatched or private one still gets the placeholders.
    if (!parseIpv4(ip)) return notFound()
    const location = isResolvableIp(ip) ? await context.geo(ip) : null
    return json({ success: true, location: toWireLocation(location) })
  }
  const location = await resolve(ip, context)
  return location ? json({ success: true, location: toWireLocation(location) }) : notFound()
}

async function batch(value: unknown, context: RouteContext): Promise<Response> {
  if (!Array.isArray(value) || value.some((ip) => typeof ip !== 'string')) {
    return fail(400, 'ipAddresses must be an array of strings')
  }
  if (value.length > MAX_GEO_BATCH) return fail(400, `ipAddresses takes at most ${MAX_GEO_BATCH} addresses`)
  const ips = [...new Set((value as string[]).map((ip) => ip.trim()).filter(Boolean))]
  const entries = await Promise.all(
    ips.map(async (ip) => {
      const location = await resolve(ip, context)
      return [ip, location ? toWireLocation(location) : null] as const
    }),
  )
  return json({ success: true, locations: Object.fromEntries(entries) })
}

async function resolve(ip: string, context: RouteContext): Promise<GeoLocation | null> {
  if (!parseIpv4(ip) && !parseIpv6(ip)) return null
  if (!isResolvableIp(ip)) return null
  return context.geo(ip)
}
