/**
 * Starts scripts/demo-server.mjs of a checkout (`root`) on a free port, for the benchmark and
 * the screenshots, and resolves once it listens. The caller stops it with `child.kill()`.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * @param {{ root: string, args?: string[] }} options `args`: more demo-server options.
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string }>}
 */
export function spawnDemoServer({ root, args = [] }) {
  for (const file of ['dist/server.js', 'demo/dist/index.html', 'scripts/demo-server.mjs']) {
    if (!existsSync(path.join(root, file))) {
      throw new Error(
        `${file} is missing under ${root}: run \`npm start\` once (it builds the library and the page)`,
      )
    }
  }
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts', 'demo-server.mjs'), '--port', '0', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /demo: (http:\/\/\S+)/.exec(output)
      if (match) resolve({ child, url: match[1] })
    })
    child.on('exit', (code) => reject(new Error(`demo server exited (${code}) before listening:\n${output}`)))
  })
}
