/**
 * Bundle sizes by the method of issue 12, the same for our code and the peers': esbuild
 * `--bundle --minify` (ESM, browser, es2022), each output file gzipped at level 9, react and
 * react-dom (and their subpaths) external. CSS is left out (not JavaScript a page executes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const ALWAYS_EXTERNAL = ['react', 'react-dom', 'react/*', 'react-dom/*']

/**
 * @typedef {object} BundleSize
 * @property {number} initialGzip Gzipped bytes of the entry chunk and every chunk it imports statically.
 * @property {number} lazyGzip Gzipped bytes of the chunks only reached through `import()`.
 * @property {{ entry: string | undefined, gzip: number }[]} lazyChunks Each of those chunks: the
 *   module its `import()` names (`entry`), or `undefined` for a chunk shared by several of them.
 * @property {number} initialRaw Minified bytes of the initial chunks.
 * @property {{ path: string, bytes: number }[]} topInputs The largest inputs of the initial chunks (minified bytes).
 */

/**
 * Bundles `source` (an ES module's text, resolved from `resolveDir`) with code splitting and
 * measures what a page downloads first and what only later.
 * @param {{ source: string, resolveDir: string, external?: string[], esbuildFrom?: string }} options
 *   `esbuildFrom`: the folder whose `node_modules/esbuild` to use (ours by default, so every
 *   measurement in a run uses the same build of the same version).
 * @returns {Promise<BundleSize>}
 */
export async function measureBundle({ source, resolveDir, external = [], esbuildFrom }) {
  const require = createRequire(path.join(esbuildFrom ?? process.cwd(), 'package.json'))
  const esbuild = require('esbuild')
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'ae-bundle-'))
  const entry = path.join(
    resolveDir,
    `.ae-bundle-entry-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`,
  )
  writeFileSync(entry, source)
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir,
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: [...ALWAYS_EXTERNAL, ...external],
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.css': 'empty' },
    })
    const files = new Map(result.outputFiles.map((file) => [file.path, file]))
    const outputs = result.metafile.outputs
    // The page's entry, not one of the `import()` targets (those are entry points too).
    const entryOut = Object.keys(outputs).find(
      (key) =>
        outputs[key].entryPoint && !key.endsWith('.css') && path.resolve(outputs[key].entryPoint) === entry,
    )
    const initial = new Set()
    const visit = (key) => {
      if (initial.has(key)) return
      initial.add(key)
      for (const dep of outputs[key].imports)
        if (dep.kind === 'import-statement' && !dep.external) visit(dep.path)
    }
    visit(entryOut)
    let initialGzip = 0
    let initialRaw = 0
    let lazyGzip = 0
    const lazyChunks = []
    const inputs = new Map()
    for (const key of Object.keys(outputs)) {
      if (!key.endsWith('.js')) continue
      const file = files.get(path.resolve(key))
      const gz = gzipSync(file.contents, { level: 9 }).length
      if (initial.has(key)) {
        initialGzip += gz
        initialRaw += file.contents.length
        for (const [input, { bytesInOutput }] of Object.entries(outputs[key].inputs)) {
          const name = packageOf(input)
          inputs.set(name, (inputs.get(name) ?? 0) + bytesInOutput)
        }
      } else {
        lazyGzip += gz
        lazyChunks.push({ entry: outputs[key].entryPoint, gzip: gz })
      }
    }
    const topInputs = [...inputs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, bytes]) => ({ path: name, bytes }))
    return { initialGzip, lazyGzip, lazyChunks, initialRaw, topInputs }
  } finally {
    rmSync(entry, { force: true })
    rmSync(outdir, { recursive: true, force: true })
  }
}

/** `node_modules/@scope/name/...` → `@scope/name`; our own files → `(our code)`. */
function packageOf(input) {
  const matches = [...input.replaceAll('\\', '/').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)]
  return matches.length ? matches[matches.length - 1][1] : '(our code)'
}

/** `111,366 B (108.8 KB)`. */
export function formatBytes(bytes) {
  return `${bytes.toLocaleString('en-US')} B`
}
