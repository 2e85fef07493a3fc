/**
 * A small seeded PRNG (mulberry32) with the helpers the generator needs. Deterministic: the same
 * seed and the same sequence of calls give the same values on every platform.
 */

/** A seeded source of randomness. */
export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T
  /** One element, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** A lower-case v4-shaped UUID. */
  uuid(): string
  /** `length` characters from `alphabet`. */
  token(length: number, alphabet?: string): string
  /** The internal state, to resume later with `createRandom(state)`. */
  state(): number
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** FNV-1a: turns a string seed into a 32-bit number. */
export function hashSeed(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Creates a generator from a number or a string. */
export function createRandom(seed: number | string): Random {
  let state = hashSeed(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item')
    return items[Math.floor(next() * items.length)] as T
  }
  const token = (length: number, alphabet = ALPHANUMERIC) => {
    let text = ''
    for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)]
    return text
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return pick(entries)[0]
    },
    uuid() {
      const hex = token(32, '0123456789abcdef')
      const variant = '89ab'[Math.floor(next() * 4)]
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`
    },
    token,
    state: () => state,
  }
}
