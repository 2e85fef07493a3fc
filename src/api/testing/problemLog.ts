/**
 * Collects what a conformance run finds. The same mistake usually repeats on every event of every
 * page, so problems are grouped by a key and reported once with a count: a report stays readable.
 */

/** A grouped list of problems plus notes about what could not be checked. */
export type ProblemLog = {
  /** Records a problem; later ones with the same `key` only raise its count. */
  problem(key: string, message: string): void
  /** Records something that was not checked (and why). Notes never fail a run. */
  note(message: string): void
  /** Problems, one line per key, in the order first seen. */
  problems(): string[]
  notes(): string[]
}

/** Creates an empty log. */
export function createProblemLog(): ProblemLog {
  const grouped = new Map<string, { message: string; count: number }>()
  const notes: string[] = []
  return {
    problem(key, message) {
      const seen = grouped.get(key)
      if (seen) seen.count += 1
      else grouped.set(key, { message, count: 1 })
    },
    note(message) {
      if (!notes.includes(message)) notes.push(message)
    },
    problems: () =>
      [...grouped.values()].map(({ message, count }) =>
        count > 1 ? `${message} (and ${count - 1} more like it)` : message,
      ),
    notes: () => [...notes],
  }
}

/** A short, readable form of an error for a problem line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
