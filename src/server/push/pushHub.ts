/**
 * One wake-up source for every push connection of a handler. It wakes them when this process
 * writes (the store's `onInsert`) and when a cheap poll of `headSeq` sees the head move (rows
 * from another process: a second ingestion instance, a foreign writer). It runs only while a
 * connection is open, so an idle server does no work; the poll is one query for all connections.
 */
import type { EventStore } from '../store'

/** Options of {@link createPushHub}. */
export type PushHubOptions = {
  store: EventStore
  /** How often the head is polled while a connection is open. */
  pollMs: number
}

/** The hub: connections subscribe a wake-up callback. */
export type PushHub = {
  /** Adds a connection; returns the function that removes it. */
  subscribe(wake: () => void): () => void
  /** Open connections. */
  readonly size: number
}

/** Creates the hub of one handler. */
export function createPushHub({ store, pollMs }: PushHubOptions): PushHub {
  const connections = new Set<() => void>()
  let timer: ReturnType<typeof setInterval> | undefined
  let stopListening: (() => void) | undefined
  let head: string | null | undefined
  let polling = false

  const wakeAll = () => {
    for (const wake of [...connections]) wake()
  }

  const poll = async () => {
    if (polling) return
    polling = true
    try {
      const next = await store.headSeq?.()
      if (next !== undefined && next !== head) {
        head = next
        // Also on the first read: a row committed between a connection's first read and this
        // baseline would otherwise wait for the next change. A needless wake costs one read.
        wakeAll()
      }
    } catch {
      // A store that is away now is polled again; each connection reports its own read errors.
    } finally {
      polling = false
    }
  }

  const start = () => {
    stopListening = store.onInsert?.(wakeAll)
    timer = setInterval(() => void poll(), pollMs)
    // A server with only idle push connections may still exit.
    ;(timer as { unref?: () => void }).unref?.()
    void poll()
  }

  const stop = () => {
    clearInterval(timer)
    timer = undefined
    stopListening?.()
    stopListening = undefined
    head = undefined
  }

  return {
    subscribe(wake) {
      const entry = () => wake()
      connections.add(entry)
      if (connections.size === 1) start()
      return () => {
        connections.delete(entry)
        if (connections.size === 0) stop()
      }
    },
    get size() {
      return connections.size
    },
  }
}
