/**
 * The default geo resolver: an offline table that places the documentation ranges (RFC 5737,
 * RFC 3849) the event generator uses in a few sample cities, so stories, tests and the demo show
 * locations without any network. Anything else resolves to nothing.
 */
import { parseIpv4, parseIpv6 } from '../../api/ip'
import type { GeoLocation } from '../../api/types'

/** Resolves one address; null when nothing is known. Must not throw for malformed input. */
export type GeoResolver = (ip: string) => Promise<GeoLocation | null>

/** One row of the sample table: an IPv4 CIDR (or `2001:db8::/32`) and where it "is". */
export type SampleGeoRange = {
  /** The range, e.g. `192.0.2.0/26`. */
  cidr: string
  /** Where its addresses "are". */
  location: Required<GeoLocation>
}

/** The sample table. Fictional placements of documentation ranges, not real geography. */
export const SAMPLE_GEO_RANGES: readonly SampleGeoRange[] = [
  {
    cidr: '192.0.2.0/26',
    location: { city: 'Lisbon', region: 'Lisbon', country: 'Portugal', countryCode: 'PT' },
  },
  {
    cidr: '192.0.2.64/26',
    location: { city: 'São Paulo', region: 'São Paulo', country: 'Brazil', countryCode: 'BR' },
  },
  {
    cidr: '192.0.2.128/25',
    location: { city: 'Tokyo', region: 'Tokyo', country: 'Japan', countryCode: 'JP' },
  },
  {
    cidr: '198.51.100.0/25',
    location: { city: 'Berlin', region: 'Berlin', country: 'Germany', countryCode: 'DE' },
  },
  {
    cidr: '198.51.100.128/25',
    location: { city: 'Lagos', region: 'Lagos', country: 'Nigeria', countryCode: 'NG' },
  },
  {
    cidr: '203.0.113.0/25',
    location: { city: 'San Francisco', region: 'California', country: 'United States', countryCode: 'US' },
  },
  {
    cidr: '203.0.113.128/25',
    location: { city: 'Mumbai', region: 'Maharashtra', country: 'India', countryCode: 'IN' },
  },
  {
    cidr: '2001:db8::/32',
    location: { city: 'Toronto', region: 'Ontario', country: 'Canada', countryCode: 'CA' },
  },
]

function ipv4Number(ip: string): number | null {
  const octets = parseIpv4(ip)
  return octets ? octets.reduce((value, octet) => value * 256 + octet, 0) : null
}

function inRange(ip: string, cidr: string): boolean {
  const [base = '', bitsText = '32'] = cidr.split('/')
  if (base.includes(':')) {
    // The only IPv6 row is the documentation prefix 2001:db8::/32.
    const groups = parseIpv6(ip)
    return groups?.[0] === 0x2001 && groups[1] === 0x0db8
  }
  const address = ipv4Number(ip)
  const network = ipv4Number(base)
  if (address === null || network === null) return false
  const size = 2 ** (32 - Number(bitsText))
  return Math.floor(address / size) === Math.floor(network / size)
}

/** Looks `ip` up in {@link SAMPLE_GEO_RANGES}. */
export function lookupSampleLocation(ip: string): GeoLocation | null {
  const trimmed = ip.trim()
  const row = SAMPLE_GEO_RANGES.find((range) => inRange(trimmed, range.cidr))
  return row ? { ...row.location } : null
}

/** The default resolver of `createEventsHandler`: {@link lookupSampleLocation}, offline. */
export const sampleGeoResolver: GeoResolver = async (ip) => lookupSampleLocation(ip)
