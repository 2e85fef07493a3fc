#!/usr/bin/env node
// Checks the packed tarball, as a consumer gets it:
//  - every export path resolves to a file in the tarball;
//  - no declaration (or code) of a dependency is copied into dist;
//  - 'use client' is on the hook and component modules and absent from ./api, ./server, ./msw;
//  - ./api and ./server pull in no React, ./server no msw;
//  - importing a hook (from "." or "./hooks") pulls in no chart, dialog, table or virtualizer code;
//  - the dashboard's first chunk has no Radix Dialog or Popover and no chart (lazy chunks);
//  - ./mocks and ./msw bundle for the browser with no Node built-in (prints ./mocks' gzip size).
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readFileSync,
  existsSync,
  readdirSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const work = mkdtempSync(path.join(tmpdir(), 'rae-pack-'))
const out = execFileSync('npm', ['pack', '--pack-destination', work, '--json'], {
  cwd: root,
  encoding: 'utf8',
})
const tarball = path.join(work, JSON.parse(out)[0].filename)
const consumer = path.join(work, 'consumer')
const pkgDir = path.join(consumer, 'node_modules', 'react-auth-events')
mkdirSync(pkgDir, { recursive: true })
execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'])
// The consumer sees our installed dependencies and peers.
for (const entry of readdirSync(path.join(root, 'node_modules'))) {
  if (entry === '.bin' || entry === 'react-auth-events') continue
  symlinkSync(path.join(root, 'node_modules', entry), path.join(consumer, 'node_modules', entry))
}

const problems = []
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'))
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const leaves = (t) => (typeof t === 'string' ? [t] : Object.values(t).flatMap(leaves))
  const files = leaves(target)
  for (const file of files)
    if (!existsSync(path.join(pkgDir, file))) problems.push(`${subpath}: missing ${file}`)
}

