import { normalizeStudioEvents } from '../../../src/api/adapters/studio/normalizeStudioEvent'
import type { AuthEvent } from '../../../src/api/types'
import { generateEvents } from '../../../src/server/generator'

/** The fixed "now" of component tests. */
export const TEST_NOW = new Date('2026-11-20T12:00:00.000Z')

/** `count` realistic normalised events, newest first, deterministic. */
export function testEvents(count: number, seed: number | string = 7): AuthEvent[] {
  const perDay = Math.max(20, count)
  const { events } = normalizeStudioEvents(
    generateEvents({ seed, now: TEST_NOW, days: 3, eventsPerDay: perDay }),
  )
  if (events.length < count) throw new Error(`generator gave ${events.length} events, wanted ${count}`)
  return events.slice(0, count)
}

/** One hand-made event with sensible defaults. */
export function makeEvent(overrides: Partial<AuthEvent> = {}): AuthEvent {
  return {
    id: 'evt-1',
    type: 'user.logged_in',
    category: 'session',
    label: 'Signed in',
    message: 'Ada signed in',
    timestamp: new Date('2026-11-20T11:59:58.123Z'),
    status: 'success',
    severity: 'success',
    userId: 'user-ada',
    source: 'app',
    metadata: {},
    raw: {},
    ...overrides,
  }
}
