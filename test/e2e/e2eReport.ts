import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './demoBuild'

/** Median and maximum of a series (nearest rank), rounded to whole ms. */
export type Spread = { p50: number; max: number; n: number }

/** The p50/max of `values`. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const p50 = sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)] ?? NaN
  return { p50: Math.round(p50), max: Math.round(sorted.at(-1) ?? NaN), n: sorted.length }
}

/** Everything the end-to-end test measured; filled in as the tests run. */
export type E2eResults = {
  rate: number
  pollMs: number
  seed: string
  build: string[]
  serverStartupMs?: number
  pageReadyMs?: number
  grid?: { cells: number; columns: number; rows: number; activeShare: number; monthsActive: string }
  /** `drawn`: how many of the samples got a row before newer events pushed them past the cap. */
  arrival?: { total: Spread; pollWait: Spread; render: Spread; rowIndex: Spread; drawn?: number }
  newestRowAge?: Spread
  detail?: { openMs: number; locationMs: number; place: string; keptEventMs: number | null }
  cap?: {
    arrivedWhileOpen: number
    simulatorRate: number
    ariaRowCount: number
    heldPerList: string
    renderedRows: number
    heapMiB: { ready: number; afterArrivals: number }
    /** The newest row's age at the cap check (wall clock − its timestamp). */
    newestRowAgeMs?: number | null
    /** One more event written after the cap: written → row on screen. */
    arrivalAfterCapMs?: number
  }
  categoryFilter?: { category: string; dayCount: number; rowsChecked: number; settleMs: number }
  /** Push (issue 12 point 5): streams opened, list requests while pushed, one event written → row. */
  push?: { streamsOpened: number; listRequestsIn20Intervals: number; arrivalMs: number }
  consoleErrors?: number
  consoleWarnings?: string[]
}

const fmt = (s: Spread | undefined) => (s ? `${s.p50} / ${s.max} (n = ${s.n})` : 'not measured')

/** The results as Markdown lines (the BENCHMARKS.md section's body and the test's output). */
export function formatResults(r: E2eResults): string[] {
  const load = os.loadavg()[0]!.toFixed(1)
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    // Not a git checkout.
  }
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${commit} + local changes`,
    `- Node ${process.version}, ${os.cpus().length} cores, load average (1 min) at the end ${load}`,
    `- Load: simulator ${r.rate} events/s (no bursts, no spikes), page \`?poll=${r.pollMs}\`; ${r.seed}`,
    `- Build: ${r.build.join('; ')}`,
    '',
    '| measure | result |',
    '| --- | --- |',
    `| server start-up (spawn → listening, seeding included) | ${r.serverStartupMs ?? '?'} ms |`,
    `| page ready (navigation → first rows) | ${r.pageReadyMs ?? '?'} ms |`,
    `| activity grid | ${r.grid ? `${r.grid.cells} day cells, ${r.grid.columns} week columns × ${r.grid.rows} rows, ${(r.grid.activeShare * 100).toFixed(1)} % of days with a level > 0, active months: ${r.grid.monthsActive}` : '?'} |`,
    `| new event: written → row on screen, p50 / max (ms) | ${fmt(r.arrival?.total)} |`,
    `| … of which waiting for a poll (written → events answer) | ${fmt(r.arrival?.pollWait)} |`,
    `| … of which rendering (answer → row painted) | ${fmt(r.arrival?.render)} |`,
    `| … row position when it appeared (aria-rowindex) | ${fmt(r.arrival?.rowIndex)} |`,
    `| … samples drawn (the rest were pushed past the 500 held before a frame) | ${r.arrival ? `${r.arrival.drawn ?? r.arrival.total.n} of ${r.arrival.pollWait.n}` : '?'} |`,
    `| newest row's age (wall clock − its timestamp), sampled | ${fmt(r.newestRowAge)} ms |`,
    `| detail dialog: Enter → open; → location shown | ${r.detail ? `${r.detail.openMs} ms; ${r.detail.locationMs} ms (${r.detail.place})` : '?'} |`,
    `| detail dialog: how long it kept showing its event | ${r.detail ? (r.detail.keptEventMs === null ? 'the whole 5 s watched' : `${r.detail.keptEventMs} ms, then "This event is not loaded any more."`) : '?'} |`,
    `| events written while the page was open (at the cap check) | ${r.cap ? `${r.cap.arrivedWhileOpen.toLocaleString('en')} (${r.cap.simulatorRate} events/s measured)` : '?'} |`,
    `| list: aria-rowcount; events held per cached list | ${r.cap ? `${r.cap.ariaRowCount}; ${r.cap.heldPerList}` : '?'} |`,
    `| list rows in the DOM (list height raised to 6,600 px for the test) | ${r.cap?.renderedRows ?? '?'} |`,
    `| after the cap: newest row's age; a new event written → on screen | ${r.cap ? `${r.cap.newestRowAgeMs ?? '?'} ms; ${r.cap.arrivalAfterCapMs ?? '?'} ms` : '?'} |`,
    `| JS heap after GC: page ready → after the arrivals | ${r.cap ? `${r.cap.heapMiB.ready} MiB → ${r.cap.heapMiB.afterArrivals} MiB` : '?'} |`,
    `| day panel → category filter: list only that category after | ${r.categoryFilter ? `${r.categoryFilter.settleMs} ms (${r.categoryFilter.category}, ${r.categoryFilter.dayCount.toLocaleString('en')} that day, ${r.categoryFilter.rowsChecked} rows checked)` : '?'} |`,
    `| push: streams opened; list requests in 20 poll intervals while pushed; one event written → row | ${r.push ? `${r.push.streamsOpened}; ${r.push.listRequestsIn20Intervals}; ${r.push.arrivalMs} ms` : '?'} |`,
    `| console errors / warnings | ${r.consoleErrors ?? '?'} / ${r.consoleWarnings?.length ?? '?'} |`,
  ]
}

const START = '<!-- e2e:demo:start -->'
const END = '<!-- e2e:demo:end -->'
const HEADING = '## End-to-end (demo, 250 events/s, 250 ms poll)'

/**
 * Prints the results, saves them as `reports/e2e-demo.json`, and with `AE_E2E_WRITE_BENCHMARKS=1`
 * rewrites the measured block of BENCHMARKS.md's end-to-end section (appending the section the
 * first time; other sections are left alone), formatted as `npm run format:check` expects.
 */
export async function publishResults(results: E2eResults): Promise<void> {
  const lines = formatResults(results)
  console.log(['', 'End-to-end measurements:', ...lines, ''].join('\n'))
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true })
  writeFileSync(path.join(ROOT, 'reports', 'e2e-demo.json'), `${JSON.stringify(results, null, 2)}\n`)
  if (process.env.AE_E2E_WRITE_BENCHMARKS !== '1') return
  const file = path.join(ROOT, 'BENCHMARKS.md')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const block = `${START}\n\n${lines.join('\n')}\n\n${END}`
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${HEADING}\n\n${block}\n`
  const { format, resolveConfig } = await import('prettier')
  writeFileSync(file, await format(next, { ...(await resolveConfig(file)), filepath: file }))
}
