/**
 * Where UTF-8 stops being valid in a byte run. A streaming decoder with `fatal` throws for a
 * whole chunk; this tells how much of it is good, so the events before a bad byte still count.
 */

/** `valid`: bytes of complete, valid characters; `bad`: the byte at `valid` can never be valid (else it is an incomplete tail). */
export type Utf8Scan = { valid: number; bad: boolean }

/** Scans `bytes` (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    const need =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0
    if (need === 0) return { valid: i, bad: true }
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return { valid: i, bad: false }
      const next = bytes[i + k]!
      let low = 0x80
      let high = 0xbf
      if (k === 1) {
        if (lead === 0xe0) low = 0xa0
        else if (lead === 0xed) high = 0x9f
        else if (lead === 0xf0) low = 0x90
        else if (lead === 0xf4) high = 0x8f
      }
      if (next < low || next > high) return { valid: i, bad: true }
    }
    i += need + 1
  }
  return { valid: i, bad: false }
}
