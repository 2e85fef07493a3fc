/**
 * Timing helpers shared by the benchmarks: repeat an async step after warm-ups and summarise the
 * samples as median and p95 (nearest rank), in milliseconds.
 */

/**
 * @typedef {object} Timing
 * @property {number} median Median in ms (mean of the two middle samples for an even count).
 * @property {number} p95 95th percentile in ms, nearest rank (with 20 runs: the 19th fastest).
 * @property {number} min Fastest sample in ms.
 * @property {number} max Slowest sample in ms.
 * @property {number} runs Number of timed samples.
 */

/**
 * Runs `step` `warmup` times untimed, then `runs` times timed, one after another.
 * @param {() => Promise<unknown>} step
 * @param {{ warmup: number, runs: number }} options
 * @returns {Promise<Timing>}
 */
export async function timeRepeated(step, { warmup, runs }) {
  for (let i = 0; i < warmup; i += 1) await step()
  const samples = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    await step()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}

/**
 * Times one async step once.
 * @template T
 * @param {() => Promise<T>} step
 * @returns {Promise<{ ms: number, value: T }>}
 */
export async function timeOnce(step) {
  const start = performance.now()
  const value = await step()
  return { ms: performance.now() - start, value }
}

/**
 * Median, p95 (nearest rank), min and max of samples in ms.
 * @param {number[]} samples At least one sample.
 * @returns {Timing}
 */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const n = sorted.length
  const middle = Math.floor(n / 2)
  const median = n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * n) - 1)]
  return { median, p95, min: sorted[0], max: sorted[n - 1], runs: n }
}

/**
 * A duration for a table: two decimals under 10 ms, one under 100 ms, whole above.
 * @param {number} ms
 */
export function formatMs(ms) {
  if (ms < 10) return ms.toFixed(2)
  if (ms < 100) return ms.toFixed(1)
  return Math.round(ms).toLocaleString('en-US')
}

/**
 * A byte count in MiB with one decimal.
 * @param {number} bytes
 */
export function formatMiB(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

/**
 * A heap measurement after a full garbage collection. Node only exposes `gc` with
 * `--expose-gc`; the flag is switched on at run time when it was not given.
 * @returns {Promise<number>} `process.memoryUsage().heapUsed` in bytes.
 */
export async function settledHeapUsed() {
  const gc = await collector()
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

let cachedGc
async function collector() {
  if (cachedGc) return cachedGc
  if (typeof globalThis.gc === 'function') return (cachedGc = globalThis.gc)
  const { setFlagsFromString } = await import('node:v8')
  const { runInNewContext } = await import('node:vm')
  setFlagsFromString('--expose-gc')
  cachedGc = runInNewContext('gc')
  return cachedGc
}
