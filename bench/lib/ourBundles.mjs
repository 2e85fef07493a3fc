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
 * @property {number} [lazyGzip] Gzipped bytes only loaded later (the chart).
 * @property {{ path: string, bytes: number }[]} topInputs
 */

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
  return [
    {
      key: 'dashboard-initial',
      name: 'EventsDashboard, initial chunk',
      gzip: dashboard.initialGzip,
      lazyGzip: dashboard.lazyGzip,
      topInputs: dashboard.topInputs,
    },
    {
      key: 'dashboard-chart',
      name: 'EventsDashboard, lazily loaded chart chunk',
      gzip: dashboard.lazyGzip,
      topInputs: [],
    },
    {
      key: 'all-but-chart',
      name: 'Everything (`*`) but the lazy chart',
      gzip: everything.initialGzip,
      topInputs: everything.topInputs,
    },
    {
      key: 'all',
      name: 'Everything (`*`), chart included',
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
    { key: 'event-list', name: 'EventList', gzip: list.initialGzip, topInputs: list.topInputs },
    { key: 'activity-grid', name: 'ActivityGrid', gzip: grid.initialGzip, topInputs: grid.topInputs },
  ]
}
