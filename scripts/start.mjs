#!/usr/bin/env node
// `npm start`: on a fresh clone, installs dependencies, builds the library and the demo page
// when they are missing or stale, then runs the reference server with the live demo.
// Extra arguments go to the server: npm start -- --rate 5 --burst 100 --port 8080
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = (command, args) => {
  console.log(`[start] ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
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
  run(
    'npm',
    existsSync(path.join(root, 'package-lock.json')) ? ['ci', '--no-audit', '--no-fund'] : ['install'],
  )
}
if (mtime(path.join(root, 'dist', 'server.js')) < newest(path.join(root, 'src'))) run('npm', ['run', 'build'])
const page = path.join(root, 'demo', 'dist', 'index.html')
if (mtime(page) < Math.max(newest(path.join(root, 'demo')), mtime(path.join(root, 'dist', 'index.js')))) {
  run('npx', ['vite', 'build', '--config', 'demo/vite.config.ts'])
}
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
