// A vitest reporter that records, per project, its wall time (first file started → last file
// finished) and its test counts, next to the JSON report: `--outputFile.json=reports/vitest.json`
// gives `reports/vitest.projects.json` (else `reports/vitest.projects.json`). The JSON reporter
// does not say which project ran a file, and the contract suites run the same files three times.
// scripts/test-summary.mjs prints these figures.
//   npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json \
//     --reporter=./scripts/vitest-projects-reporter.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the figures go, derived from the JSON reporter's output file. */
function outputPath(config) {
  const configured = config.outputFile
  const json = typeof configured === 'string' ? configured : configured?.json
  const base = json ? json.replace(/\.json$/, '') : 'reports/vitest'
  return path.resolve(config.root, `${base}.projects.json`)
}

export default class ProjectsReporter {
  /** @type {Map<string, { started: number, ended: number, files: number }>} */
  times = new Map()
  runStarted = Date.now()

  onInit(vitest) {
    this.vitest = vitest
    this.runStarted = Date.now()
  }

  entry(name) {
    let entry = this.times.get(name)
    if (!entry) {
      entry = { started: Date.now(), ended: Date.now(), files: 0 }
      this.times.set(name, entry)
    }
    return entry
  }

  onTestModuleStart(testModule) {
    const entry = this.entry(testModule.project.name)
    entry.started = Math.min(entry.started, Date.now())
  }

  onTestModuleEnd(testModule) {
    const entry = this.entry(testModule.project.name)
    entry.ended = Math.max(entry.ended, Date.now())
    entry.files += 1
  }

  onTestRunEnd(testModules) {
    const projects = new Map()
    for (const testModule of testModules) {
      const name = testModule.project.name
      let project = projects.get(name)
      if (!project) {
        project = { name, files: 0, failedFiles: 0, passed: 0, failed: 0, skipped: 0, fileMs: 0 }
        projects.set(name, project)
      }
      project.files += 1
      if (testModule.state() === 'failed') project.failedFiles += 1
      project.fileMs += testModule.diagnostic().duration
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') project.passed += 1
        else if (state === 'failed') project.failed += 1
        else project.skipped += 1
      }
    }
    const report = {
      wallMs: Date.now() - this.runStarted,
      projects: [...projects.values()].map((project) => {
        const time = this.times.get(project.name)
        return {
          ...project,
          fileMs: Math.round(project.fileMs),
          wallMs: time ? time.ended - time.started : null,
        }
      }),
    }
    const file = outputPath(this.vitest.config)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  }
}
