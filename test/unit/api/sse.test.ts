/**
 * The push client's reading of Server-Sent Events: the parser over chunks split anywhere,
 * multi-line data, CRLF split across chunks, ids that persist; strict UTF-8 (a bad byte is a
 * typed `InvalidResponseError`, after every message completed before it); and `streamEvents`
 * validating each frame like a list answer, through msw.
 */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { InvalidResponseError } from '../../../src/api/errors'
import type { PushMessage } from '../../../src/api/pushTypes'
import { readSse, type SseItem } from '../../../src/api/sse/readSse'
import { createSseParser } from '../../../src/api/sse/sseParser'
import { server } from '../../mocks/server'

const encoder = new TextEncoder()

function bodyOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk)
      controller.close()
    },
  })
}

async function readAll(chunks: (string | Uint8Array)[]): Promise<{ items: SseItem[]; error?: unknown }> {
  const items: SseItem[] = []
  try {
    for await (const item of readSse(bodyOf(chunks), { url: '/stream', idleMs: () => 10_000 }))
      items.push(item)
    return { items }
  } catch (error) {
    return { items, error }
  }
}

const FRAMES =
  'retry: 2000\nevent: open\ndata: {"heartbeatMs":15000}\n\n: heartbeat\n\nid: 7\nevent: events\ndata: {"a":\ndata: 1}\n\n'

describe('the SSE parser', () => {
  it('gives the same messages however the text is split, down to one character a chunk', () => {
    const whole = createSseParser().push(FRAMES)
    expect(whole.messages).toEqual([
      { event: 'open', data: '{"heartbeatMs":15000}', retry: 2000 },
      { event: 'events', data: '{"a":\n1}', id: '7' },
    ])
    expect(whole.comments).toBe(1)
    for (const size of [1, 2, 3, 7]) {
      const parser = createSseParser()
      const messages = []
      let comments = 0
      for (let i = 0; i < FRAMES.length; i += size) {
        const out = parser.push(FRAMES.slice(i, i + size))
        messages.push(...out.messages)
        comments += out.comments
      }
      expect(messages).toEqual(whole.messages)
      expect(comments).toBe(1)
    }
  })

  it('reads CRLF and CR line ends (a CRLF split across chunks is one line end), and keeps the last id', () => {
    const parser = createSseParser()
    expect(parser.push('id: 1\r\ndata: a\r').messages).toEqual([])
    expect(parser.push('\n\r\ndata: b\r\rdata:c\n\n').messages).toEqual([
      { event: 'message', data: 'a', id: '1' },
      { event: 'message', data: 'b', id: '1' },
      { event: 'message', data: 'c', id: '1' },
    ])
    expect(parser.lastEventId).toBe('1')
  })

  it('ignores unknown fields, dispatches nothing for a block without data, and an empty data line as an empty message', () => {
    const parser = createSseParser()
    expect(parser.push('event: open\nfoo: bar\n\nretry: x\ndata\n\n').messages).toEqual([
      { event: 'message', data: '' },
    ])
  })
})

describe('reading an event stream body', () => {
  it('joins a character split across chunks', async () => {
    const bytes = encoder.encode('data: café ✓\n\n')
    const { items, error } = await readAll([bytes.slice(0, 10), bytes.slice(10, 12), bytes.slice(12)])
    expect(error).toBeUndefined()
    expect(items).toEqual([{ kind: 'message', message: { event: 'message', data: 'café ✓' } }])
  })

  it('throws a typed error on a bad byte, after the messages completed before it', async () => {
    const bad = new Uint8Array([...encoder.encode('data: one\n\ndata: t'), 0xff, ...encoder.encode('wo\n\n')])
    const { items, error } = await readAll([encoder.encode('data: zero\n\n'), bad])
    expect(items.map((item) => item.kind === 'message' && item.message.data)).toEqual(['zero', 'one'])
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as InvalidResponseError).issues[0]?.message).toBe('The event stream is not valid UTF-8')
  })

  it('treats a stream that ends inside a character as a bad byte', async () => {
    const { items, error } = await readAll([encoder.encode('data: ok\n\n'), new Uint8Array([0xe2, 0x9c])])
    expect(items).toHaveLength(1)
    expect(error).toBeInstanceOf(InvalidResponseError)
  })
})

