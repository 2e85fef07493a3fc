/**
 * Loads the library's `./server` and `./api` entries for a benchmark. By default the current
 * SOURCE is compiled with the project's own tsdown (JS only, no types, about a second) into
 * `node_modules/.cache/react-auth-events-bench`, so a benchmark never needs or touches `dist/`.
 * With `fromDist` the published build (`npm run build`) is imported instead.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * @param {{ root: string, fromDist: boolean, cacheName?: string }} options `root`: the repository
 *   folder; `cacheName`: the cache folder under `node_modules/.cache` (a long benchmark uses its
 *   own, so another benchmark's build cannot clean it away while it runs).
 * @returns {Promise<{ server: Record<string, any>, api: Record<string, any>, origin: string }>}
 */
export async function loadLibrary({ root, fromDist, cacheName = 'react-auth-events-bench' }) {
  if (fromDist) {
    const dist = join(root, 'dist')
    for (const file of ['server.js', 'api.js']) {
      if (!existsSync(join(dist, file)))
        throw new Error(`dist/${file} is missing: run \`npm run build\` first`)
    }
    return { ...(await importBoth(dist, 'js')), origin: 'dist/ (npm run build)' }
  }
  const outDir = join(root, 'node_modules', '.cache', cacheName)
  const { build } = await import('tsdown')
  await build({
    config: false,
    cwd: root,
    entry: { server: 'src/server/index.ts', api: 'src/api/index.ts' },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: true,
    logLevel: 'warn',
  })
  return { ...(await importBoth(outDir, 'mjs')), origin: 'src/ compiled by tsdown (JS only)' }
}

async function importBoth(folder, extension) {
  const load = (name) => import(pathToFileURL(join(folder, `${name}.${extension}`)).href)
  const [server, api] = await Promise.all([load('server'), load('api')])
  return { server, api }
}
