/**
 * PGlite runs one query at a time, in arrival order. The dashboard asks for the counts, the
 * year of activity and the first list page at the same moment, in that order, so the cheapest
 * answer (the page people wait for) used to queue behind the most expensive one. This wrapper
 * puts the store's calls in one lane of its own, by priority: list pages, the readiness check and
 * writes first (in arrival order), counts next, then the activity. An aggregate waits a moment
 * when the lane is idle, so a list page sent in the same burst overtakes it; a call already
 * running is never interrupted.
 *
 * Only for a store that serialises anyway (PGlite): on PostgreSQL it would give up parallelism.
 */

// Writes keep their place among the list reads (arrival order), so a live poll never misses a
// row written before it; only the aggregates step aside.
const PRIORITY = {
  ready: 0,
  headSeq: 0,
  list: 0,
  insert: 0,
  deleteOlderThan: 0,
  count: 1,
  activity: 2,
}

/**
 * @template {object} Store
 * @param {Store} store An EventStore.
 * @param {{ graceMs?: number }} [options] `graceMs`: how long the lane waits before starting a
 *   call that is not a list page. PGlite's queries run on the main thread, so requests that
 *   arrive during one are only read once it ends: the pause lets them queue. @default 40
 * @returns {Store}
 */
export function listFirstStore(store, { graceMs = 40 } = {}) {
  /** @type {{ priority: number, order: number, run: () => void }[]} */
  const queue = []
  let running = false
  let order = 0
  let timer

  const dispatch = () => {
    clearTimeout(timer)
    timer = undefined
    if (running || queue.length === 0) return
    queue.sort((a, b) => a.priority - b.priority || a.order - b.order)
    running = true
    queue.shift().run()
  }
  const next = () => {
    if (running || queue.length === 0) return
    if (queue.some((task) => task.priority === 0)) dispatch()
    else timer ??= setTimeout(dispatch, graceMs)
  }
  const enqueue = (method, args) =>
    new Promise((resolve, reject) => {
      queue.push({
        priority: PRIORITY[method],
        order: (order += 1),
        run: () => {
          Promise.resolve()
            .then(() => store[method](...args))
            .then(resolve, reject)
            .finally(() => {
              running = false
              next()
            })
        },
      })
      next()
    })

  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (Object.hasOwn(PRIORITY, property)) return (...args) => enqueue(property, args)
      return value.bind(target)
    },
  })
}
