#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of `bench/`, one after another, each printing its figures
 * with the ratio to its alternative (see BENCHMARKS.md).
 *
 *   node bench/run.mjs            full run: installs the peers (npm ci --prefix bench/alternatives),
 *                                 then every bench/*.mjs script (minutes)
 *   node bench/run.mjs --smoke    CI: only the scripts that offer a --smoke mode, run with it,
 *                                 no install (well under a minute)
 *   node bench/run.mjs --only bundle,page
 *
 * Scripts are the top-level `bench/*.mjs` files except this one and hidden ones: `bundle` and `page` first,
 * then the others (server, live, ingestion, first load…) by name. One failing script does not
 * stop the others; the exit code says whether all passed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' } },
})
const bench = fileURLToPath(new URL('.', import.meta.url))
const root = path.dirname(bench)
const say = (line) => process.stdout.write(`${line}\n`)
const FIRST = ['bundle.bench.mjs', 'page.bench.mjs']

const scripts = readdirSync(bench)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs' && !name.startsWith('.'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .filter((name) => !args.only || args.only.split(',').some((part) => name.startsWith(part.trim())))

function rank(name) {
  const index = FIRST.indexOf(name)
  return index === -1 ? FIRST.length : index
}

if (!args.smoke) {
  say('## Installing the peers (npm ci --prefix bench/alternatives)')
  const install = spawnSync(
    'npm',
    ['ci', '--prefix', path.join(bench, 'alternatives'), '--no-audit', '--no-fund'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (install.status !== 0) say('The peers could not be installed: their bundle figures are left out.')
}

const outcomes = []
for (const name of scripts) {
  const text = readFileSync(path.join(bench, name), 'utf8')
  // A script declares its smoke mode by handling the --smoke flag.
  if (args.smoke && !/['"`-]-?smoke\b|\bsmoke:/.test(text)) {
    outcomes.push({ name, status: 'skipped (no --smoke mode)' })
    continue
  }
  say(`\n## ${name}${args.smoke ? ' --smoke' : ''}\n`)
  const started = performance.now()
  const run = spawnSync(process.execPath, [path.join(bench, name), ...(args.smoke ? ['--smoke'] : [])], {
    cwd: root,
    stdio: 'inherit',
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  outcomes.push({
    name,
    status:
      run.status === 0 ? `ok (${seconds} s)` : `FAILED (exit ${run.status ?? run.signal}, ${seconds} s)`,
  })
}

say('\n## Summary\n')
for (const { name, status } of outcomes) say(`- ${name}: ${status}`)
if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)
  say('- Chromium not found at /usr/bin/chromium (set CHROMIUM_PATH): the page figures need it.')
process.exitCode = outcomes.some(({ status }) => status.startsWith('FAILED')) ? 1 : 0
