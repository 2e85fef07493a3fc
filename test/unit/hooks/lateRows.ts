/**
 * Rows that become visible after their own timestamp, as on a real Studio under concurrent
 * sign-ins (one row 446 ms late, after newer rows were visible) or with several app instances
 * writing: each event is inserted into the store only once its `visibleAt` has passed.
 */
import type { MemoryEventStore } from '../../../src/server/memoryStore'
import type { StoredEvent } from '../../../src/server/wire'
import { advance } from './streamTestUtils'
import { storedEvent } from './hookTestUtils'

/** An event and when it becomes visible (ms). */
export type LateRow = { event: StoredEvent; visibleAt: number }

/** Lateness per write, cycled: mostly on time, some up to 1.5 s late, one 446 ms (measured on Studio). */
const LATENESS_MS = [0, 446, 120, 900, 30, 1500, 250, 0, 60, 700]

/**
 * `writers` concurrent writers, each writing `perWriter` events `every` ms apart from `start`
 * (writers offset from each other), each event made visible after a lateness from a fixed table.
 */
export function concurrentWriters({
  start,
  writers = 4,
  perWriter = 20,
  every = 600,
}: {
  start: number
  writers?: number
  perWriter?: number
  every?: number
}): LateRow[] {
  const rows: LateRow[] = []
  for (let writer = 0; writer < writers; writer += 1) {
    for (let i = 0; i < perWriter; i += 1) {
      const time = start + i * every + writer * 150
      const late = LATENESS_MS[(writer * 7 + i) % LATENESS_MS.length]!
      const status = (writer + i) % 5 === 0 ? 'failed' : 'success'
      const event = storedEvent(time, { userId: `user-${writer}`, status })
      rows.push({ event, visibleAt: time + late })
    }
  }
  return rows
}

/** Lets fake time run in small steps, inserting each row once it is visible, then `settleMs` more. */
export async function playRows(store: MemoryEventStore, rows: LateRow[], settleMs = 8000, step = 50) {
  const pending = [...rows].sort((a, b) => a.visibleAt - b.visibleAt)
  const end = Math.max(...rows.map((row) => row.visibleAt)) + settleMs
  while (Date.now() < end) {
    const due: StoredEvent[] = []
    while (pending.length && pending[0]!.visibleAt <= Date.now()) due.push(pending.shift()!.event)
    if (due.length) await store.insert(due)
    await advance(step)
  }
}
