/**
 * The search rule at its edges, on every store (the SQL stores put an index-served pre-filter in
 * front of the rule: it must never drop a match). Metadata is searched only in email-like string
 * values up to depth 4; a needle may hold quotes, backslashes, `%` and `_`.
 */
import { describe, expect, it } from 'vitest'
import type { StoredEvent } from '../../../src/server/wire'
import { call, id, ids, makeHandler } from './helpers'

const at = (n: number) => new Date(Date.UTC(2026, 10, 20, 9, 0, n)).toISOString()
const event = (n: number, extra: Partial<StoredEvent>): StoredEvent => ({
  id: id(n),
  type: 'user.updated',
  timestamp: at(n),
  status: 'success',
  metadata: {},
  source: 'app',
  ...extra,
})

const events: StoredEvent[] = [
  event(1, { metadata: { email: 'top@example.com' } }),
  event(2, { metadata: { a: { b: { c: { contact: 'deep4@example.com' } } } } }),
  event(3, { metadata: { a: { b: { c: { d: { contact: 'deep5@example.com' } } } } } }),
  event(4, { metadata: { list: ['in-array@example.com'] } }),
  event(5, { metadata: { note: 'call "quoted\\back"@example.com now' } }),
  event(6, { metadata: { note: 'no address here, just words' } }),
  event(7, { metadata: { email: '100%_sure@example.com' } }),
  event(8, { userId: 'usr_%under_score', metadata: {} }),
  event(9, { ipAddress: '203.0.113.99', metadata: {} }),
  event(10, { displayMessage: 'Ünïcode Näme changed', metadata: {} }),
]
const handler = makeHandler({ events, extensions: ['filters'] })
const search = async (needle: string) =>
  ids(await call(handler, `/api/events?q=${encodeURIComponent(needle)}`))

describe('search edges (every store)', () => {
  it('finds emails at depth 0 to 4, in arrays, and inside longer strings', async () => {
    expect(await search('top@example')).toEqual([id(1)])
    expect(await search('deep4@')).toEqual([id(2)])
    expect(await search('in-array@')).toEqual([id(4)])
    expect(await search('quoted')).toEqual([id(5)])
  })

  it('never finds metadata that is not an email, or an email deeper than 4', async () => {
    expect(await search('deep5@')).toEqual([])
    expect(await search('just words')).toEqual([])
    expect(await search('contact')).toEqual([])
  })

  it('takes quotes, backslashes, % and _ as plain characters', async () => {
    expect(await search('"quoted\\back"')).toEqual([id(5)])
    expect(await search('100%_sure')).toEqual([id(7)])
    expect(await search('%_')).toEqual([id(7)])
    expect(await search('%_under')).toEqual([])
    expect(await search('%under_')).toEqual([id(8)])
  })

  it('finds addresses, ids and non-ASCII text, in any case', async () => {
    expect(await search('113.99')).toEqual([id(9)])
    expect(await search(id(6).slice(-10))).toEqual([id(6)])
    expect(await search('ÜNÏCODE')).toEqual([id(10)])
  })
})
