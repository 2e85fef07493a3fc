/** The `cursor` extension: keyset paging on (timestamp, id) with no duplicate and no gap. */
import { describe, expect, it } from 'vitest'
import { fromWireEvent } from '../../../src/server/convert'
import { encodeCursor } from '../../../src/server/cursor'
import { createEventStream, generateEvents } from '../../../src/server/generator'
import { createEventsHandler } from '../../../src/server/handler'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { StudioWireEvent } from '../../../src/server/wire'
import { call, id, ids, makeHandler } from './helpers'

const NOW = new Date('2026-11-20T12:00:00.000Z')

type Page = { events: StudioWireEvent[]; hasMore: boolean; nextCursor: string | null }

function setUp() {
  const history = generateEvents({ seed: 'cursor', now: NOW, days: 14, eventsPerDay: 100 })
  const store = createMemoryStore({ events: history.map(fromWireEvent) })
  const handler = createEventsHandler({ store, authorize: () => true, extensions: ['cursor', 'filters'] })
  return { history, store, handler }
}

async function pageThrough(
  handler: ReturnType<typeof setUp>['handler'],
  query: string,
  between: (page: number) => Promise<void>,
): Promise<StudioWireEvent[]> {
  const seen: StudioWireEvent[] = []
  let cursor: string | null = null
  for (let page = 0; page < 1000; page += 1) {
    const answer = await call(handler, `/api/events?${query}${cursor ? `&cursor=${cursor}` : ''}`)
    expect(answer.status).toBe(200)
    const body = answer.body as unknown as Page
    seen.push(...body.events)
    if (!body.hasMore) {
      expect(body.nextCursor).toBeNull()
      return seen
    }
    expect(typeof body.nextCursor).toBe('string')
    cursor = body.nextCursor
    await between(page)
  }
  throw new Error('paging did not end')
}

describe('cursor extension', () => {
  it('pages newest first through more than 1,000 events while new ones arrive, with no duplicate or gap', async () => {
    const { history, store, handler } = setUp()
    expect(history.length).toBeGreaterThan(1000)
    const stream = createEventStream({ seed: 'cursor', start: NOW })
    let at = NOW.getTime()
    let inserted = 0
    const seen = await pageThrough(handler, 'limit=97', async () => {
      at += 60_000
      const live = stream.next(5, new Date(at))
      inserted += live.length
      await store.insert(live.map(fromWireEvent))
    })
    expect(inserted).toBeGreaterThan(0)
    const seenIds = seen.map((event) => event.id)
    expect(new Set(seenIds).size).toBe(seenIds.length)
    expect(seenIds).toEqual(history.map((event) => event.id))
  })

  it('pages oldest first and reaches the events inserted meanwhile at the end', async () => {
    const { history, store, handler } = setUp()
    const stream = createEventStream({ seed: 'asc', start: NOW })
    let at = NOW.getTime()
    const live: StudioWireEvent[] = []
    const seen = await pageThrough(handler, 'limit=250&sort=asc', async () => {
      at += 60_000
      const batch = stream.next(3, new Date(at))
      live.push(...batch)
      await store.insert(batch.map(fromWireEvent))
    })
    const seenIds = seen.map((event) => event.id)
    expect(new Set(seenIds).size).toBe(seenIds.length)
    expect(seenIds.slice(0, history.length)).toEqual([...history].reverse().map((event) => event.id))
    expect(new Set(seenIds.slice(history.length))).toEqual(new Set(live.map((event) => event.id)))
  })

  it('keeps filters across pages', async () => {
    const { history, handler } = setUp()
    const failed = history.filter((event) => event.status === 'failed').map((event) => event.id)
    const seen = await pageThrough(handler, 'limit=10&status=failed', async () => {})
    expect(seen.map((event) => event.id)).toEqual(failed)
  })

  it('breaks timestamp ties by id across page boundaries', async () => {
    const same = Array.from({ length: 250 }, (_, n) => ({
      id: id(1000 + ((n * 37) % 250)),
      type: 'user.logged_in',
      timestamp: '2026-11-20T09:00:00.000Z',
      status: 'success' as const,
      metadata: {},
      source: 'app',
    }))
    const handler = makeHandler({ events: same, extensions: ['cursor'] })
    const seen: string[] = []
    let cursor = ''
    for (;;) {
      const answer = await call(handler, `/api/events?limit=64${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...ids(answer))
      if (!answer.body.hasMore) break
      cursor = answer.body.nextCursor as string
    }
    expect(seen).toEqual([...same.map((event) => event.id)].sort().reverse())
  })

  it.each([
    ['cursor=not-a-cursor!', 'cursor'],
    ['cursor=Zm9v', 'cursor'],
    [`sort=asc&cursor=${encodeCursor({ timestamp: 0, id: 'x', sort: 'desc' })}`, 'cursor'],
    [`offset=5&cursor=${encodeCursor({ timestamp: 0, id: 'x', sort: 'desc' })}`, 'offset'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const answer = await call(makeHandler({ extensions: ['cursor'] }), `/api/events?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'Invalid parameter', parameter })
  })

  it('ignores cursor without the extension (offset paging, Studio nextCursor)', async () => {
    const answer = await call(
      makeHandler(),
      `/api/events?limit=2&cursor=${encodeCursor({ timestamp: 0, id: 'x', sort: 'desc' })}`,
    )
    expect(ids(answer)).toEqual([id(13), id(12)])
    expect(answer.body.nextCursor).toBe(id(12))
  })
})
