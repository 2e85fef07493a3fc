/**
 * The phases issue 9 saw on a real Studio, reproduced by `createStudioQuirks()`: the not-ready
 * answers after a restart, the answers over a missing table, same-millisecond sign-in pairs and
 * rows that become visible after newer ones.
 */
import { describe, expect, it } from 'vitest'
import { fromWireEvent } from '../../../src/server/convert'
import { createEventsHandler } from '../../../src/server/handler'
import { createStudioQuirks } from '../../../src/server/quirks/studioQuirks'
import { studioSignInPair } from '../../../src/server/quirks/studioEvents'
import { contractStore } from './contractStore'
import { call, id, ids, sampleEvents } from './helpers'

const ZERO = { total: 0, success: 0, failed: 0, warning: 0, info: 0 }
const NOT_READY = { events: [], hasMore: false, total: 0, ready: false }

function studio(readyOn?: 'status' | 'write') {
  const store = contractStore(sampleEvents())
  const control = createStudioQuirks(readyOn ? { readyOn } : {})
  const handler = createEventsHandler({ store, authorize: () => true, studioQuirks: control })
  return { store, control, handler }
}

const late = (n: number, timestamp: string) =>
  fromWireEvent({ id: id(n), type: 'user.joined', timestamp, status: 'success', source: 'app', metadata: {} })

describe('createStudioQuirks: restart', () => {
  it('answers not ready and zero counts after a restart, with the status still enabled, until the next write', async () => {
    const { store, control, handler } = studio()
    expect(ids(await call(handler, '/api/events'))).toHaveLength(13)
    control.restart()
    expect((await call(handler, '/api/events')).body).toEqual(NOT_READY)
    expect((await call(handler, '/api/events/count')).body).toEqual(ZERO)
    expect((await call(handler, '/api/events/status')).body).toEqual(
      expect.objectContaining({ enabled: true }),
    )
    // The status request does not end it by default: only Studio's ingestion starting again does.
    expect((await call(handler, '/api/events')).body).toEqual(NOT_READY)
    await store.insert([late(20, '2026-11-20T11:00:00.000Z')])
    expect(ids(await call(handler, '/api/events'))).toHaveLength(14)
    expect((await call(handler, '/api/events/count')).body.total).toBe(14)
  })

  it("with readyOn 'status' is ready again after the next status request", async () => {
    const { control, handler } = studio('status')
    control.restart()
    expect(control.phase).toBe('restarted')
    expect((await call(handler, '/api/events')).body).toEqual(NOT_READY)
    await call(handler, '/api/events/status')
    expect(control.phase).toBe('ready')
    expect(ids(await call(handler, '/api/events'))).toHaveLength(13)
  })
})

describe('createStudioQuirks: missing table', () => {
  it('answers an empty page with total null and no ready key, zero counts, status enabled', async () => {
    const { control, handler } = studio()
    control.setTableMissing(true)
    const list = await call(handler, '/api/events')
    expect(list.body).toEqual({ events: [], hasMore: false, nextCursor: null, total: null })
    expect('ready' in list.body).toBe(false)
    expect((await call(handler, '/api/events/count')).body).toEqual(ZERO)
    expect((await call(handler, '/api/events/status')).body).toEqual({
      enabled: true,
      configured: true,
      initialized: true,
      hasProvider: true,
    })
    control.setTableMissing(false)
    expect(ids(await call(handler, '/api/events'))).toHaveLength(13)
  })

  it('keeps studioQuirks: true answering as before', async () => {
    const handler = createEventsHandler({
      store: contractStore(sampleEvents()),
      authorize: () => true,
      studioQuirks: true,
    })
    expect((await call(handler, '/api/events')).body.total).toBeNull()
    expect((await call(handler, '/api/events/status')).body.enabled).toBe(true)
  })
})

describe('same-millisecond sign-in pairs', () => {
  it('are served with one timestamp, so a since= read at that instant returns both', async () => {
    const { store, handler } = studio()
    const pair = studioSignInPair({ at: '2026-11-20T12:00:00.000Z', ids: [id(30), id(31)] })
    await store.insert(pair.map(fromWireEvent))
    const answer = await call(handler, '/api/events?since=2026-11-20T12:00:00.000Z')
    const events = answer.body.events as { id: string; timestamp: string }[]
    expect(events.map((event) => event.id).sort()).toEqual([id(30), id(31)])
    expect(new Set(events.map((event) => event.timestamp))).toEqual(new Set(['2026-11-20T12:00:00.000Z']))
  })
})

describe('out-of-order visibility', () => {
  it('serves a row written after newer ones in time order, which a since= poll at the newest timestamp misses', async () => {
    const { store, handler } = studio()
    await store.insert([late(40, '2026-11-20T12:00:01.000Z')])
    const newest = '2026-11-20T12:00:01.000Z'
    // A row stamped 446 ms earlier becomes visible only now (Studio under concurrent sign-ins).
    await store.insert([late(41, '2026-11-20T12:00:00.554Z')])
    const poll = await call(handler, `/api/events?since=${newest}`)
    expect(ids(poll)).toEqual([id(40)])
    const list = await call(handler, '/api/events?limit=3')
    expect(ids(list)).toEqual([id(40), id(41), id(13)])
  })
})
