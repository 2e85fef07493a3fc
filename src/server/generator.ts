/**
 * Realistic, deterministic Studio events for tests, stories and the demo (no msw, no React).
 *
 * - `generateEvents` writes a history: a fixed cast of users (some with non-Latin names) in three
 *   organizations, signing in (each successful `user.logged_in` followed by `session.created`
 *   with a token), failing passwords, resetting them, verifying phones, linking OAuth accounts,
 *   inviting, managing teams, banning and unbanning, and a few credential-stuffing spikes of
 *   failed sign-ins from one address. Office hours (UTC) are busy, nights and weekends quiet.
 *   Addresses come from the documentation ranges only.
 * - `createEventStream` continues live: same seed, same cast (same user and organization ids),
 *   new things happening after a start time.
 *
 * The same options always give the same events, ids included.
 */
import type { StudioWireEvent } from './wire'
import { newestFirst } from './generator/draft'
import { burstTimes, dailyTarget, rateAt, timeInDay } from './generator/rhythm'
import { createSimulation, EVENTS_PER_ACTION } from './generator/simulation'
import { createRandom } from './generator/random'

const DAY_MS = 86_400_000

/** Options of {@link generateEvents}. */
export type GenerateEventsOptions = {
  /** Any number or string; the same seed gives the same events. @default 1 */
  seed?: number | string
  /** End of the history (no event is later). @default new Date() */
  now?: Date
  /** Length of the history in days. @default 30 */
  days?: number
  /** Average events per day over a week (weekdays above it, weekends well below). @default 120 */
  eventsPerDay?: number
  /**
   * Stamp each email sign-in's `user.logged_in` and `session.created` with the SAME millisecond,
   * as a real Studio does (issue 9); otherwise `session.created` follows 20–400 ms later. No
   * other event of the seed changes.
   * @default false
   */
  studioTiming?: boolean
}

/**
 * A history of Studio wire events in `(now - days, now]`, newest first (ties by id, descending).
 * @example const events = generateEvents({ seed: 42, now: new Date('2026-11-20T12:00:00Z'), days: 365 })
 */
export function generateEvents(options: GenerateEventsOptions = {}): StudioWireEvent[] {
  const seed = options.seed ?? 1
  const end = (options.now ?? new Date()).getTime()
  const days = Math.max(0, options.days ?? 30)
  const eventsPerDay = Math.max(0, options.eventsPerDay ?? 120)
  const start = end - days * DAY_MS
  const simulation = createSimulation({ seed, window: { start, end }, studioTiming: options.studioTiming })
  const random = createRandom(`${String(seed)}:rhythm`)
  const bursts = burstTimes(random, start, end)

  for (let dayStart = start - (start % DAY_MS); dayStart < end; dayStart += DAY_MS) {
    const actions = Math.round(dailyTarget(random, dayStart, eventsPerDay) / EVENTS_PER_ACTION)
    const times: number[] = []
    for (let i = 0; i < actions; i += 1) times.push(timeInDay(random, dayStart))
    for (const burst of bursts) if (burst >= dayStart && burst < dayStart + DAY_MS) times.push(-burst)
    // Negative entries mark bursts; acting in time order keeps sessions consistent.
    times.sort((a, b) => Math.abs(a) - Math.abs(b))
    for (const time of times) {
      if (Math.abs(time) <= start || Math.abs(time) > end) continue
      if (time < 0) simulation.burst(-time)
      else simulation.act(time)
    }
  }
  return simulation
    .take(end)
    .filter((event) => Date.parse(event.timestamp) > start)
    .sort(newestFirst)
}

/** Options of {@link createEventStream}. */
export type EventStreamOptions = {
  /** Same meaning as in `generateEvents`: the same seed gives the same cast. @default 1 */
  seed?: number | string
  /** Nothing the stream produces is at or before this instant. @default new Date() */
  start?: Date
  /** Average rate for `until`, as events per day (follows the hour and weekday curve). @default 120 */
  eventsPerDay?: number
  /** Same-millisecond sign-in pairs, as in {@link GenerateEventsOptions.studioTiming}. @default false */
  studioTiming?: boolean
}

/**
 * A live source of events. Stateful and deterministic: the same options and the same sequence
 * of calls give the same events. Every event a call returns is at or after every event an
 * earlier call returned, and after `start`.
 */
export type EventStream = {
  /**
   * Exactly `count` new events, newest first, none later than `at` (default: now). New activity
   * happens after the previous call's `at`; what is left over beyond `count` (and follow-ups such
   * as a completed reset) comes first in later calls.
   */
  next(count: number, at?: Date): StudioWireEvent[]
  /** Whatever happened since the previous call, at the configured rate; newest first, maybe none. */
  until(at?: Date): StudioWireEvent[]
  /** The time of the previous call (or `start`). */
  readonly at: Date
}

/** Creates a live event stream. @example const stream = createEventStream({ seed: 42 }); store.insert(stream.until().map(fromWireEvent)) */
export function createEventStream(options: EventStreamOptions = {}): EventStream {
  const seed = options.seed ?? 1
  let last = (options.start ?? new Date()).getTime()
  const eventsPerDay = Math.max(0, options.eventsPerDay ?? 120)
  const simulation = createSimulation({
    seed,
    eventSeed: `${String(seed)}:live:${last}`,
    studioTiming: options.studioTiming,
  })
  const random = createRandom(`${String(seed)}:live-rhythm:${last}`)
  // Events taken but not handed out yet (due, beyond a `next` count): they come first next time.
  let ready: StudioWireEvent[] = []

  const advance = (to: number) => {
    last = Math.max(last, to)
  }

  return {
    next(count, at = new Date()) {
      const to = Math.max(at.getTime(), last + 1)
      const span = to - last
      simulation.setFloor(last + 1)
      let attempts = 0
      while (ready.length < count && attempts < count * 4 + 10) {
        attempts += 1
        simulation.act(last + 1 + Math.floor(random.next() * span))
        ready = mergeSorted(ready, simulation.take(to))
      }
      const out = ready.slice(0, count)
      ready = ready.slice(count)
      advance(to)
      return out.reverse()
    },
    until(at = new Date()) {
      const to = at.getTime()
      if (to <= last) return []
      simulation.setFloor(last + 1)
      // Hour by hour, so the rate follows the daily curve over long gaps.
      for (let from = last; from < to; from += 3_600_000) {
        const slice = Math.min(3_600_000, to - from)
        const expected = (rateAt(from, eventsPerDay) * slice) / EVENTS_PER_ACTION
        const actions = Math.floor(expected) + (random.next() < expected % 1 ? 1 : 0)
        const times = Array.from(
          { length: actions },
          () => from + 1 + Math.floor(random.next() * slice),
        ).sort((a, b) => a - b)
        for (const time of times) simulation.act(time)
      }
      const out = mergeSorted(ready, simulation.take(to))
      ready = []
      advance(to)
      return out.reverse()
    },
    get at() {
      return new Date(last)
    },
  }
}

function mergeSorted(a: StudioWireEvent[], b: StudioWireEvent[]): StudioWireEvent[] {
  return [...a, ...b].sort((x, y) => (x.timestamp < y.timestamp ? -1 : x.timestamp > y.timestamp ? 1 : 0))
}
