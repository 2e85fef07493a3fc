/**
 * The reference server's push stream (`GET {base}/api/events/stream`, the `push` extension):
 * the list's filters, `afterSeq`, and SSE frames validated like a list answer (each event one by
 * one, so a malformed one is skipped and reported, never breaking the stream).
 */
import * as v from 'valibot'
import type { Transport } from '../../adapter'
import { InvalidResponseError, UnsupportedError } from '../../errors'
import type { AdapterPushStream, AdapterStreamRequest, PushMessage } from '../../pushTypes'
import { readSse } from '../../sse/readSse'
import type { SseMessage } from '../../sse/sseParser'
import { buildStudioListQuery } from './listQuery'
import { normalizeStudioEvents } from './normalizeStudioEvent'

const seq = v.pipe(v.string(), v.regex(/^\d+$/, 'Expected a decimal seq'))
const openSchema = v.object({ heartbeatMs: v.pipe(v.number(), v.minValue(1)) })
const eventsSchema = v.object({ events: v.array(v.unknown()), lastSeq: seq })
const closeSchema = v.object({ reason: v.string(), message: v.optional(v.string()) })
/** Until the server said how often it beats, silence this long ends the stream. */
const OPEN_IDLE_MS = 15_000
/** Heartbeats that may be missed before the connection counts as dead. */
const MISSED_BEATS = 2
const SLACK_MS = 5_000

/** Opens the push stream of the Studio-compatible reference server. */
export async function openStudioPush(
  transport: Transport,
  { filters, afterSeq, capabilities, signal }: AdapterStreamRequest,
): Promise<AdapterPushStream> {
  if (!transport.open) throw new UnsupportedError('push', 'studio')
  const { query, applied } = buildStudioListQuery(filters, capabilities, 1, undefined)
  Object.assign(query, { afterSeq, limit: undefined, offset: undefined, cursor: undefined, sort: undefined })
  const stream = await transport.open({ path: '/api/events/stream', query, signal })
  let idleMs = OPEN_IDLE_MS
  async function* messages(): AsyncGenerator<PushMessage> {
    for await (const item of readSse(stream.body, { url: stream.url, signal, idleMs: () => idleMs })) {
      if (item.kind === 'comment') {
        yield { type: 'heartbeat' }
        continue
      }
      const message = toPushMessage(transport, item.message, stream.url)
      if (!message) continue
      if (message.type === 'open') idleMs = message.heartbeatMs * MISSED_BEATS + SLACK_MS
      yield message
      if (message.type === 'close') return
    }
  }
  return { applied, messages: messages() }
}

function toPushMessage(transport: Transport, message: SseMessage, url: string): PushMessage | undefined {
  let data: unknown
  try {
    data = JSON.parse(message.data)
  } catch {
    throw new InvalidResponseError(url, [{ path: message.event, message: 'The event data is not JSON' }])
  }
  switch (message.event) {
    case 'open':
      return { type: 'open', heartbeatMs: transport.validate(openSchema, data, url).heartbeatMs }
    case 'events': {
      const frame = transport.validate(eventsSchema, data, url)
      const { events, skipped } = normalizeStudioEvents(frame.events)
      return { type: 'events', events, skipped, lastSeq: frame.lastSeq }
    }
    case 'close': {
      const frame = transport.validate(closeSchema, data, url)
      return { type: 'close', reason: frame.reason, ...(frame.message ? { message: frame.message } : {}) }
    }
    default:
      // Event types this client does not know are ignored (a newer server may add some).
      return undefined
  }
}
