/**
 * The bundles of ours that issue 12 measures, built from `src/` (what a consumer's bundler sees
 * of the published files, one module per source file), by the method of `bundleSize.mjs`.
 */
import path from 'node:path'
import { measureBundle } from './bundleSize.mjs'

const QUERY_EXTERNAL = ['@tanstack/react-query', '@tanstack/query-core']

/**
 * @typedef {object} OurBundle
 * @property {string} key Stable id, used by the budgets and the comparison.
 * @property {string} name What was imported.
 * @property {number} gzip Gzipped bytes counted for this figure.
 * @property {{ path: string, bytes: number }[]} topInputs
 */

/** Gzipped bytes of the lazy chunks whose `import()` target matches `pattern` (shared ones: `null`). */
function lazyOf(size, pattern) {
  return size.lazyChunks
    .filter((chunk) => (pattern === null ? chunk.entry === undefined : pattern.test(chunk.entry ?? '')))
    .reduce((sum, chunk) => sum + chunk.gzip, 0)
}

/**
 * @param {string} root The repository folder.
 * @returns {Promise<OurBundle[]>}
 */
export async function measureOurBundles(root) {
  const from = (entry) => JSON.stringify(path.join(root, entry))
  const index = from('src/index.ts')
  const hooks = from('src/hooks/index.ts')
  const build = (source, external) => measureBundle({ source, resolveDir: root, external, esbuildFrom: root })

  const dashboard = await build(`export { EventsDashboard } from ${index}`)
  const everything = await build(`export * from ${index}`)
  const hooksBundled = await build(`export * from ${hooks}`)
  const hooksExternal = await build(`export * from ${hooks}`, QUERY_EXTERNAL)
  const list = await build(`export { EventList } from ${index}`)
  const grid = await build(`export { ActivityGrid } from ${index}`)
  const hookFromRoot = await build(`export { useEvents } from ${index}`)
  // The chart's chunk, and the Radix dialog's and popover's (with the chunk those two share).
  const chart = /EventsChart/
  const notChart = (size) => size.lazyGzip - lazyOf(size, chart)
  return [
    {
      key: 'dashboard-initial',
      name: 'EventsDashboard, initial chunk',
      gzip: dashboard.initialGzip,
      topInputs: dashboard.topInputs,
    },
    {
      key: 'dashboard-chart',
      name: 'EventsDashboard, lazily loaded chart chunk',
      gzip: lazyOf(dashboard, chart),
      topInputs: [],
    },
    {
      key: 'dashboard-radix',
      name: 'EventsDashboard, lazily loaded Radix Dialog and Popover chunks',
      gzip: notChart(dashboard),
      topInputs: [],
    },
    {
      key: 'all-but-chart',
      name: 'Everything (`*`), initial chunk (all but the lazy chunks)',
      gzip: everything.initialGzip,
      topInputs: everything.topInputs,
    },
    {
      key: 'all-but-chart-total',
      name: 'Everything (`*`) but the chart: initial chunk and the Radix chunks',
      gzip: everything.initialGzip + notChart(everything),
      topInputs: [],
    },
    {
      key: 'all',
      name: 'Everything (`*`), every chunk',
      gzip: everything.initialGzip + everything.lazyGzip,
      topInputs: [],
    },
    {
      key: 'hooks',
      name: '`./hooks` (`*`), react-query bundled',
      gzip: hooksBundled.initialGzip,
      topInputs: hooksBundled.topInputs,
    },
    {
      key: 'hooks-external',
      name: '`./hooks` (`*`), react-query external',
      gzip: hooksExternal.initialGzip,
      topInputs: hooksExternal.topInputs,
    },
    {
      key: 'root-hook',
      name: '`useEvents` from the root',
      gzip: hookFromRoot.initialGzip,
      topInputs: hookFromRoot.topInputs,
    },
    {
      key: 'event-list',
      name: 'EventList, initial chunk',
      gzip: list.initialGzip,
      topInputs: list.topInputs,
    },
    { key: 'activity-grid', name: 'ActivityGrid', gzip: grid.initialGzip, topInputs: grid.topInputs },
  ]
}
