/**
 * Push over a real `node:http` server (toNodeListener) and the library's own client: events
 * arrive as they are written, a client that leaves releases its connection, and shutdown closes
 * the open streams so `server.close()` finishes.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import type { PushMessage } from '../../../src/api/pushTypes'
import { toNodeListener } from '../../../src/server/adapters/node'
import { fromWireEvent } from '../../../src/server/convert'
import { createEventsHandler } from '../../../src/server/handler'
import { createMemoryStore } from '../../../src/server/memoryStore'

const joined = (n: number) =>
  fromWireEvent({
    id: `evt_${n}`,
    type: 'user.joined',
    timestamp: new Date(Date.UTC(2026, 10, 20, 12, 0, 0, n)).toISOString(),
    status: 'success',
    source: 'app',
    metadata: { email: `u${n}@example.com` },
  })

const servers: http.Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

async function start() {
  const store = createMemoryStore()
  let listeners = 0
  const counted = {
    ...store,
    onInsert(listener: () => void) {
      listeners += 1
      const stop = store.onInsert!(listener)
      return () => {
        listeners -= 1
        stop()
      }
    },
  }
  const shutdown = new AbortController()
  const handler = createEventsHandler({
    store: counted,
    authorize: (request) => request.headers.get('authorization') === 'Bearer admin',
    extensions: ['filters', 'cursor', 'sequence', 'push'],
    push: { heartbeatMs: 50, pollMs: 20 },
    signal: shutdown.signal,
  })
  const server = http.createServer(toNodeListener(handler))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const client = createEventsClient({
    baseUrl: `http://127.0.0.1:${port}`,
    headers: { authorization: 'Bearer admin' },
  })
  return { store, client, server, shutdown, listeners: () => listeners }
}

async function take(iterator: AsyncIterator<PushMessage>, type: PushMessage['type']): Promise<PushMessage> {
  for (;;) {
    const next = await iterator.next()
    if (next.done) throw new Error(`the stream ended before a ${type}`)
    if (next.value.type === type) return next.value
  }
}

describe('push over node:http', () => {
  it('streams writes to the client, heartbeats in between, and is released when the client leaves', async () => {
    const { store, client, listeners } = await start()
    expect((await client.getCapabilities()).push).toBe(true)
    const leave = new AbortController()
    const stream = (await client.streamEvents({ afterSeq: '0', signal: leave.signal }))[
      Symbol.asyncIterator
    ]()
    expect(await take(stream, 'open')).toEqual({ type: 'open', heartbeatMs: 50 })
    await store.insert([joined(1), joined(2)])
    const batch = await take(stream, 'events')
    expect(batch.type === 'events' && batch.events.map((event) => event.id)).toEqual(['evt_1', 'evt_2'])
    expect(batch.type === 'events' && batch.events[0]?.category).toBe('user')
    expect(await take(stream, 'heartbeat')).toEqual({ type: 'heartbeat' })
    expect(listeners()).toBe(1)
    leave.abort()
    await expect.poll(listeners).toBe(0)
  })

  it('refuses a client without the header with a typed 401', async () => {
    const { server } = await start()
    const { port } = server.address() as AddressInfo
    const anonymous = createEventsClient({ baseUrl: `http://127.0.0.1:${port}` })
    await expect(anonymous.streamEvents({ afterSeq: '0' })).rejects.toMatchObject({ status: 401 })
  })

  it('closes open streams on shutdown so the server can close', async () => {
    const { client, server, shutdown } = await start()
    const stream = (await client.streamEvents({ afterSeq: '0' }))[Symbol.asyncIterator]()
    await take(stream, 'open')
    shutdown.abort()
    expect(await take(stream, 'close')).toMatchObject({ type: 'close', reason: 'shutdown' })
    expect((await stream.next()).done).toBe(true)
    await new Promise((resolve) => server.close(resolve))
    servers.splice(servers.indexOf(server), 1)
  })
})
