/** Reading a push stream in the server tests: frames as the client's own SSE reader sees them. */
import { readSse, type SseItem } from '../../../src/api/sse/readSse'
import type { EventsHandler } from '../../../src/server/handler'
import { BASE } from './helpers'

/** One open stream: the answer, and its items one at a time. */
export type OpenSse = {
  response: Response
  /** The next item, or undefined once the stream ended. */
  next(): Promise<SseItem | undefined>
  /** Reads until `count` events were received (or the stream ended); returns their ids and the last frame id. */
  readEvents(count: number): Promise<{ ids: string[]; lastId?: string; closed?: string }>
  /** Closes the connection, as a browser tab would. */
  abort(): void
}

/** Opens `GET {BASE}{path}` on the handler with an abortable request. */
export async function openSse(handler: EventsHandler, path: string, headers?: HeadersInit): Promise<OpenSse> {
  const controller = new AbortController()
  const response = await handler(new Request(`${BASE}${path}`, { headers, signal: controller.signal }))
  const items = response.body
    ? readSse(response.body, { url: path, signal: controller.signal, idleMs: () => 60_000 })[
        Symbol.asyncIterator
      ]()
    : undefined
  const next = async () => {
    if (!items) return undefined
    const item = await items.next()
    return item.done ? undefined : item.value
  }
  return {
    response,
    next,
    async readEvents(count) {
      const ids: string[] = []
      let lastId: string | undefined
      while (ids.length < count) {
        const item = await next()
        if (!item) return { ids, lastId }
        if (item.kind !== 'message') continue
        if (item.message.event === 'close') {
          return { ids, lastId, closed: (JSON.parse(item.message.data) as { reason: string }).reason }
        }
        if (item.message.event !== 'events') continue
        lastId = item.message.id
        for (const event of (JSON.parse(item.message.data) as { events: { id: string }[] }).events)
          ids.push(event.id)
      }
      return { ids, lastId }
    },
    abort: () => controller.abort(),
  }
}
