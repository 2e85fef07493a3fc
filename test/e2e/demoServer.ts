import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './demoBuild'

/** Options of {@link startDemoServer}: the simulator's load and the seeded history. */
export type DemoServerOptions = {
  /** Simulated events per second. */
  rate: number
  /** Days of seeded history. */
  seedDays: number
  /** Seeded events per day. */
  seedPerDay: number
  /** How long start-up (seeding included) may take. @default 60_000 */
  timeoutMs?: number
}

/** A running demo server (`scripts/demo-server.mjs` on PGlite in a temporary directory). */
export type DemoServer = {
  /** The page's URL, e.g. `http://127.0.0.1:41234/`. */
  url: string
  /** From spawning the process to the printed URL (seeding included). */
  startupMs: number
  /** The server's `/healthz`: how many events the simulator has written so far. */
  simulated: () => Promise<number>
  /** Stops the whole process group and removes the data directory. */
  stop: () => Promise<void>
}

const URL_LINE = /react-auth-events demo: (http:\/\/\S+)/

/**
 * Starts the demo server from the built library on a free port (`--port 0`; the server prints
 * the port it got), with `--allow-emit` so a test can write marked events, and waits for it to
 * listen. The process leads its own group, so stopping it leaves no child behind.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ae-e2e-'))
  const args = [
    path.join(ROOT, 'scripts', 'demo-server.mjs'),
    ...['--port', '0', '--store', 'pglite', '--data-dir', path.join(dataDir, 'pglite'), '--reset'],
    ...['--rate', String(options.rate), '--burst', '0', '--spike-every', '0'],
    ...['--seed-days', String(options.seedDays), '--seed-per-day', String(options.seedPerDay)],
    ...['--quiet', '--allow-emit'],
  ]
  const started = Date.now()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = () => stopGroup(child).finally(() => rmSync(dataDir, { recursive: true, force: true }))
  try {
    const url = await waitForUrl(child, options.timeoutMs ?? 60_000)
    const simulated = async () => {
      const response = await fetch(new URL('/healthz', url))
      return ((await response.json()) as { simulated: number }).simulated
    }
    return { url, startupMs: Date.now() - started, simulated, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(`no URL after ${timeoutMs} ms`), timeoutMs)
    const fail = (reason: string) => {
      clearTimeout(timer)
      reject(new Error(`demo server: ${reason}\n${output.slice(-2000)}`))
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = URL_LINE.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(match[1]!)
    }
    child.stdout?.on('data', read)
    // Keep draining both pipes after start-up, or a chatty server would block on a full pipe.
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => fail(`exited with ${String(code)}`))
    child.once('error', (error) => fail(error.message))
  })
}

/** SIGTERM to the group (the server closes its store), SIGKILL if it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group is already gone.
    }
  }
  signal('SIGTERM')
  const killed = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5_000)),
  ])
  if (killed) {
    signal('SIGKILL')
    await exited
  }
}
