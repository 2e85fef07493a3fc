/**
 * The `push` extension (issue 12 point 5): `GET {base}/api/events/stream` as Server-Sent Events.
 * `authorize` applies as on every route; a reconnect resumes after `Last-Event-ID` (a seq);
 * heartbeats; a bounded queue per connection (a client that does not read is dropped with a
 * reason, and loses nothing when it resumes); a clean close on shutdown and when the client goes.
 * Runs on every contract store; rows written by another store instance (another process) arrive
 * by the head poll, with no in-process notification.
 */
import { describe, expect, it } from 'vitest'
import { fromWireEvent } from '../../../src/server/convert'
import { createEventsHandler, type EventsHandlerOptions } from '../../../src/server/handler'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import type { EventStore } from '../../../src/server/store'
import { contractStore, contractWriterPair } from './contractStore'
import { call, id, makeHandler } from './helpers'
import { openSse } from './pushHelpers'

const extensions = ['filters', 'cursor', 'sequence', 'push'] as const
const joined = (n: number, type = 'user.joined') =>
  fromWireEvent({
    id: id(n),
    type,
    timestamp: new Date(Date.UTC(2026, 10, 20, 12, 0, 0, n)).toISOString(),
    status: 'success',
    source: 'app',
    metadata: {},
  })
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const fast = { heartbeatMs: 60_000, pollMs: 20 }

function pushHandler(store: EventStore, options: Partial<EventsHandlerOptions> = {}) {
  return createEventsHandler({ store, authorize: () => true, extensions, push: fast, ...options })
}

/** An empty contract store that counts its open `onInsert` subscriptions (one per live stream). */
function listenerCountingStore() {
  const listeners = { count: 0 }
  const base = contractStore([])
  const store: EventStore = {
    ...base,
    insert: (events) => base.insert(events),
    list: (query) => base.list(query),
    ready: () => base.ready(),
    headSeq: () => base.headSeq!(),
    onInsert(listener) {
      listeners.count += 1
      const stop = base.onInsert?.(listener)
      return () => {
        listeners.count -= 1
        stop?.()
      }
    },
  }
  return { store, listeners }
}

