/** The msw Studio handlers with a `createStudioQuirks()` controller behave like a real Studio (issue 9). */
import { describe, expect, it } from 'vitest'
import { createStudioHandlers, createStudioQuirks, studioSignInPair } from '../../../src/msw'
import { fromWireEvent } from '../../../src/server/convert'
import { generateEvents } from '../../../src/server/generator'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { server } from '../../mocks/server'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const get = async (path: string) =>
  (await fetch(`http://localhost/api/studio${path}`)).json() as Promise<Record<string, unknown>>

describe('createStudioHandlers with a quirks controller', () => {
  it('goes not ready after a restart until the next write, then serves a late, same-millisecond pair', async () => {
    const store = createMemoryStore({
      events: generateEvents({ seed: 'q', now: NOW, days: 2 }).map(fromWireEvent),
    })
    const studio = createStudioQuirks()
    server.use(...createStudioHandlers({ store, studioQuirks: studio }))
    const before = await get('/api/events/count')
    studio.restart()
    expect(await get('/api/events')).toEqual({ events: [], hasMore: false, total: 0, ready: false })
    expect((await get('/api/events/count')).total).toBe(0)
    // The sign-in that restarts Studio's ingestion, stamped earlier than the newest event already held.
    await store.insert(studioSignInPair({ at: '2026-11-19T08:00:00.000Z' }).map(fromWireEvent))
    expect((await get('/api/events/count')).total).toBe((before.total as number) + 2)
  })

  it('answers a missing table with an empty page and total null', async () => {
    const studio = createStudioQuirks()
    server.use(...createStudioHandlers({ studioQuirks: studio }))
    studio.setTableMissing(true)
    expect(await get('/api/events')).toEqual({ events: [], hasMore: false, nextCursor: null, total: null })
    expect((await get('/api/events/status')).enabled).toBe(true)
  })
})

describe('generateEvents with studioTiming', () => {
  it('stamps every email sign-in pair with one millisecond and changes nothing else', () => {
    const plain = generateEvents({ seed: 'pairs', now: NOW, days: 3 })
    const studio = generateEvents({ seed: 'pairs', now: NOW, days: 3, studioTiming: true })
    expect(studio.map((event) => event.id).sort()).toEqual(plain.map((event) => event.id).sort())
    const byId = new Map(studio.map((event) => [event.id, event]))
    const logins = studio.filter((event) => event.type === 'user.logged_in' && event.status === 'success')
    const sessions = studio.filter((event) => event.type === 'session.created')
    expect(logins.length).toBeGreaterThan(5)
    const stamps = new Set(logins.map((event) => `${event.userId}@${event.timestamp}`))
    const paired = sessions.filter((event) => stamps.has(`${event.userId}@${event.timestamp}`))
    expect(paired.length).toBeGreaterThan(logins.length / 2)
    const changed = plain.filter((event) => byId.get(event.id)?.timestamp !== event.timestamp)
    expect(changed.every((event) => event.type === 'session.created')).toBe(true)
  })
})