describe('client.streamEvents', () => {
  const status = { enabled: true, capabilities: ['filters', 'sequence', 'push'], maxPageSize: 500 }
  const wireEvent = (id: string) => ({
    id,
    type: 'user.joined',
    timestamp: '2026-03-02T12:00:00.000Z',
    status: 'success',
    source: 'app',
    metadata: {},
  })

  function serve(frames: (string | Uint8Array)[]) {
    let query: URLSearchParams | undefined
    server.use(
      http.get('*/api/studio/api/events/status', () => HttpResponse.json(status)),
      http.get('*/api/studio/api/events/stream', ({ request }) => {
        query = new URL(request.url).searchParams
        return new HttpResponse(bodyOf(frames), { headers: { 'content-type': 'text/event-stream' } })
      }),
    )
    return () => query
  }

  async function collect(stream: AsyncIterable<PushMessage>) {
    const messages: PushMessage[] = []
    try {
      for await (const message of stream) messages.push(message)
      return { messages }
    } catch (error) {
      return { messages, error }
    }
  }

  it('validates every frame like a list page: a malformed event is skipped and reported', async () => {
    const query = serve([
      'event: open\ndata: {"heartbeatMs":15000}\n\n',
      `id: 3\nevent: events\ndata: ${JSON.stringify({ events: [wireEvent('a'), { id: 'b' }, wireEvent('c')], lastSeq: '3' })}\n\n`,
      'event: close\ndata: {"reason":"shutdown","message":"bye"}\n\n',
    ])
    const client = createEventsClient()
    const { messages, error } = await collect(
      await client.streamEvents({ afterSeq: '2', filters: { severities: ['failed'] } }),
    )
    expect(error).toBeUndefined()
    expect(query()?.get('afterSeq')).toBe('2')
    expect(query()?.get('severity')).toBe('failed')
    expect(messages[0]).toEqual({ type: 'open', heartbeatMs: 15000 })
    const batch = messages[1]
    expect(batch?.type).toBe('events')
    if (batch?.type !== 'events') return
    expect(batch.events.map((event) => event.id)).toEqual(['a', 'c'])
    expect(batch.skipped).toEqual([expect.objectContaining({ index: 1, id: 'b' })])
    expect(batch.lastSeq).toBe('3')
    expect(messages[2]).toEqual({ type: 'close', reason: 'shutdown', message: 'bye' })
  })

  it('ends with InvalidResponseError on a frame that is not JSON, after what came before', async () => {
    serve([
      'event: open\ndata: {"heartbeatMs":15000}\n\n',
      `event: events\ndata: ${JSON.stringify({ events: [wireEvent('a')], lastSeq: '1' })}\n\n`,
      'event: events\ndata: {oops\n\n',
    ])
    const { messages, error } = await collect(await createEventsClient().streamEvents({ afterSeq: '0' }))
    expect(messages.map((message) => message.type)).toEqual(['open', 'events'])
    expect(error).toBeInstanceOf(InvalidResponseError)
  })

  it('is an InvalidResponseError when a proxy answers with a page instead of a stream', async () => {
    server.use(
      http.get('*/api/studio/api/events/status', () => HttpResponse.json(status)),
      http.get('*/api/studio/api/events/stream', () => HttpResponse.html('<html>Sign in</html>')),
    )
    await expect(createEventsClient().streamEvents({ afterSeq: '0' })).rejects.toBeInstanceOf(
      InvalidResponseError,
    )
  })

  it('is unsupported on a backend that does not advertise push', async () => {
    server.use(
      http.get('*/api/studio/api/events/status', () =>
        HttpResponse.json({ ...status, capabilities: ['sequence'] }),
      ),
    )
    await expect(createEventsClient().streamEvents({ afterSeq: '0' })).rejects.toMatchObject({
      name: 'UnsupportedError',
    })
  })
})
