/** CONTRACT section 2 as a good backend answers it (no quirks, no extensions). */
import { describe, expect, it } from 'vitest'
import { createEventsHandler } from '../../../src/server/handler'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { EventStore } from '../../../src/server/store'
import { call, id, ids, makeHandler } from './helpers'

const NEWEST_FIRST = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map(id)

describe('GET /api/events (good backend)', () => {
  it('serves every event newest first with hasMore, nextCursor and a correct total', async () => {
    const answer = await call(makeHandler(), '/api/events')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/application\/json/)
    expect(ids(answer)).toEqual(NEWEST_FIRST)
    expect(answer.body).toMatchObject({ hasMore: false, nextCursor: null, total: 13 })
  })

  it('sends Studio wire events: ISO timestamps, null for none, the first forwarded address, a display block', async () => {
    const answer = await call(makeHandler(), '/api/events?sort=asc&limit=1')
    const [joined] = answer.body.events as Record<string, unknown>[]
    expect(joined).toEqual({
      id: id(1),
      type: 'user.joined',
      timestamp: '2026-11-18T09:00:00.000Z',
      status: 'success',
      userId: 'usr_ana',
      sessionId: null,
      organizationId: null,
      ipAddress: '203.0.113.7',
      userAgent: null,
      metadata: { name: 'Ana Souza', email: 'ana@example.com' },
      source: 'app',
      display: { message: 'Ana Souza joined', severity: 'success' },
    })
  })

  it('pages with limit and offset', async () => {
    const handler = makeHandler()
    const first = await call(handler, '/api/events?limit=5')
    expect(ids(first)).toEqual(NEWEST_FIRST.slice(0, 5))
    expect(first.body).toMatchObject({ hasMore: true, total: 13, nextCursor: id(9) })
    const last = await call(handler, '/api/events?limit=5&offset=10')
    expect(ids(last)).toEqual(NEWEST_FIRST.slice(10))
    expect(last.body).toMatchObject({ hasMore: false, nextCursor: null })
  })

  it('sorts ascending with ties broken by id', async () => {
    const answer = await call(makeHandler(), '/api/events?sort=asc')
    expect(ids(answer)).toEqual([...NEWEST_FIRST].reverse())
  })

  it('filters by one type, by user and by an inclusive since', async () => {
    const handler = makeHandler()
    const byType = await call(handler, '/api/events?type=user.logged_in')
    expect(ids(byType)).toEqual([id(11), id(3)])
    expect(byType.body.total).toBe(2)
    expect(ids(await call(handler, '/api/events?userId=usr_bo'))).toEqual([id(9), id(8), id(7), id(6)])
    const since = await call(handler, '/api/events?since=2026-11-20T09:00:00.000Z')
    expect(ids(since)).toEqual([id(13), id(12), id(11), id(10)])
  })

  it('caps limit at maxPageSize and still reports more', async () => {
    const answer = await call(makeHandler({ maxPageSize: 4 }), '/api/events?limit=100')
    expect(ids(answer)).toEqual(NEWEST_FIRST.slice(0, 4))
    expect(answer.body).toMatchObject({ hasMore: true, total: 13 })
  })

  it.each([
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=2.5', 'limit'],
    ['offset=-1', 'offset'],
    ['sort=sideways', 'sort'],
    ['since=yesterday', 'since'],
    ['since=2026-13-45T00:00:00Z', 'since'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const answer = await call(makeHandler(), `/api/events?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'Invalid parameter', parameter })
    expect(answer.body.message).toContain(parameter)
    expect(answer.body).not.toHaveProperty('events')
  })

  it('ignores extension parameters and `after` when no extension is on', async () => {
    const answer = await call(
      makeHandler(),
      `/api/events?types=team.created&q=nothing&status=failed&after=${id(5)}`,
    )
    expect(ids(answer)).toEqual(NEWEST_FIRST)
  })
})

describe('GET /api/events/count (good backend)', () => {
  it('counts all time with the shared classification', async () => {
    const answer = await call(makeHandler(), '/api/events/count')
    expect(answer.body).toEqual({ total: 13, success: 7, failed: 2, warning: 2, info: 2 })
  })

  it('counts one user, and ignores window parameters without counts-window', async () => {
    const handler = makeHandler()
    expect((await call(handler, '/api/events/count?userId=usr_bo')).body).toEqual({
      total: 4,
      success: 0,
      failed: 1,
      warning: 2,
      info: 1,
    })
    expect((await call(handler, '/api/events/count?since=2026-11-20T00:00:00Z')).body.total).toBe(13)
  })
})

describe('GET /api/events/status', () => {
  it('says enabled and advertises the extensions and the page maximum', async () => {
    const plain = await call(makeHandler(), '/api/events/status')
    expect(plain.body).toEqual({
      enabled: true,
      configured: true,
      initialized: true,
      hasProvider: true,
      capabilities: [],
      maxPageSize: 500,
    })
    const extended = await call(
      makeHandler({ extensions: ['geo-batch', 'filters'], maxPageSize: 100 }),
      '/api/events/status',
    )
    expect(extended.body).toMatchObject({ capabilities: ['filters', 'geo-batch'], maxPageSize: 100 })
  })
})

describe('a store that is not ready', () => {
  it('answers ready: false with no events, zero counts and a disabled status', async () => {
    const handler = makeHandler({ ready: false })
    const list = await call(handler, '/api/events')
    expect(list.body).toMatchObject({ events: [], hasMore: false, total: 0, ready: false })
    expect((await call(handler, '/api/events/count')).body).toEqual({
      total: 0,
      success: 0,
      failed: 0,
      warning: 0,
      info: 0,
    })
    expect((await call(handler, '/api/events/status')).body).toMatchObject({
      enabled: false,
      configured: true,
      initialized: false,
    })
  })

  it('becomes ready once the status route has been asked, like Studio after a restart', async () => {
    const handler = makeHandler({ ready: 'after-initialize' })
    expect((await call(handler, '/api/events')).body.ready).toBe(false)
    expect((await call(handler, '/api/events/status')).body.enabled).toBe(true)
    const list = await call(handler, '/api/events')
    expect(list.body).not.toHaveProperty('ready')
    expect(ids(list)).toHaveLength(13)
  })
})

describe('failures', () => {
  const broken = (): EventStore => {
    const store = createMemoryStore()
    const fail = async (): Promise<never> => {
      throw new Error('connect ECONNREFUSED 10.1.2.3:5432 password=hunter2')
    }
    return { ...store, list: fail, count: fail }
  }

  it('answers 500 without a stack or the internal message', async () => {
    const handler = createEventsHandler({ store: broken(), authorize: () => true })
    for (const path of ['/api/events', '/api/events/count']) {
      const answer = await call(handler, path)
      expect(answer.status).toBe(500)
      expect(typeof answer.body.error).toBe('string')
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|hunter2|\n\s+at /)
    }
  })

  it('answers 200 with an error on the status route', async () => {
    const store = {
      ...createMemoryStore(),
      ready: async (): Promise<boolean> => Promise.reject(new Error('boom')),
    }
    const answer = await call(createEventsHandler({ store, authorize: () => true }), '/api/events/status')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ enabled: false, configured: true })
    expect(typeof answer.body.error).toBe('string')
  })
})

describe('routing', () => {
  it('answers 404 with the path below the base for an unknown route', async () => {
    const answer = await call(makeHandler(), '/api/evnts')
    expect(answer.status).toBe(404)
    expect(answer.body).toEqual({ error: 'Not found', path: '/api/evnts' })
  })

  it('answers 404 with the full path outside the base path, without asking authorize', async () => {
    let asked = 0
    const handler = makeHandler({ authorize: () => ++asked > 0 })
    const response = await handler(new Request('http://x/api/other/api/events'))
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'Not found', path: '/api/other/api/events' })
    expect(asked).toBe(0)
  })

  it('serves a custom base path and tolerates a trailing slash', async () => {
    const handler = makeHandler({ basePath: '/admin/events-api/' })
    const response = await handler(new Request('http://x/admin/events-api/api/events/count/'))
    expect(((await response.json()) as { total: number }).total).toBe(13)
  })

  it('answers 405 with Allow for a wrong method', async () => {
    const answer = await call(makeHandler(), '/api/events', { method: 'POST', body: '{}' })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('GET')
  })

  it('does not serve activity unless the extension is on', async () => {
    const answer = await call(makeHandler(), '/api/events/activity?since=2026-11-18&until=2026-11-20')
    expect(answer.status).toBe(404)
  })
})
