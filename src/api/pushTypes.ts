/** What a push stream (the `push` extension) yields, in the adapter and on the client. */
import type { AdapterCapabilities, AuthEvent, EventFilters, SkippedEvent } from './types'

/** One item of a push stream. */
export type PushMessage =
  /** The server accepted the stream; it sends a heartbeat every `heartbeatMs`. */
  | { type: 'open'; heartbeatMs: number }
  /** New events in commit order, oldest first; resume after `lastSeq`. */
  | { type: 'events'; events: AuthEvent[]; skipped: SkippedEvent[]; lastSeq: string }
  /** A heartbeat (a comment line): the connection is alive. */
  | { type: 'heartbeat' }
  /** The server ended the stream and said why (`shutdown`, `slow-client`, `error`); the last item. */
  | { type: 'close'; reason: string; message?: string }

/** What an adapter is asked to stream. */
export type AdapterStreamRequest = {
  /** The full filters; the adapter sends what its backend can do and reports it in `applied`. */
  filters: EventFilters
  /** Events committed after this seq. */
  afterSeq: string
  /** What the backend can do. */
  capabilities: AdapterCapabilities
  /** Ends the stream. */
  signal?: AbortSignal
}

/** An adapter's push stream: the filter fields the server applies, and the items. */
export type AdapterPushStream = {
  /** Filter fields the server applied; the client applies the rest. */
  applied: (keyof EventFilters)[]
  /** The items, until the server closes (after a `close` item) or an error is thrown. */
  messages: AsyncIterable<PushMessage>
}
