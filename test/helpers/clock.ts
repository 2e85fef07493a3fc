/**
 * The clock of date-dependent tests. Each suite names its own fixed instant; the date matrix
 * (`vitest.dates.config.ts`) overrides it with `AE_TEST_NOW` (an ISO instant) and the time zone
 * with `TZ`, so the same suites run at month ends, DST changes and a leap day.
 */
import { afterEach, beforeEach, vi } from 'vitest'

function env(name: string): string | undefined {
  const fromVite = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.[name]
  if (fromVite) return fromVite
  return typeof process === 'undefined' ? undefined : process.env[name]
}

/**
 * The suite's "now" in ms: `AE_TEST_NOW` when the date matrix sets it, else `fallback` (an ISO
 * instant). Throws on an unparsable value, so a typo cannot silently test today.
 */
export function testNow(fallback: string): number {
  const value = env('AE_TEST_NOW') || fallback
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) throw new RangeError(`AE_TEST_NOW / fallback is not an instant: "${value}"`)
  return ms
}

/**
 * `Date` starts at `now` and runs on in real time; timers stay real (waitFor, msw, TanStack
 * Query work as usual). Undo with `vi.useRealTimers()`.
 */
export function runClockFrom(now: number): void {
  vi.useFakeTimers({ now, toFake: ['Date'], shouldAdvanceTime: true })
}

/**
 * For the whole file (or `describe`): every test starts with `Date` at `now`, running on in real
 * time ({@link runClockFrom}), and the real clock is back after it.
 */
export function clockFromEachTest(now: number): void {
  beforeEach(() => runClockFrom(now))
  afterEach(() => vi.useRealTimers())
}
