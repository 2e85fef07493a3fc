/** The in-memory store on its own: what `insert` normalises, paging edges, deleting, readiness. */
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { StoredEvent } from '../../../src/server/wire'
import { id, sampleEvents } from './helpers'

const all = { filters: {}, sort: 'desc' as const, limit: 100 }

describe('createMemoryStore', () => {
  it('stores what a writer must: first forwarded address, none as null, message and severity computed', async () => {
    const store = createMemoryStore()
    await store.insert([
      {
        id: id(1),
        type: 'user.banned',
        timestamp: '2026-11-20T10:00:00Z',
        status: 'success',
        userId: '',
        sessionId: '  ',
        ipAddress: '203.0.113.7:443, 10.0.0.1',
        userAgent: '',
        metadata: { name: 'Bo' },
        source: '',
      },
    ])
    const [event] = (await store.list(all)).events
    expect(event).toEqual({
      id: id(1),
      type: 'user.banned',
      timestamp: new Date('2026-11-20T10:00:00Z'),
      status: 'success',
      userId: null,
      sessionId: null,
      organizationId: null,
      ipAddress: '203.0.113.7',
      userAgent: null,
      metadata: { name: 'Bo' },
      source: 'app',
      displayMessage: 'Bo was banned',
      displaySeverity: 'warning',
      seq: '1',
    })
  })

  it('keeps a severity the writer gave, replaces an event with the same id, and refuses one without a timestamp', async () => {
    const store = createMemoryStore({ events: sampleEvents() })
    expect((await store.count({ filters: { severities: ['failed'] } })).total).toBe(2)
    const [first] = sampleEvents()
    await store.insert([{ ...(first as StoredEvent), type: 'user.updated' }])
    expect(await store.count({ filters: {} })).toMatchObject({ total: 13 })
    expect(
      (await store.list({ ...all, filters: { types: ['user.updated'] } })).events.map((e) => e.id),
    ).toEqual([id(1)])
    const valid = { ...(first as StoredEvent), id: id(51) }
    await expect(
      store.insert([valid, { ...(first as StoredEvent), id: id(50), timestamp: 'soon' }]),
    ).rejects.toThrow(TypeError)
    expect(store.size()).toBe(13)
  })

  it('hands out copies, so editing an answer does not change the store', async () => {
    const store = createMemoryStore({ events: sampleEvents() })
    const [event] = (await store.list(all)).events
    ;(event as StoredEvent).metadata.teamName = 'Hacked'
    const [again] = (await store.list(all)).events
    expect(again?.metadata.teamName).toBe('Platform')
  })

  it('answers an offset past the end with an empty page, and leaves total out when not asked', async () => {
    const store = createMemoryStore({ events: sampleEvents() })
    expect(await store.list({ ...all, offset: 50 })).toEqual({
      events: [],
      hasMore: false,
      nextCursor: null,
      total: 13,
    })
    expect((await store.list({ ...all, withTotal: false })).total).toBeNull()
    expect((await store.list({ ...all, filters: { types: [] } })).events).toEqual([])
  })

  it('deletes events strictly older than a date', async () => {
    const store = createMemoryStore({ events: sampleEvents() })
    expect(await store.deleteOlderThan(new Date('2026-11-19T10:00:00.000Z'))).toBe(3)
    expect(store.size()).toBe(10)
    expect((await store.list({ ...all, sort: 'asc', limit: 1 })).events[0]?.id).toBe(id(4))
  })

  it('reports readiness: ready by default, false until set, or until initialized', async () => {
    expect(await createMemoryStore().ready()).toBe(true)
    const closed = createMemoryStore({ ready: false })
    await closed.initialize?.()
    expect(await closed.ready()).toBe(false)
    closed.setReady(true)
    expect(await closed.ready()).toBe(true)
    const restarting = createMemoryStore({ ready: 'after-initialize' })
    expect(await restarting.ready()).toBe(false)
    await restarting.initialize?.()
    expect(await restarting.ready()).toBe(true)
  })

  it('clears', async () => {
    const store = createMemoryStore({ events: sampleEvents() })
    store.clear()
    expect((await store.count({ filters: {} })).total).toBe(0)
  })
})
