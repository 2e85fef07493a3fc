#!/usr/bin/env node
// The registry here lacks some platform packages; `npm install` then silently leaves those
// optional dependencies out of the lock and `npm ci` fails. This lists every such entry.
// Usage: node scripts/check-lock-optional.mjs [path/to/package-lock.json] (default: the root's).
import { readFileSync } from 'node:fs'

const lockPath = process.argv[2] ?? new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
const packages = lock.packages ?? {}
const missing = []
for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`
    const hoisted = `node_modules/${name}`
    if (!packages[base] && !packages[hoisted]) missing.push(`${path || '(root)'} -> ${name}`)
  }
}
if (missing.length) {
  console.error(
    `${process.argv[2] ?? 'package-lock.json'} lacks ${missing.length} optional dependencies (npm ci would fail):`,
  )
  for (const line of missing) console.error(`  ${line}`)
  process.exit(1)
}
console.log('lock ok: every optional dependency is recorded')