const dist = path.join(pkgDir, 'dist')
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  )
const jsFiles = walk(dist).filter((f) => /\.(c?js)$/.test(f))
// Nothing of node_modules may be copied into dist: the app's own react-query (and every other
// dependency) must provide the types, or its QueryClient never matches ours (issue 10).
if (existsSync(path.join(dist, 'node_modules'))) problems.push('dist/node_modules is in the tarball')
for (const file of walk(dist).filter((f) => /\.d\.c?ts$/.test(f))) {
  if (/^\/\/#region .*node_modules\//m.test(readFileSync(file, 'utf8')))
    problems.push(`${path.relative(dist, file)} inlines declarations from node_modules`)
}
const hasDirective = (file) => /^\s*(['"])use client\1/.test(readFileSync(file, 'utf8'))
for (const file of jsFiles) {
  const rel = path.relative(dist, file)
  const serverSide =
    /^(api|server|msw|mocks)[./]/.test(rel) || rel.startsWith('api/') || rel.startsWith('server/')
  if (serverSide && hasDirective(file)) problems.push(`'use client' must not be in ${rel}`)
}
const clientModules = jsFiles.filter((f) => /^(components|hooks)\//.test(path.relative(dist, f)))
const withDirective = clientModules.filter(hasDirective)
if (clientModules.length && withDirective.length === 0)
  problems.push("no hook or component module keeps 'use client'")
for (const file of clientModules) {
  const src = readFileSync(file, 'utf8')
  if (
    /from ['"]react['"]|require\(['"]react['"]\)/.test(src) &&
    !hasDirective(file) &&
    !/queryOptions|keys/.test(file)
  ) {
    problems.push(`${path.relative(dist, file)} imports React but has no 'use client'`)
  }
}

/**
 * What a page that imports `code` downloads first, split as a consumer's bundler splits it: the
 * entry chunk and what it imports statically (`inputs`), apart from the chunks only an `import()`
 * reaches (`lazyInputs`). esbuild, as in bench/lib/bundleSize.mjs.
 */
async function inputsOf(code) {
  const entry = path.join(consumer, `entry-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(entry, code)
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: path.join(work, 'out'),
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
    external: ['react', 'react-dom', '@tanstack/react-query', 'react/jsx-runtime'],
  })
  const outputs = result.metafile.outputs
  const main = Object.keys(outputs).find(
    (key) => outputs[key].entryPoint && path.resolve(outputs[key].entryPoint) === entry,
  )
  const initial = new Set()
  const visit = (key) => {
    if (initial.has(key)) return
    initial.add(key)
    for (const dep of outputs[key].imports)
      if (dep.kind === 'import-statement' && !dep.external) visit(dep.path)
  }
  visit(main)
  const used = (keys) =>
    keys.flatMap((key) =>
      Object.entries(outputs[key].inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([name]) => name),
    )
  const keys = Object.keys(outputs).filter((key) => key.endsWith('.js'))
  const bytes = keys
    .filter((key) => initial.has(key))
    .reduce(
      (sum, key) => sum + result.outputFiles.find((f) => f.path === path.resolve(key)).contents.length,
      0,
    )
  return {
    inputs: used(keys.filter((key) => initial.has(key))),
    lazyInputs: used(keys.filter((key) => !initial.has(key))),
    bytes,
  }
}
const heavy =
  /node_modules\/(recharts|radix-ui|@radix-ui|@floating-ui|@tanstack\/react-table|@tanstack\/react-virtual|victory-vendor|bowser)\/|EventsChart/
for (const [label, code] of [
  ['root entry, hook only', "export { useEvents } from 'react-auth-events'"],
  ['./hooks, hook only', "export { useEvents } from 'react-auth-events/hooks'"],
]) {
  const { inputs, bytes } = await inputsOf(code)
  const pulled = inputs.filter((i) => heavy.test(i))
  if (pulled.length) problems.push(`${label} pulls in ${pulled.slice(0, 5).join(', ')}`)
  console.log(`${label}: ${bytes} B minified first, ${inputs.length} contributing files`)
}
// The dashboard's first download has no Radix Dialog or Popover (with floating-ui) and no chart:
// those come in their own chunks, on first need (issue 12).
{
  const lazyOnly = /node_modules\/(@radix-ui\/react-(dialog|popover)|@floating-ui\/dom)\/|EventsChart/
  const { inputs, lazyInputs, bytes } = await inputsOf("export { EventsDashboard } from 'react-auth-events'")
  const pulled = inputs.filter((i) => lazyOnly.test(i))
  if (pulled.length) problems.push(`EventsDashboard's first chunk pulls in ${pulled.slice(0, 5).join(', ')}`)
  for (const part of [
    '@radix-ui/react-dialog/',
    '@radix-ui/react-popover/',
    '@floating-ui/dom/',
    'EventsChart',
  ])
    if (!lazyInputs.some((i) => i.includes(part))) problems.push(`EventsDashboard loads no lazy ${part}`)
  console.log(`EventsDashboard: ${bytes} B minified first; dialog, popover and chart in lazy chunks`)
}
for (const [label, code] of [
  ['./api', "export * from 'react-auth-events/api'"],
  ['./server', "export * from 'react-auth-events/server'"],
]) {
  const result = await build({
    stdin: { contents: code, resolveDir: consumer, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
    external: ['pg', '@electric-sql/pglite', 'node:*'],
  })
  const inputs = Object.keys(result.metafile.inputs)
  const forbidden = inputs.filter((i) =>
    /node_modules\/(react|react-dom|msw|@tanstack\/react-query)\//.test(i),
  )
  if (forbidden.length) problems.push(`${label} pulls in ${forbidden.slice(0, 5).join(', ')}`)
  else console.log(`${label}: no React${label === './server' ? ', no msw' : ''}`)
}

// What a browser's "no backend" mode imports: no Node built-in anywhere in the graph (esbuild's
// browser platform fails to resolve `node:*`, `fs`...). msw is the app's own install.
for (const subpath of ['mocks', 'msw']) {
  try {
    const result = await build({
      stdin: { contents: `export * from 'react-auth-events/${subpath}'`, resolveDir: consumer, loader: 'js' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      logLevel: 'silent',
      external: ['msw'],
    })
    const code = result.outputFiles[0].contents
    const node = Object.keys(result.metafile.inputs).filter((i) =>
      /^node:|\/server\/(sql|adapters)\//.test(i),
    )
    if (node.length) problems.push(`./${subpath} pulls in ${node.slice(0, 5).join(', ')}`)
    else
      console.log(
        `./${subpath}: browser-safe, ${code.length} B minified, ${gzipSync(code).length} B gzip (msw excluded)`,
      )
  } catch (error) {
    const texts = (error.errors ?? [{ text: String(error) }]).map(
      (e) => `${e.text} (${e.location?.file ?? ''})`,
    )
    problems.push(`./${subpath} does not bundle for the browser: ${texts.slice(0, 5).join('; ')}`)
  }
}

if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`package ok: ${jsFiles.length} JS files, ${withDirective.length} keep 'use client'`)
