import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** What {@link ensureDemoBuilt} did, for the test output. */
export type BuildReport = {
  /** One line per build: what ran (or was reused) and how long it took. */
  steps: string[]
}

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0)

/** The newest modification time under `dir`, skipping build output and dependencies. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue
    const full = path.join(dir, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return time
}

function run(command: string, args: string[]): number {
  const started = Date.now()
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  })
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.status)}):\n${output}`)
  }
  return Date.now() - started
}

/**
 * Makes sure the built library (`dist/`) and the demo page (`demo/dist/`) exist and are not
 * older than their sources, the way `npm start` decides (CI builds before the tests, so there
 * this only checks). `AE_E2E_REUSE_BUILD=1` keeps a stale build that exists: on a machine where
 * others are editing `src/`, rebuilding on every run would test their half-made changes.
 */
export function ensureDemoBuilt(): BuildReport {
  const steps: string[] = []
  const reuse = process.env.AE_E2E_REUSE_BUILD === '1'
  const library = ['server.js', 'index.js', 'styles.css'].map((file) => path.join(ROOT, 'dist', file))
  const libraryBuilt = Math.min(...library.map(mtime))
  const libraryStale = libraryBuilt < newest(path.join(ROOT, 'src'))
  if (libraryBuilt === 0 || (libraryStale && !reuse)) {
    steps.push(`npm run build: ${run('npm', ['run', 'build'])} ms`)
  } else {
    steps.push(`library: reused dist/${libraryStale ? ' (older than src/, AE_E2E_REUSE_BUILD=1)' : ''}`)
  }

  const page = path.join(ROOT, 'demo', 'dist', 'index.html')
  const pageSources = Math.max(newest(path.join(ROOT, 'demo')), ...library.map(mtime))
  if (mtime(page) === 0 || (mtime(page) < pageSources && !reuse)) {
    steps.push(`demo page: ${run('npx', ['vite', 'build', '--config', 'demo/vite.config.ts'])} ms`)
  } else {
    steps.push('demo page: reused demo/dist/')
  }
  return { steps }
}
