/**
 * An incremental parser of the Server-Sent Events format (WHATWG HTML, "Interpreting an event
 * stream"), fed text in chunks of any size: a line, a field or a CRLF may be split anywhere.
 * Multi-line `data` is joined with `\n`; comment lines (`:`, heartbeats) are counted, not
 * dispatched; `id` persists across messages like the browser's last event ID.
 */

/** One dispatched message. */
export type SseMessage = {
  /** The `event` field, `message` when absent. */
  event: string
  /** The `data` lines joined with `\n`. */
  data: string
  /** The last event ID at dispatch (persists until an `id` field changes it). */
  id?: string
  /** A `retry` field in this message, in ms. */
  retry?: number
}

/** What one chunk produced. */
export type SseChunkResult = { messages: SseMessage[]; comments: number }

/** The parser's state across chunks. */
export type SseParser = {
  /** Feeds decoded text; returns the messages completed by it. */
  push(text: string): SseChunkResult
  /** The last event ID so far. */
  readonly lastEventId: string | undefined
}

/** Creates a parser for one stream. */
export function createSseParser(): SseParser {
  let buffer = ''
  let started = false
  let lastEventId: string | undefined
  let event = ''
  let data: string[] = []
  let retry: number | undefined

  const line = (text: string, out: SseChunkResult) => {
    if (text === '') {
      if (data.length) {
        out.messages.push({
          event: event || 'message',
          data: data.join('\n'),
          ...(lastEventId === undefined ? {} : { id: lastEventId }),
          ...(retry === undefined ? {} : { retry }),
        })
      }
      event = ''
      data = []
      retry = undefined
      return
    }
    if (text.startsWith(':')) {
      out.comments += 1
      return
    }
    const colon = text.indexOf(':')
    const field = colon === -1 ? text : text.slice(0, colon)
    let value = colon === -1 ? '' : text.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') data.push(value)
    else if (field === 'event') event = value
    else if (field === 'id') {
      if (!value.includes('\0')) lastEventId = value
    } else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value)
    // Other fields are ignored, as the format requires.
  }

  return {
    push(text) {
      const out: SseChunkResult = { messages: [], comments: 0 }
      buffer += text
      if (!started && buffer.length) {
        started = true
        if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1)
      }
      let start = 0
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i]
        if (char !== '\n' && char !== '\r') continue
        // A CR at the very end may be the first half of a CRLF split across chunks.
        if (char === '\r' && i === buffer.length - 1) break
        line(buffer.slice(start, i), out)
        if (char === '\r' && buffer[i + 1] === '\n') i++
        start = i + 1
      }
      buffer = buffer.slice(start)
      return out
    },
    get lastEventId() {
      return lastEventId
    },
  }
}
