#!/usr/bin/env node
// Prints each vitest project's wall time and test counts (from the `.projects.json` that
// scripts/vitest-projects-reporter.mjs writes next to a JSON report; without it, per test folder
// from the JSON report itself), then the one closing line CI reads, always last:
// "N passed, N failed[, N skipped]", summed over every vitest JSON report given. A run that
// executed no test, or whose report is missing, fails.
//   node scripts/test-summary.mjs reports/vitest.json [reports/vitest-dates.json …]
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const seconds = (ms) => (ms === null || ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`)

/** Per-project rows from the reporter's file, else per folder (test/unit, stories, …). */
function projectRows(file, report) {
  const projectsFile = file.replace(/\.json$/, '.projects.json')
  if (existsSync(projectsFile)) {
    const { projects = [], wallMs } = JSON.parse(readFileSync(projectsFile, 'utf8'))
    return { rows: projects, wallMs, by: 'project' }
  }
  const groups = new Map()
  for (const suite of report.testResults ?? []) {
    const relative = path.relative(process.cwd(), suite.name ?? '')
    const parts = relative.split(path.sep)
    const name = parts[0] === 'test' && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]
    const group = groups.get(name) ?? {
      name,
      files: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      start: Infinity,
      end: 0,
    }
    group.files += 1
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed') group.passed += 1
      else if (test.status === 'failed') group.failed += 1
      else group.skipped += 1
    }
    group.start = Math.min(group.start, suite.startTime ?? Infinity)
    group.end = Math.max(group.end, suite.endTime ?? 0)
    groups.set(name, group)
  }
  const rows = [...groups.values()].map((group) => ({
    ...group,
    wallMs: Number.isFinite(group.start) ? group.end - group.start : null,
  }))
  return { rows, wallMs: null, by: 'folder' }
}

function printProjects(file, report) {
  const { rows, wallMs, by } = projectRows(file, report)
  if (rows.length === 0) return
  const width = Math.max(7, ...rows.map((row) => row.name.length))
  console.log(`${file}: by ${by}${wallMs ? `, whole run ${seconds(wallMs)}` : ''}`)
  console.log(`  ${by.padEnd(width)}  files  tests  passed  failed  skipped  wall time`)
  for (const row of [...rows].sort((a, b) => a.name.localeCompare(b.name))) {
    const tests = row.passed + row.failed + row.skipped
    const cells = [row.files, tests, row.passed, row.failed, row.skipped].map((value, i) =>
      String(value).padStart([5, 5, 6, 6, 7][i]),
    )
    console.log(`  ${row.name.padEnd(width)}  ${cells.join('  ')}  ${seconds(row.wallMs).padStart(9)}`)
  }
}

const files = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0
let missing = 0
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`test report missing: ${file}`)
    missing += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  printProjects(file, report)
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // Suites that crashed before running tests count as failures.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      console.error(`suite failed to run: ${suite.name}: ${(suite.message ?? '').split('\n')[0]}`)
      failed += 1
    }
  }
}
if (missing) failed += missing
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
