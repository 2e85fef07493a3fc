/** The `./msw` entry answers `fetch` like a Studio backend (jsdom, msw at the network edge). */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStudioHandlers, studioCapabilities } from '../../../src/msw'
import { fromWireEvent } from '../../../src/server/convert'
import { createEventStream, generateEvents } from '../../../src/server/generator'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { StudioWireEvent } from '../../../src/server/wire'
import { server } from '../../mocks/server'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const events = generateEvents({ seed: 'msw', now: NOW, days: 7, eventsPerDay: 40 })
const ORIGIN = 'http://localhost'

async function getJson(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${ORIGIN}${path}`, init)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createStudioHandlers', () => {
  it('lists the given events newest first and counts them, like plain Studio', async () => {
    server.use(...createStudioHandlers({ events }))
    const list = await getJson('/api/studio/api/events?limit=5')
    expect((list.body.events as StudioWireEvent[]).map((event) => event.id)).toEqual(
      events.slice(0, 5).map((event) => event.id),
    )
    expect(list.body).toMatchObject({ hasMore: true, total: events.length })
    const count = await getJson('/api/studio/api/events/count')
    expect(count.body.total).toBe(events.length)
    const status = await getJson('/api/studio/api/events/status')
    expect(status.body).toMatchObject({ enabled: true, capabilities: [] })
  })

  it('serves every extension with studioCapabilities', async () => {
    server.use(...createStudioHandlers({ events, extensions: studioCapabilities }))
    const status = await getJson('/api/studio/api/events/status')
    expect(status.body.capabilities).toEqual([
      'filters',
      'cursor',
      'activity',
      'counts-window',
      'geo-batch',
      'sequence',
    ])
    const failed = await getJson('/api/studio/api/events?severity=failed&limit=500')
    const expected = events.filter((event) => event.display?.severity === 'failed').map((event) => event.id)
    expect((failed.body.events as StudioWireEvent[]).map((event) => event.id)).toEqual(expected)
    const geo = await getJson('/api/studio/api/geo/resolve', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ipAddresses: ['192.0.2.70', '10.0.0.1'] }),
    })
    expect(geo.body).toMatchObject({
      success: true,
      locations: { '192.0.2.70': { city: 'São Paulo' }, '10.0.0.1': null },
    })
  })

  it('reads a shared store, so inserted events show up on the next request', async () => {
    const store = createMemoryStore({ events: events.map(fromWireEvent) })
    server.use(...createStudioHandlers({ store }))
    const live = createEventStream({ seed: 'msw', start: NOW }).next(3, new Date(NOW.getTime() + 5_000))
    await store.insert(live.map(fromWireEvent))
    const list = await getJson('/api/studio/api/events?limit=3')
    expect((list.body.events as StudioWireEvent[]).map((event) => event.id)).toEqual(
      live.map((event) => event.id),
    )
  })

  it('answers 401 with no data when authorize refuses', async () => {
    server.use(...createStudioHandlers({ events, authorize: (request) => request.headers.has('x-admin') }))
    const denied = await getJson('/api/studio/api/events')
    expect(denied).toEqual({ status: 401, body: { error: 'Unauthorized', message: 'No session cookie' } })
    const allowed = await getJson('/api/studio/api/events', { headers: { 'x-admin': '1' } })
    expect(allowed.status).toBe(200)
  })

  it('answers only under its base URL and base path', async () => {
    server.use(...createStudioHandlers({ events, baseUrl: 'https://admin.example.com', basePath: '/studio' }))
    const response = await fetch('https://admin.example.com/studio/api/events/count')
    expect(((await response.json()) as { total: number }).total).toBe(events.length)
    const wrongPath = await fetch('https://admin.example.com/studio/api/nothing')
    expect(wrongPath.status).toBe(404)
  })

  it('waits latencyMs before answering', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    server.use(...createStudioHandlers({ events, latencyMs: 300 }))
    let settled = false
    const pending = fetch(`${ORIGIN}/api/studio/api/events/count`).then((response) => {
      settled = true
      return response.json() as Promise<{ total: number }>
    })
    await vi.advanceTimersByTimeAsync(250)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(100)
    expect((await pending).total).toBe(events.length)
  })

  it('answers Studio quirks when asked', async () => {
    server.use(...createStudioHandlers({ events, studioQuirks: true, extensions: studioCapabilities }))
    const list = await getJson('/api/studio/api/events?limit=2')
    expect(list.body.total).toBeNull()
    const status = await getJson('/api/studio/api/events/status')
    expect(status.body).toEqual({ enabled: true, configured: true, initialized: true, hasProvider: true })
  })
})
