#!/usr/bin/env node
// `npm start`: on a fresh clone, installs dependencies, builds the library and the demo page
// when they are missing or stale, then runs the reference server with the live demo.
// Extra arguments go to the server: npm start -- --rate 5 --burst 100 --port 8080
// Each preparation step prints one line; its full output goes to npm-start.log, printed only
// when a step fails.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const logFile = path.join(root, 'npm-start.log')
writeFileSync(logFile, '')
const run = (label, command, args) =>
  new Promise((resolve) => {
    const started = Date.now()
    process.stdout.write(`[start] ${label}… `)
    const log = createWriteStream(logFile, { flags: 'a' })
    log.write(`\n$ ${command} ${args.join(' ')}\n`)
    const child = spawn(command, args, { cwd: root, shell: process.platform === 'win32' })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on('close', (code) => {
      log.end(() => {
        if (code === 0) {
          console.log(`done (${Math.round((Date.now() - started) / 1000)} s)`)
          return resolve()
        }
        console.log('FAILED')
        process.stdout.write(readFileSync(logFile, 'utf8'))
        console.error(`[start] ${label} failed (exit code ${code}); the output above is also in ${logFile}`)
        process.exit(code ?? 1)
      })
    })
  })
const newest = (dir) => {
  if (!existsSync(dir)) return 0
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue
    const full = path.join(dir, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return time
}
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  const lock = existsSync(path.join(root, 'package-lock.json'))
  await run(
    `installing dependencies (npm ${lock ? 'ci' : 'install'}, about a minute)`,
    'npm',
    lock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'],
  )
}
if (mtime(path.join(root, 'dist', 'server.js')) < newest(path.join(root, 'src'))) {
  await run('building the library', 'npm', ['run', 'build'])
}
const page = path.join(root, 'demo', 'dist', 'index.html')
if (mtime(page) < Math.max(newest(path.join(root, 'demo')), mtime(path.join(root, 'dist', 'index.js')))) {
  await run('building the demo page', process.execPath, [
    path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'demo/vite.config.ts',
  ])
}
console.log('[start] starting the demo server (the URL follows once it listens)')
const server = spawn(
  process.execPath,
  [path.join(root, 'scripts', 'demo-server.mjs'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
