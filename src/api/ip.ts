/**
 * IP address helpers: the client address of an x-forwarded-for list, whether an address may be
 * sent to a geo resolver (CONTRACT section 6), and country flags.
 */

/**
 * The client address of an `x-forwarded-for` value: the first entry, trimmed, without a port
 * (`203.0.113.7:443` → `203.0.113.7`, `[2001:db8::1]:443` → `2001:db8::1`). Empty values and the
 * `unknown` placeholder some proxies write give undefined. The address itself is not validated.
 * @example firstForwardedIp('203.0.113.7, 10.0.0.1') // '203.0.113.7'
 */
export function firstForwardedIp(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  let first = (value.split(',')[0] ?? '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(first)
  if (bracketed?.[1] !== undefined) first = bracketed[1]
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(first)
  if (v4WithPort?.[1] !== undefined) first = v4WithPort[1]
  if (first === '' || first.toLowerCase() === 'unknown') return undefined
  return first
}

/** The four octets of a dotted-quad IPv4 address (no leading zeros), or undefined. */
export function parseIpv4(ip: string): [number, number, number, number] | undefined {
  const parts = ip.split('.')
  if (parts.length !== 4) return undefined
  const octets: number[] = []
  for (const part of parts) {
    // Leading zeros are refused: some parsers read them as octal, so their meaning is ambiguous.
    if (!/^(?:0|[1-9]\d{0,2})$/.test(part)) return undefined
    const octet = Number(part)
    if (octet > 255) return undefined
    octets.push(octet)
  }
  return octets as [number, number, number, number]
}

/** The eight 16-bit groups of an IPv6 address (`::` compression, embedded IPv4, zone id accepted), or undefined. */
export function parseIpv6(ip: string): number[] | undefined {
  const address = ip.replace(/%[^%]+$/, '')
  const halves = address.split('::')
  if (halves.length > 2) return undefined
  const parseGroups = (text: string, allowIpv4Tail: boolean): number[] | undefined => {
    if (text === '') return []
    const parts = text.split(':')
    const groups: number[] = []
    for (const [index, part] of parts.entries()) {
      if (allowIpv4Tail && index === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part)
        if (!v4) return undefined
        groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3])
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(parseInt(part, 16))
      } else {
        return undefined
      }
    }
    return groups
  }
  if (halves.length === 1) {
    const groups = parseGroups(address, true)
    return groups?.length === 8 ? groups : undefined
  }
  const head = parseGroups(halves[0] ?? '', false)
  const tail = parseGroups(halves[1] ?? '', true)
  if (!head || !tail || head.length + tail.length > 7) return undefined
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail]
}

function isPublicIpv4([a, b]: [number, number, number, number]): boolean {
  if (a === 0) return false // "this network" / unspecified
  if (a === 10) return false // private
  if (a === 100 && b >= 64 && b <= 127) return false // CGNAT 100.64/10
  if (a === 127) return false // loopback
  if (a === 169 && b === 254) return false // link-local
  if (a === 172 && b >= 16 && b <= 31) return false // private
  if (a === 192 && b === 168) return false // private
  if (a >= 224) return false // multicast 224/4, reserved 240/4, broadcast
  return true
}

function embeddedIpv4(high: number, low: number): [number, number, number, number] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff]
}

function isPublicIpv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, , , g5 = 0, g6 = 0, g7 = 0] = groups
  const firstFiveZero = groups.slice(0, 5).every((group) => group === 0)
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible form (::a.b.c.d).
  if (firstFiveZero && g5 === 0xffff) return isPublicIpv4(embeddedIpv4(g6, g7))
  if (firstFiveZero && g5 === 0) {
    if (g6 === 0 && g7 <= 1) return false // unspecified ::, loopback ::1
    return isPublicIpv4(embeddedIpv4(g6, g7))
  }
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must pass the same test.
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return isPublicIpv4(embeddedIpv4(g6, g7))
  }
  if (g0 === 0x2002) return isPublicIpv4(embeddedIpv4(g1, g2))
  if ((g0 & 0xfe00) === 0xfc00) return false // unique-local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return false // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return false // deprecated site-local fec0::/10
  if ((g0 & 0xff00) === 0xff00) return false // multicast ff00::/8
  // Everything else outside global unicast 2000::/3 is reserved and never a real client.
  return (g0 & 0xe000) === 0x2000
}

/**
 * Whether `ip` may be sent to a geo resolver: false for malformed, private (10/8, 172.16/12,
 * 192.168/16), loopback, link-local (169.254/16, fe80::/10), CGNAT (100.64/10), unique-local
 * (fc00::/7), multicast, unspecified and reserved addresses, and for IPv4-mapped, NAT64 and
 * 6to4 forms of those. Documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24,
 * 2001:db8::/32) count as public, like any other public address.
 */
export function isResolvableIp(ip: string): boolean {
  if (typeof ip !== 'string') return false
  const address = ip.trim()
  const v4 = parseIpv4(address)
  if (v4) return isPublicIpv4(v4)
  const v6 = address.includes(':') ? parseIpv6(address) : undefined
  return v6 ? isPublicIpv6(v6) : false
}

const REGIONAL_INDICATOR_A = 0x1f1e6

/**
 * The flag emoji of an ISO 3166-1 alpha-2 country code (`PT` → 🇵🇹), or `''` for anything else
 * (missing, empty, wrong length, not letters).
 */
export function countryFlag(countryCode?: string): string {
  if (typeof countryCode !== 'string') return ''
  const code = countryCode.trim().toUpperCase()
  if (!/^[A-Z]{2}$/.test(code)) return ''
  return String.fromCodePoint(...[...code].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65))
}
