/**
 * Server-Sent Events frames as the push route writes them (the WHATWG "event stream" format).
 * Every `data` is one line of JSON (JSON.stringify never emits a raw newline), so a frame is
 * always complete and a client can parse it however the bytes are split.
 */
const encoder = new TextEncoder()

/** The reasons a server ends a push stream by itself (the `close` event's `reason`). */
export type PushCloseReason = 'shutdown' | 'slow-client' | 'error'

/** The first frame: the reconnect delay, and the heartbeat period so the client can time out. */
export function openFrame(heartbeatMs: number, retryMs: number): Uint8Array {
  return encoder.encode(`retry: ${retryMs}\nevent: open\ndata: ${JSON.stringify({ heartbeatMs })}\n\n`)
}

/** New events, with the seq to resume after as the frame's id (`Last-Event-ID` on reconnect). */
export function eventsFrame(lastSeq: string, body: { events: unknown[]; lastSeq: string }): Uint8Array {
  return encoder.encode(`id: ${lastSeq}\nevent: events\ndata: ${JSON.stringify(body)}\n\n`)
}

/** A heartbeat: a comment line, ignored by every SSE parser, that keeps proxies from closing the connection. */
export const HEARTBEAT_FRAME = encoder.encode(': heartbeat\n\n')

/** The last frame before the server closes the stream, saying why. */
export function closeFrame(reason: PushCloseReason, message: string): Uint8Array {
  return encoder.encode(`event: close\ndata: ${JSON.stringify({ reason, message })}\n\n`)
}
