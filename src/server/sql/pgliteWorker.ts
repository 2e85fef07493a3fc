/**
 * PGlite in a worker thread (Node): PGlite runs PostgreSQL as WebAssembly on the thread that
 * calls it, so on the main thread every query blocks the HTTP event loop (issue 11 point 4: 20
 * clients saw a 1 s median event-loop delay and connection resets). Here the database lives in
 * a `worker_threads` Worker and the store talks to it by messages; the event loop only waits for
 * answers, never for the query.
 */
import type { SqlClient } from './sqlClient'

/** The worker: opens PGlite and answers `{ id, text, params }` with `{ id, rows }` or `{ id, error }`. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { PGlite } = require(workerData.module)
const { pg_trgm } = require(workerData.trgm)
const opening = PGlite.create({ dataDir: workerData.dataDir, extensions: { pg_trgm } })
parentPort.on('message', async (message) => {
  try {
    const db = await opening
    if (message.close) {
      await db.close()
      parentPort.postMessage({ id: message.id, rows: [] })
      return
    }
    const result = await db.query(message.text, message.params)
    parentPort.postMessage({ id: message.id, rows: result.rows })
  } catch (error) {
    parentPort.postMessage({
      id: message.id,
      error: { message: String(error && error.message || error), code: error && error.code, name: error && error.name },
    })
  }
})
`

type Pending = { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void }

/** Opens PGlite (in memory, or persisted to `dataDir`) in a worker thread and returns a client for it. */
export async function openPgliteWorker(dataDir?: string): Promise<SqlClient> {
  const [{ Worker }, { createRequire }] = await Promise.all([
    import('node:worker_threads'),
    import('node:module'),
  ])
  const require = createRequire(import.meta.url)
  const module = require.resolve('@electric-sql/pglite')
  const trgm = require.resolve('@electric-sql/pglite/contrib/pg_trgm')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, trgm, dataDir } })
  const pending = new Map<number, Pending>()
  let next = 0
  let failure: Error | undefined
  // Idle, the worker must not keep the process alive; while a query runs, it does.
  worker.unref()
  worker.on(
    'message',
    (message: { id: number; rows?: Record<string, unknown>[]; error?: Record<string, unknown> }) => {
      const entry = pending.get(message.id)
      if (!entry) return
      pending.delete(message.id)
      if (pending.size === 0) worker.unref()
      if (message.error) {
        // The PostgreSQL error code survives, so callers classify the failure as before.
        const error = Object.assign(new Error(String(message.error.message)), { code: message.error.code })
        entry.reject(error)
      } else entry.resolve(message.rows ?? [])
    },
  )
  const failAll = (error: Error) => {
    failure = error
    for (const entry of pending.values()) entry.reject(error)
    pending.clear()
  }
  worker.on('error', failAll)
  worker.on('exit', (code) => failAll(new Error(`The PGlite worker exited (code ${code})`)))

  const send = (message: Record<string, unknown>) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) => {
      if (failure) return reject(failure)
      const id = ++next
      pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ ...message, id })
    })

  await send({ text: 'SELECT 1', params: [] })
  return {
    async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
      return { rows: (await send({ text, params: params ?? [] })) as Row[] }
    },
    async close() {
      await send({ close: true }).catch(() => undefined)
      await worker.terminate()
    },
  }
}
