/**
 * `createStudioQuirks`: a remote control for the phases a real Studio goes through (issue 9),
 * handed to `createEventsHandler({ studioQuirks: control })` or `createStudioHandlers`. Tests use
 * it to put the double into the state the real backend was seen in:
 *
 * - after `restart()`, `/api/events` answers `{ events: [], hasMore: false, total: 0, ready: false }`
 *   (no `nextCursor`) and `/api/events/count` all zeros, while the status still says enabled,
 *   until Studio's ingestion starts again: on the next written event (`readyOn: 'write'`, what
 *   the issue observed) or the next status request (`readyOn: 'status'`, what CONTRACT
 *   section 2 describes);
 * - with `setTableMissing(true)`, Studio's PostgreSQL provider over a missing `auth_events`: an
 *   empty page with `total: null`, `hasMore: false`, `nextCursor: null` and no `ready` key,
 *   zero counts, and the status still `enabled: true`.
 */
import type { EventStore } from '../store'

/** Options of {@link createStudioQuirks}. */
export type StudioQuirksOptions = {
  /**
   * What ends the not-ready phase after {@link StudioQuirksControl.restart}: `'write'` the next
   * event written to the store (a sign-in starting Studio's ingestion), `'status'` the next
   * `GET /api/events/status`.
   * @default 'write'
   */
  readyOn?: 'status' | 'write'
}

/** The phase the double is in. */
export type StudioQuirksPhase = 'ready' | 'restarted' | 'table-missing'

/** Switches a Studio-quirks handler between the phases a real Studio goes through. */
export type StudioQuirksControl = {
  /** Enters the not-ready phase of a freshly restarted Studio (see {@link StudioQuirksOptions.readyOn}). */
  restart(): void
  /** Answers as if the events table did not exist (`true`) or exists again (`false`). */
  setTableMissing(missing: boolean): void
  /** The current phase (a missing table wins over a restart). */
  readonly phase: StudioQuirksPhase
  /** What ends a restart. */
  readonly readyOn: 'status' | 'write'
  /** Called by the handler on each status request. @internal */
  noteStatus(): void
  /** Called by the handler when it starts watching a store for writes. @internal */
  watch(store: EventStore): void
}

const CONTROL = Symbol.for('react-auth-events.studioQuirks')
const watched = new WeakMap<EventStore, Set<() => void>>()

/**
 * Creates a controller. Events written to a watched store (any writer holding the same store
 * object: `store.insert`, `createEventIngestion`) count as "written".
 * @example
 * const studio = createStudioQuirks()
 * server.use(...createStudioHandlers({ store, studioQuirks: studio }))
 * studio.restart() // lists answer ready: false until the next write
 */
export function createStudioQuirks(options: StudioQuirksOptions = {}): StudioQuirksControl {
  const readyOn = options.readyOn ?? 'write'
  let restarted = false
  let tableMissing = false
  const onWrite = () => {
    if (readyOn === 'write') restarted = false
  }
  return {
    [CONTROL]: true,
    restart() {
      restarted = true
    },
    setTableMissing(missing) {
      tableMissing = missing
    },
    get phase(): StudioQuirksPhase {
      if (tableMissing) return 'table-missing'
      return restarted ? 'restarted' : 'ready'
    },
    readyOn,
    noteStatus() {
      if (readyOn === 'status') restarted = false
    },
    watch(store) {
      let listeners = watched.get(store)
      if (!listeners) {
        listeners = new Set()
        watched.set(store, listeners)
        const all = listeners
        const insert = store.insert.bind(store)
        // Patched in place (a test double only) so writes from any holder of the store count.
        store.insert = async (events) => {
          await insert(events)
          if (events.length) for (const listener of all) listener()
        }
      }
      listeners.add(onWrite)
    },
  } as StudioQuirksControl
}

/** Whether `value` is a controller from {@link createStudioQuirks}. */
export function isStudioQuirksControl(value: unknown): value is StudioQuirksControl {
  return typeof value === 'object' && value !== null && CONTROL in value
}
