/** The listeners behind `EventStore.onInsert`: called after a committed write, never twice per write. */
export type InsertListeners = {
  /** Adds a listener; returns the function that removes it. */
  add(listener: () => void): () => void
  /** Calls every listener (a throwing listener does not stop the others or the write). */
  notify(): void
}

/** Creates an empty listener set. */
export function createInsertListeners(): InsertListeners {
  const listeners = new Set<() => void>()
  return {
    add(listener) {
      // A wrapper, so the same function added twice is removed independently.
      const entry = () => listener()
      listeners.add(entry)
      return () => void listeners.delete(entry)
    },
    notify() {
      for (const listener of [...listeners]) {
        try {
          listener()
        } catch {
          // A listener's failure is its own; the write has already committed.
        }
      }
    },
  }
}
