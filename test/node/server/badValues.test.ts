/**
 * Issue 11 point 6 on every store: a NUL in a text filter and a well-formed cursor another
 * server made answer 400 naming the parameter (the SQL stores answered 500).
 */
import { describe, expect, it } from 'vitest'
import { encodeCursor } from '../../../src/server/cursor'
import { STUDIO_EXTENSIONS } from '../../../src/server/extensions'
import { call, makeHandler } from './helpers'

const handler = makeHandler({ extensions: STUDIO_EXTENSIONS })
const UUID = '00000000-0000-4000-8000-000000000001'
const foreign = (timestamp: number, id: string, sort: 'asc' | 'desc' = 'desc') =>
  encodeCursor({ timestamp, id, sort })

const NUL_CASES = ['q', 'type', 'types', 'userId', 'organizationId', 'sessionId'].map(
  (name) => [name, `/api/events?${name}=a%00b`] as const,
)
const CURSOR_CASES = [
  ['an id that is not a UUID', foreign(Date.parse('2026-11-20T10:00:00Z'), 'evt_42')],
  ['a time before 4713 BC', foreign(Date.UTC(-5000, 0, 1), UUID)],
  ['a time no Date holds', foreign(9_000_000_000_000_000, UUID)],
  ['a UUID with a NUL after it', foreign(0, `${UUID}\u0000`)],
] as const

describe('values a store cannot use', () => {
  it.each(NUL_CASES)('answers 400 for a NUL in %s', async (name, path) => {
    const answer = await call(handler, path)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'Invalid parameter', parameter: name })
  })

  it.each([
    ['count', '/api/events/count?q=%00'],
    ['activity', '/api/events/activity?since=2026-11-18&until=2026-11-20&userId=%00'],
  ])('answers 400 for a NUL on the %s route', async (_name, path) => {
    expect((await call(handler, path)).status).toBe(400)
  })

  it.each(CURSOR_CASES)(
    'answers 400 (or pages on) for a foreign cursor with %s, never 500',
    async (_name, cursor) => {
      const answer = await call(handler, `/api/events?cursor=${cursor}`)
      // The memory store can page after any id; the SQL stores refuse what their columns cannot hold.
      expect([200, 400]).toContain(answer.status)
      if (answer.status === 400)
        expect(answer.body).toMatchObject({ parameter: expect.stringMatching(/cursor|query/) })
    },
  )
})