describe('the push extension', () => {
  it('is advertised with the sequence only, and served only when switched on', async () => {
    const status = await call(makeHandler({ extensions }), '/api/events/status')
    expect(status.body.capabilities).toEqual(['filters', 'cursor', 'sequence', 'push'])
    const noSequence = await call(makeHandler({ extensions: ['filters', 'push'] }), '/api/events/status')
    expect(noSequence.body.capabilities).toEqual(['filters'])
    const off = await call(makeHandler({ extensions: ['sequence'] }), '/api/events/stream')
    expect(off.status).toBe(404)
  })

  it('applies authorize exactly like the other routes', async () => {
    const store = contractStore([])
    const authorize = (request: Request) =>
      request.headers.get('cookie') === 'ok'
        ? true
        : request.headers.get('cookie') === 'banned'
          ? Response.json({ success: false, message: 'Blocked', reason: 'ip_blocked' }, { status: 403 })
          : false
    const handler = pushHandler(store, { authorize })
    const anonymous = await handler(new Request('http://x/api/studio/api/events/stream'))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ error: 'Unauthorized', message: 'No session cookie' })
    const banned = await handler(
      new Request('http://x/api/studio/api/events/stream', { headers: { cookie: 'banned' } }),
    )
    expect(banned.status).toBe(403)
    const allowed = await openSse(handler, '/api/events/stream', { cookie: 'ok' })
    expect(allowed.response.status).toBe(200)
    expect(allowed.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    allowed.abort()
  })

  it('starts at the head, then sends each write once, and an invalid afterSeq is a 400', async () => {
    const store = contractStore(range(1, 3).map((n) => joined(n)))
    const handler = pushHandler(store)
    const stream = await openSse(handler, '/api/events/stream')
    const open = await stream.next()
    expect(open).toMatchObject({ kind: 'message', message: { event: 'open' } })
    await store.insert([joined(4), joined(5)])
    expect((await stream.readEvents(2)).ids).toEqual([id(4), id(5)])
    stream.abort()
    const bad = await call(handler, '/api/events/stream?afterSeq=x')
    expect(bad.status).toBe(400)
    expect(bad.body.parameter).toBe('afterSeq')
  })

  it('applies the list filters', async () => {
    const store = contractStore([])
    const stream = await openSse(pushHandler(store), '/api/events/stream?types=user.banned&afterSeq=0')
    await store.insert([joined(1), joined(2, 'user.banned'), joined(3), joined(4, 'user.banned')])
    expect((await stream.readEvents(2)).ids).toEqual([id(2), id(4)])
    stream.abort()
  })

  it('resumes after Last-Event-ID: nothing missed, nothing repeated', async () => {
    const store = contractStore(range(1, 10).map((n) => joined(n)))
    const handler = pushHandler(store, { push: { ...fast, pageSize: 4 } })
    const first = await openSse(handler, '/api/events/stream?afterSeq=0')
    const read = await first.readEvents(4)
    expect(read.ids).toEqual(range(1, 4).map(id))
    first.abort()
    await store.insert([joined(11), joined(12)])
    // The URL still says afterSeq=0: the header of the reconnect wins.
    const again = await openSse(handler, '/api/events/stream?afterSeq=0', { 'last-event-id': read.lastId! })
    expect((await again.readEvents(8)).ids).toEqual(range(5, 12).map(id))
    again.abort()
  })

  it('sends a late row (stamped an hour back, written after newer ones) like any other', async () => {
    const store = contractStore([])
    const stream = await openSse(pushHandler(store), '/api/events/stream')
    await stream.next() // open
    const late = fromWireEvent({
      id: id(90),
      type: 'user.joined',
      timestamp: new Date(Date.UTC(2026, 10, 20, 11, 0, 0)).toISOString(),
      status: 'success',
      source: 'app',
      metadata: {},
    })
    await store.insert([joined(1), joined(2)])
    await store.insert([late])
    expect((await stream.readEvents(3)).ids).toEqual([id(1), id(2), id(90)])
    stream.abort()
  })

  it('answers HEAD with the headers only and keeps no stream open', async () => {
    const { store, listeners } = listenerCountingStore()
    const head = await pushHandler(store)(
      new Request('http://x/api/studio/api/events/stream', { method: 'HEAD' }),
    )
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(head.body).toBeNull()
    expect(listeners.count).toBe(0)
  })

  it('sends heartbeats as comment lines', async () => {
    const stream = await openSse(
      pushHandler(contractStore([]), { push: { heartbeatMs: 20 } }),
      '/api/events/stream',
    )
    await stream.next() // open
    expect(await stream.next()).toEqual({ kind: 'comment' })
    stream.abort()
  })

  it('drops a client that does not read with a reason, and it loses nothing on resume', async () => {
    const store = contractStore([])
    const handler = pushHandler(store, {
      push: { ...fast, maxBufferedBytes: 4_000, slowClientMs: 100, pageSize: 10 },
    })
    const stream = await openSse(handler, '/api/events/stream?afterSeq=0')
    // The client reads nothing while 300 events are written, and for a while after.
    for (let start = 1; start <= 300; start += 50) {
      await store.insert(range(start, start + 49).map((n) => joined(n)))
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    const read = await stream.readEvents(300)
    expect(read.closed).toBe('slow-client')
    // It stopped reading the store at the bound: far fewer than 300 were queued for it.
    expect(read.ids.length).toBeLessThan(100)
    // Another instance of the server (same store) takes the reconnect.
    const resumed = await openSse(pushHandler(store), '/api/events/stream', {
      'last-event-id': read.lastId ?? '0',
    })
    const rest = await resumed.readEvents(300 - read.ids.length)
    expect([...read.ids, ...rest.ids]).toEqual(range(1, 300).map(id))
    resumed.abort()
  })

  it('closes every stream with reason shutdown, and lets go of the store when a client leaves', async () => {
    const { store, listeners } = listenerCountingStore()
    const shutdown = new AbortController()
    const handler = pushHandler(store, { signal: shutdown.signal })
    const leaving = await openSse(handler, '/api/events/stream')
    await leaving.next()
    expect(listeners.count).toBe(1)
    leaving.abort()
    await expect.poll(() => listeners.count).toBe(0)

    const staying = await openSse(handler, '/api/events/stream')
    await staying.next()
    shutdown.abort()
    expect(await staying.readEvents(1)).toMatchObject({ ids: [], closed: 'shutdown' })
    expect(await staying.next()).toBeUndefined()
    expect(listeners.count).toBe(0)
  })

  it('delivers 1,000 events from two concurrent writers exactly once across reconnects mid-burst', async () => {
    const [storeA, storeB] = await contractWriterPair()
    // storeB's writes are another process's: only the head poll sees them.
    const handler = pushHandler(storeA, { push: { ...fast, pageSize: 50 } })
    const writers = [storeA, storeB].map((store: EventStore) =>
      createEventIngestion({ store, batchSize: 7, flushInterval: 10, redactKeys: false }),
    )
    const emitted: string[] = []
    const seen = new Map<string, number>()
    let lastId = '0'
    let reconnects = 0
    const reader = (async () => {
      while (seen.size < 1000) {
        const stream = await openSse(handler, '/api/events/stream', { 'last-event-id': lastId })
        // Reconnect after every 120 events, mid-burst.
        const read = await stream.readEvents(Math.min(120, 1000 - seen.size))
        stream.abort()
        for (const eventId of read.ids) seen.set(eventId, (seen.get(eventId) ?? 0) + 1)
        if (read.lastId) lastId = read.lastId
        reconnects += 1
      }
    })()
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 500; i += 1) {
          const event = await writer.emit('user.logged_in', { userId: `usr_${w}_${i}` })
          if (event) emitted.push(event.id)
          if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 1))
        }
        await writer.shutdown()
      }),
    )
    await reader
    expect(emitted).toHaveLength(1000)
    expect(reconnects).toBeGreaterThan(5)
    expect([...seen.keys()].sort()).toEqual([...emitted].sort())
    expect([...seen.values()].every((count) => count === 1)).toBe(true)
  }, 120_000)
})
