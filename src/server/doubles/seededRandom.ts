/** A small deterministic random source for the data generators (same seed → same data). */

/** Draws from a seeded sequence. */
export type SeededRandom = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One element, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [item: T, weight: number])[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
}

/** Creates a random source from `seed` (Marsaglia's 32-bit xorshift over a mixed seed). */
export function createSeededRandom(seed: number): SeededRandom {
  // Mix the seed so nearby seeds give unrelated sequences, and never start at zero (a fixed point).
  let state = Math.imul((seed | 0) ^ 0x5bd1e995, 0x27d4eb2d) >>> 0 || 0x9e3779b9
  const next = () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x1_0000_0000
  }
  const random: SeededRandom = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted(items) {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [item, weight] of items) {
        roll -= weight
        if (roll < 0) return item
      }
      return (items[items.length - 1] as (typeof items)[number])[0]
    },
    chance: (p) => next() < p,
  }
  return random
}
