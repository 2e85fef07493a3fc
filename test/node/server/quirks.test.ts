/** `studioQuirks: true`: the handler answers exactly as Studio 1.1.3 does (CONTRACT section 2). */
import { describe, expect, it } from 'vitest'
import { fromWireEvent } from '../../../src/server/convert'
import { generateEvents } from '../../../src/server/generator'
import { STUDIO_EXTENSIONS } from '../../../src/server/extensions'
import { call, id, ids, makeHandler, post } from './helpers'

const quirky = (options: Parameters<typeof makeHandler>[0] = {}) =>
  makeHandler({ studioQuirks: true, extensions: STUDIO_EXTENSIONS, ...options })

describe('GET /api/events with studioQuirks', () => {
  it('gives total null unless a type or userId narrows the query', async () => {
    const handler = quirky()
    expect((await call(handler, '/api/events')).body.total).toBeNull()
    expect((await call(handler, '/api/events?since=2026-11-20T00:00:00Z')).body.total).toBeNull()
    expect((await call(handler, '/api/events?type=user.logged_in')).body.total).toBe(2)
    expect((await call(handler, '/api/events?userId=usr_bo')).body.total).toBe(4)
  })

  it('uses the last id as nextCursor when there is more', async () => {
    const answer = await call(quirky(), '/api/events?limit=3')
    expect(ids(answer)).toEqual([id(13), id(12), id(11)])
    expect(answer.body).toEqual(expect.objectContaining({ hasMore: true, nextCursor: id(11) }))
  })

  it('answers ready: false with exactly Studio keys (no nextCursor) when the table does not exist', async () => {
    const answer = await call(quirky({ ready: false }), '/api/events')
    expect(answer.body).toEqual({ events: [], hasMore: false, total: 0, ready: false })
  })

  it('fails with a 500 { error, details } on an invalid since, without a stack', async () => {
    const answer = await call(quirky(), '/api/events?since=yesterday')
    expect(answer.status).toBe(500)
    expect(Object.keys(answer.body).sort()).toEqual(['details', 'error'])
    expect(answer.body.details).toBe('Invalid time value')
  })

  it('parses numbers leniently and treats any sort but desc as ascending', async () => {
    const handler = quirky()
    expect(ids(await call(handler, '/api/events?limit=abc'))).toHaveLength(13)
    expect(ids(await call(handler, '/api/events?limit=2&offset=-4'))).toEqual([id(13), id(12)])
    expect(ids(await call(handler, '/api/events?sort=sideways&limit=2'))).toEqual([id(1), id(2)])
  })

  it('has no page maximum', async () => {
    const events = generateEvents({
      seed: 3,
      now: new Date('2026-11-20T00:00:00Z'),
      days: 10,
      eventsPerDay: 80,
    })
    expect(events.length).toBeGreaterThan(600)
    const stored = events.map(fromWireEvent)
    const studio = await call(quirky({ events: stored }), '/api/events?limit=600')
    expect(ids(studio)).toHaveLength(600)
    const good = await call(makeHandler({ events: stored }), '/api/events?limit=600')
    expect(ids(good)).toHaveLength(500)
  })

  it('ignores extension parameters, after and the extensions themselves', async () => {
    const handler = quirky()
    const list = await call(
      handler,
      `/api/events?types=team.created&q=zzz&status=failed&cursor=abc&after=${id(2)}`,
    )
    expect(ids(list)).toHaveLength(13)
    const status = await call(handler, '/api/events/status')
    expect(status.body).toEqual({ enabled: true, configured: true, initialized: true, hasProvider: true })
    expect((await call(handler, '/api/events/activity?since=2026-11-18&until=2026-11-20')).status).toBe(404)
    expect(
      (await call(handler, '/api/events/count?since=2026-11-20T00:00:00Z&severity=failed')).body.total,
    ).toBe(13)
  })

  it('counts all time or per user', async () => {
    const handler = quirky()
    expect((await call(handler, '/api/events/count')).body).toEqual({
      total: 13,
      success: 7,
      failed: 2,
      warning: 2,
      info: 2,
    })
    expect((await call(handler, '/api/events/count?userId=usr_ana')).body.total).toBe(6)
  })

  it('answers an unmatched method like an unknown path, and a batch geo body like a missing address', async () => {
    const handler = quirky()
    expect((await call(handler, '/api/events', { method: 'POST', body: '{}' })).status).toBe(404)
    const batch = await post(handler, '/api/geo/resolve', { ipAddresses: ['203.0.113.7'] })
    expect(batch.status).toBe(400)
    expect(batch.body).toEqual({ success: false, error: 'IP address is required' })
  })
})
