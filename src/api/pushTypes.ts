/** What a push stream (the `push` extension) yields, in the adapter and on the client. */
import type { AdapterCapabilities, AuthEvent, EventFilters, SkippedEvent } from './types'

/** One item of a push stream. */
export type PushMessage =
  /** The server accepted the stream; it sends a heartbeat every `heartbeatMs`. */
  | {
      /** Which item this is. */
      type: 'open'
      /** Milliseconds between the server's heartbeats. */
      heartbeatMs: number
    }
  /** New events in commit order, oldest first; resume after `lastSeq`. */
  | {
      /** Which item this is. */
      type: 'events'
      /** The new events that passed validation, oldest first. */
      events: AuthEvent[]
      /** Events of this frame that failed validation, with the reason. */
      skipped: SkippedEvent[]
      /** The seq of this frame's last event: a reconnect resumes after it. */
      lastSeq: string
    }
  /** A heartbeat (a comment line): the connection is alive. */
  | {
      /** Which item this is. */
      type: 'heartbeat'
    }
  /** The server ended the stream and said why; the last item. */
  | {
      /** Which item this is. */
      type: 'close'
      /** Why: `shutdown`, `slow-client` or `error`. */
      reason: string
      /** The server's own words, when it gave any. */
      message?: string
    }

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
