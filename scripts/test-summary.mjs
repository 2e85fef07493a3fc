#!/usr/bin/env node
// Prints the one closing line CI reads: "N passed, N failed[, N skipped]", summed over every
// vitest JSON report given. A run that executed no test, or whose report is missing, fails.
import { existsSync, readFileSync } from 'node:fs'

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
