#!/usr/bin/env node
// Regenerates the visual regression baselines (test/browser/__visual__/*.png) from scratch, then
// proves them: a second, ordinary run must pass against what the first wrote (same seed, same
// frozen clock, same Chromium: the pictures do not depend on the run).
//
//   npm run test:visual:update
//
// All baselines are written anew rather than only those past the tolerance, so small changes do
// not pile up unseen in an old baseline. Review the PNGs (git diff shows which changed) and commit
// them. Chromium here is Debian's /usr/bin/chromium (CHROMIUM_PATH overrides): fonts and
// anti-aliasing differ between machines, so regenerate on the machine that runs the check.
import { spawnSync } from 'node:child_process'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const baselines = path.join(repo, 'test', 'browser', '__visual__')
const reports = path.join(repo, 'reports', 'visual')

function vitest(...extra) {
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'visual', ...extra], {
    cwd: repo,
    stdio: 'inherit',
  })
  return result.status ?? 1
}

const pngs = async () => (await readdir(baselines).catch(() => [])).filter((file) => file.endsWith('.png'))

for (const file of await pngs()) await rm(path.join(baselines, file))
await rm(reports, { recursive: true, force: true })

console.log('::: writing the baselines (vitest --update)')
if (vitest('--update') !== 0) {
  console.error('The update run failed; the baselines may be incomplete.')
  process.exit(1)
}
console.log('::: checking them with an ordinary run')
if (vitest() !== 0) {
  console.error(`The check failed right after the update: something on the page is not deterministic.
The actual and diff images are in ${path.relative(repo, reports)}/.`)
  process.exit(1)
}
for (const file of await pngs()) {
  const { size } = await stat(path.join(baselines, file))
  console.log(`  ${path.relative(repo, path.join(baselines, file))}  ${(size / 1024).toFixed(0)} KB`)
}
console.log('Baselines written and checked. Review them (git status / git diff --stat) and commit.')
