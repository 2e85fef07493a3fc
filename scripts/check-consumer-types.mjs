#!/usr/bin/env node
// The type test over the PACKED tarball, as an app gets it: test/consumer is a tiny app with its
// own lock (react, react-query 5.108.0, msw, TypeScript 5.9 and 6.0). It installs the tarball
// with `npm install --no-save` (a lock pinning the tarball's integrity would break on every
// library change) and compiles the README's snippets with `skipLibCheck: false`:
//   TypeScript 5.9 and 6.0 × moduleResolution bundler and node16 × browser and server files.
// The browser files compile without @types/node (checked in the program's file list), and no
// declaration may come from a copy of a dependency inside our dist.
// Then runs test/consumer/missing-peers.mjs: without PGlite or pg, the SQL stores must say which
// package to install.
// Run after `npm run build`. Usage: node scripts/check-consumer-types.mjs [--no-pack <tgz>]
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const source = path.join(root, 'test/consumer')
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
const started = Date.now()

const given = process.argv.indexOf('--no-pack')
let tarball
if (given > 0) tarball = path.resolve(process.argv[given + 1])
else {
  const work = mkdtempSync(path.join(tmpdir(), 'rae-types-'))
  const packed = JSON.parse(npm(['pack', '--pack-destination', work, '--json', '--loglevel=error'], root))
  tarball = path.join(work, packed[0].filename)
}
console.log(`tarball: ${path.basename(tarball)}, ${statSync(tarball).size} B`)

// A copy outside the repository: inside it, Node and TypeScript would also find the root
// node_modules (PGlite, pg, every dev dependency) and the check would prove less.
const app = mkdtempSync(path.join(tmpdir(), 'rae-consumer-'))
cpSync(source, app, { recursive: true, filter: (from) => !from.includes(`${path.sep}node_modules`) })
npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], app)
npm(['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], app)
console.log(`consumer app in ${app}`)

const compilers = [
  ['5.9', 'node_modules/typescript-5.9/bin/tsc'],
  ['6.0', 'node_modules/typescript/bin/tsc'],
]
const resolutions = [
  ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
  ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
]
const projects = ['browser', 'server']
const runs = compilers.flatMap(([ts, bin]) =>
  resolutions.flatMap(([resolution, flags]) =>
    projects.map((project) => ({ ts, bin, resolution, flags, project })),
  ),
)

const run = promisify(execFile)
const failures = []
async function check({ ts, bin, resolution, flags, project }) {
  const label = `TS ${ts}, ${resolution}, ${project}`
  let stdout
  let failed = false
  try {
    ;({ stdout } = await run(
      process.execPath,
      [bin, '-p', `tsconfig.${project}.json`, ...flags, '--listFiles'],
      {
        cwd: app,
        maxBuffer: 64 * 1024 * 1024,
      },
    ))
  } catch (error) {
    stdout = error.stdout ?? String(error)
    failed = true
  }
  const lines = stdout.split('\n').filter(Boolean)
  const files = lines.filter((line) => path.isAbsolute(line))
  const diagnostics = lines.filter((line) => !path.isAbsolute(line))
  const problems = [...diagnostics]
  if (failed && !diagnostics.length) problems.push('tsc failed without a diagnostic')
  const outside = files.filter((f) => !f.startsWith(app))
  if (outside.length) problems.push(`read from outside the app: ${outside.slice(0, 3).join(', ')}`)
  const ours = files.filter((f) => f.includes('/node_modules/react-auth-events/'))
  if (!ours.length) problems.push('no declaration of react-auth-events was read')
  const inlined = ours.filter((f) => f.includes('/react-auth-events/dist/node_modules/'))
  if (inlined.length) problems.push(`declarations inlined into dist: ${inlined.slice(0, 3).join(', ')}`)
  const nodeTypes = files.filter((f) => f.includes('/node_modules/@types/node/'))
  if (project === 'browser' && nodeTypes.length)
    problems.push(`browser files pulled in @types/node (${nodeTypes.length} files)`)
  if (project === 'server' && !nodeTypes.length) problems.push('server files compiled without @types/node?')
  if (problems.length) failures.push(`${label}:\n    ${problems.join('\n    ')}`)
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label} (${files.length} files)`)
}
// Two at a time: the machines running this have two cores.
for (let i = 0; i < runs.length; i += 2) await Promise.all(runs.slice(i, i + 2).map(check))

try {
  execFileSync(process.execPath, ['missing-peers.mjs'], { cwd: app, stdio: 'inherit' })
} catch {
  failures.push('missing optional peers: see above')
}

if (failures.length) {
  console.error(`consumer type test failed:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `consumer types ok: ${runs.length} compilations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
