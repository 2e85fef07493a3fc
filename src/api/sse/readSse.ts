/**
 * Reads an event stream body: bytes decoded as strict UTF-8 (bad bytes are a typed
 * `InvalidResponseError`, not replacement characters in an event), parsed into messages, yielded
 * one by one. Messages completed before a bad byte are yielded first, so nothing already
 * received is lost. An idle timer (no byte for `idleMs`) ends it with a `TimeoutError`.
 */
import { AbortError, InvalidResponseError, NetworkError, TimeoutError } from '../errors'
import { createSseParser, type SseMessage } from './sseParser'
import { scanUtf8 } from './utf8Prefix'

/** One item read: a message, or a comment line (a heartbeat). */
export type SseItem = { kind: 'message'; message: SseMessage } | { kind: 'comment' }

/** Options of {@link readSse}. */
export type ReadSseOptions = {
  /** For error messages. */
  url: string
  /** Aborts the read (the caller's signal). */
  signal?: AbortSignal
  /** No byte for this long ends the read with a `TimeoutError`; may change while reading. */
  idleMs: () => number
}

/** Yields the stream's messages and comments until it ends. */
export async function* readSse(
  body: ReadableStream<Uint8Array>,
  { url, signal, idleMs }: ReadSseOptions,
): AsyncGenerator<SseItem> {
  const reader = body.getReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  // Bytes of a character split across chunks, carried to the next one.
  let carry = new Uint8Array(0)
  const parser = createSseParser()
  let idle: ReturnType<typeof setTimeout> | undefined
  let timedOut = false
  const onAbort = () => void reader.cancel().catch(() => undefined)
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    for (;;) {
      if (signal?.aborted) throw new AbortError(url)
      const limit = idleMs()
      clearTimeout(idle)
      idle = setTimeout(() => {
        timedOut = true
        void reader.cancel().catch(() => undefined)
      }, limit)
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch (error) {
        if (timedOut) throw new TimeoutError(url, limit)
        if (signal?.aborted) throw new AbortError(url)
        throw new NetworkError(url, error)
      }
      // The consumer's time with what was read does not count as the server's silence.
      clearTimeout(idle)
      if (timedOut) throw new TimeoutError(url, limit)
      if (signal?.aborted) throw new AbortError(url)
      if (chunk.done) {
        // An incomplete character at the very end is a bad byte too.
        if (carry.length) throw badBytes()
        return
      }
      const bytes = join(carry, chunk.value)
      const { valid, bad } = scanUtf8(bytes)
      // What came before a bad byte is still read: events already complete are not lost.
      yield* parse(decoder.decode(bytes.subarray(0, valid)))
      if (bad) throw badBytes()
      carry = bytes.slice(valid)
    }
  } finally {
    clearTimeout(idle)
    signal?.removeEventListener('abort', onAbort)
    void reader.cancel().catch(() => undefined)
  }

  function badBytes() {
    return new InvalidResponseError(url, [{ path: '', message: 'The event stream is not valid UTF-8' }])
  }

  function* parse(text: string): Generator<SseItem> {
    const { messages, comments } = parser.push(text)
    for (let i = 0; i < comments; i++) yield { kind: 'comment' }
    for (const message of messages) yield { kind: 'message', message }
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
