/**
 * The peers of issue 12, installed in `bench/alternatives/` from their own lock, each bundled
 * whole (`export * from 'pkg'`: what an app pays to use it) by the same method as ours.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { measureBundle } from './bundleSize.mjs'

/** Each peer and the bundle of ours it is compared with (the closest one in purpose). */
export const PEERS = [
  { name: '@retracedhq/logs-viewer', comparedWith: 'dashboard-initial' },
  { name: '@tremor/react', comparedWith: 'all' },
  { name: '@pangeacyber/react-mui-audit-log-viewer', comparedWith: 'dashboard-initial' },
  { name: 'react-activity-calendar', comparedWith: 'activity-grid' },
]

/** The folder holding the peers' package.json and lock. */
export function alternativesDir(root) {
  return path.join(root, 'bench', 'alternatives')
}

/**
 * @param {string} root The repository folder.
 * @returns {Promise<{ name: string, comparedWith: string, gzip?: number, error?: string }[]>}
 *   No `gzip` (and an `error`) when the peer is not installed or does not build.
 */
export async function measurePeerBundles(root) {
  const dir = alternativesDir(root)
  const results = []
  for (const peer of PEERS) {
    if (!existsSync(path.join(dir, 'node_modules', ...peer.name.split('/'), 'package.json'))) {
      results.push({ ...peer, error: 'not installed (npm ci --prefix bench/alternatives)' })
      continue
    }
    try {
      const size = await measureBundle({
        source: `export * from ${JSON.stringify(peer.name)}`,
        resolveDir: dir,
        esbuildFrom: root,
      })
      // A peer's own lazy chunks count too: it is the whole package.
      results.push({ ...peer, gzip: size.initialGzip + size.lazyGzip })
    } catch (error) {
      results.push({ ...peer, error: String(error?.message ?? error).split('\n')[0] })
    }
  }
  return results
}
