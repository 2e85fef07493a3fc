#!/usr/bin/env node
// Builds the consumer examples from the packed library exactly as a user would, then smoke-tests
// each in headless Chromium (test/examples/smoke.mjs):
//   1. `npm pack` of the library (its dist must be built: `npm run build`), or --tarball <file>;
//   2. per example: `npm ci` from its own lock, then `npm install --no-save <tarball>` (the lock
//      never pins the tarball, whose integrity changes with every library change);
//   3. its real build (`next build` with its type check; `tsc --noEmit && vite build`), then its
//      server (`next start`, `vite preview`) and the smoke test;
//   4. the Vite example again on React 18.3 (installed --no-save), built and smoke-tested.
// Install and build output goes to reports/examples/*.log and is printed only on failure.
// Ends with "N passed, N failed" (every build step and every smoke check counts) and exits 1 on
// any failure.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { smokeTest } from '../test/examples/smoke.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const logDir = path.join(root, 'reports', 'examples')
mkdirSync(logDir, { recursive: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? 'true' }
const results = []
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

const record = (name, ok, detail) => {
  results.push({ name, ok, detail })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`)
}

/** Runs a command with its output in a log file; a failure prints the log's tail. */
function run(name, command, args, options = {}) {
  const since = Date.now()
  const log = path.join(logDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`)
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    ...options,
    maxBuffer: 1 << 28,
  })
  writeFileSync(log, `$ ${command} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}`)
  const ok = result.status === 0
  record(name, ok, seconds(since))
  if (!ok) {
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n')
    console.log(
      `---- last 40 lines of ${path.relative(root, log)} ----\n${lines.slice(-40).join('\n')}\n----`,
    )
  }
  return ok
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

async function waitFor(url, { timeoutMs = 180_000, until = (response) => response.ok } = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      if (await until(response)) return
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** Starts a server (one process, so its pid is what to stop), waits for it, runs `fn`, stops it. */
async function withServer(name, cwd, args, port, ready, fn) {
  const log = path.join(logDir, `${name}-server.log`)
  const child = spawn(process.execPath, args, { cwd, env: { ...env, PORT: String(port) }, stdio: 'pipe' })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  try {
    const since = Date.now()
    try {
      await ready()
      record(`${name}: server starts`, true, seconds(since))
    } catch (error) {
      record(`${name}: server starts`, false, error.message)
      return
    }
    await fn()
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        resolve()
      }, 5_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
    writeFileSync(log, output)
  }
}

async function smoke(options) {
  const since = Date.now()
  const checks = await smokeTest(options)
  for (const check of checks) record(check.name, check.ok, check.detail)
  console.log(`::: ${options.name} smoke test took ${seconds(since)}`)
}

// --- 1. The tarball ---------------------------------------------------------------------------
function packLibrary() {
  const flag = process.argv.indexOf('--tarball')
  if (flag > 0) return path.resolve(process.argv[flag + 1])
  if (
    !existsSync(path.join(root, 'dist', 'index.js')) &&
    !run('library: build', 'npm', ['run', '-s', 'build'])
  )
    return null
  for (const file of readdirSync(root))
    if (/^react-auth-events-.*\.tgz$/.test(file)) rmSync(path.join(root, file))
  if (!run('library: npm pack', 'npm', ['pack', '--silent'])) return null
  const file = readdirSync(root).find((name) => /^react-auth-events-.*\.tgz$/.test(name))
  return file ? path.join(root, file) : null
}

const install = (name, dir, tarball, extra = []) =>
  run(`${name}: the lock records every optional dependency`, process.execPath, [
    path.join(root, 'scripts', 'check-lock-optional.mjs'),
    path.join(dir, 'package-lock.json'),
  ]) &&
  run(`${name}: npm ci`, 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir }) &&
  run(
    `${name}: install the tarball${extra.length ? ` with ${extra.join(' ')}` : ''}`,
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', tarball, ...extra],
    { cwd: dir },
  )

// --- 2. Next.js -------------------------------------------------------------------------------
async function nextExample(tarball) {
  const dir = path.join(root, 'examples', 'nextjs')
  if (!install('nextjs', dir, tarball)) return
  rmSync(path.join(dir, '.next'), { recursive: true, force: true })
  if (
    !run(
      'nextjs: next build (with type check)',
      process.execPath,
      ['node_modules/next/dist/bin/next', 'build'],
      { cwd: dir },
    )
  )
    return
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const next = ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1']
  await withServer(
    'nextjs',
    dir,
    next,
    port,
    () => waitFor(`${base}/api/seed-progress`),
    async () => {
      // Seeding runs in the background; requests never wait for it. The smoke test waits for the
      // whole history only so that what it sees does not change under it.
      const since = Date.now()
      let seeded = 0
      try {
        await waitFor(`${base}/api/seed-progress`, {
          timeoutMs: 300_000,
          until: async (response) => {
            const progress = await response.json()
            seeded = progress.inserted
            return progress.done
          },
        })
        record('nextjs: background seeding finishes', true, `${seeded} events, ${seconds(since)}`)
      } catch (error) {
        record('nextjs: background seeding finishes', false, error.message)
      }
      await smoke({ name: 'nextjs', url: `${base}/`, prefetched: true })
    },
  )
}

// --- 3. Vite, on React 19 and on React 18 ----------------------------------------------------
async function viteBuildAndSmoke(name, dir, outDir, reactVersion) {
  const build =
    outDir === 'dist'
      ? run(`${name}: tsc --noEmit && vite build`, 'npm', ['run', '-s', 'build'], { cwd: dir })
      : run(`${name}: vite build`, process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
          cwd: dir,
          env: { ...env, EXAMPLE_OUT_DIR: outDir },
        })
  if (!build) return
  const assets = path.join(dir, outDir, 'assets')
  const bundled = readdirSync(assets).some((file) =>
    readFileSync(path.join(assets, file), 'utf8').includes(`version:\`${reactVersion}\``),
  )
  record(`${name}: the build bundles react-dom ${reactVersion}`, bundled)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const preview = [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    outDir,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ]
  await withServer(
    name,
    dir,
    preview,
    port,
    () => waitFor(`${base}/`),
    () => smoke({ name, url: `${base}/`, panel: 'Failed sign-ins' }),
  )
}

async function viteExample(tarball) {
  const dir = path.join(root, 'examples', 'vite')
  if (install('vite', dir, tarball)) await viteBuildAndSmoke('vite', dir, 'dist', '19.3.1')
  // React 18: the same app with react and react-dom 18.3 swapped in (the types stay 19's).
  const react18 = ['react@18.3.1', 'react-dom@18.3.1']
  const swapped = run(
    `vite-react18: install the tarball with ${react18.join(' ')}`,
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', tarball, ...react18],
    { cwd: dir },
  )
  if (swapped) await viteBuildAndSmoke('vite-react18', dir, 'dist-react18', '18.3.1')
}

// --- Run ---------------------------------------------------------------------------------------
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
const tarball = packLibrary()
if (tarball) {
  console.log(`::: examples use ${path.relative(root, tarball)}`)
  for (const [name, example] of [
    ['nextjs', nextExample],
    ['vite', viteExample],
  ]) {
    if (only && only !== name) continue
    const since = Date.now()
    await example(tarball)
    console.log(`::: ${name} example took ${seconds(since)}`)
  }
}
const failed = results.filter((result) => !result.ok).length
const passed = results.length - failed
console.log(`::: examples took ${seconds(started)}`)
if (failed) for (const result of results.filter((r) => !r.ok)) console.log(`failed: ${result.name}`)
console.log(`${passed} passed, ${failed === 0 && passed === 0 ? 1 : failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
