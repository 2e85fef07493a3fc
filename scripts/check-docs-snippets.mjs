#!/usr/bin/env node
// Docs snippets cannot drift from the code they show: a code block right after a marker
//   <!-- snippet: examples/nextjs/app/page.tsx#prefetch -->
// must equal that region of the file, the lines between `// #region prefetch` and the next
// `// #endregion` (dedented, region lines inside it left out). Without `#name`, the whole file
// (minus region lines). Imports of the repository's source (`../../src/api/index`) are shown as
// the package's entries (`react-auth-events/api`). The examples are compiled by their own builds (scripts/check-examples.mjs)
// and tests by vitest, so every marked snippet compiles.
// Also fails on a marker with no code block after it, a missing file or region, and a link to a
// docs/*.md file that does not exist.
// Usage: node scripts/check-docs-snippets.mjs [--fix]   (--fix rewrites the blocks from the code)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fix = process.argv.includes('--fix')
const docs = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const REGION_LINE = /^\s*(\/\/|\/\*|\{\/\*|<!--|#)\s*#(end)?region\b.*$/
const MARKER = /^<!-- snippet: ([^#\s]+)(?:#([\w-]+))? -->$/

/** The text of a region (or the whole file), dedented, without region lines. */
export function readRegion(file, name) {
  const lines = readFileSync(file, 'utf8').split('\n')
  let body = lines
  if (name) {
    const start = lines.findIndex((line) => new RegExp(`#region ${name}\\b`).test(line))
    if (start < 0) throw new Error(`no "#region ${name}" in ${path.relative(root, file)}`)
    const end = lines.findIndex((line, index) => index > start && /#endregion\b/.test(line))
    if (end < 0) throw new Error(`"#region ${name}" in ${path.relative(root, file)} has no #endregion`)
    body = lines.slice(start + 1, end)
  }
  body = body.filter((line) => !REGION_LINE.test(line))
  while (body.length && body.at(-1).trim() === '') body.pop()
  while (body.length && body[0].trim() === '') body.shift()
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length))
  // Repository files import the library's source; the docs show the package's entries.
  return body
    .map((line) => line.slice(indent))
    .join('\n')
    .replace(/(['"])(?:\.\.\/)+src\/(api|hooks|server|mocks|msw)(?:\/index)?\1/g, `'react-auth-events/$2'`)
    .replace(/(['"])(?:\.\.\/)+src(?:\/index)?\1/g, `'react-auth-events'`)
}

let checked = 0
const problems = []
for (const doc of docs) {
  const full = path.join(root, doc)
  const lines = readFileSync(full, 'utf8').split('\n')
  let changed = false
  for (let i = 0; i < lines.length; i++) {
    // Links to other docs pages must resolve.
    for (const [, target] of lines[i].matchAll(
      /\]\(((?:\.\.\/|\.\/)?(?:docs\/)?[\w.-]+\.md)(?:#[\w-]*)?\)/g,
    )) {
      const resolved = path.resolve(path.dirname(full), target)
      if (!existsSync(resolved)) problems.push(`${doc}:${i + 1}: link to missing ${target}`)
    }
    const marker = lines[i].match(MARKER)
    if (!marker) continue
    const [, source, region] = marker
    const label = `${doc}:${i + 1} (${source}${region ? `#${region}` : ''})`
    const open = lines.findIndex((line, index) => index > i && line.startsWith('```'))
    if (open !== i + 1 && !(open === i + 2 && lines[i + 1].trim() === '')) {
      problems.push(`${label}: no code block right after the marker`)
      continue
    }
    const close = lines.findIndex((line, index) => index > open && line.startsWith('```'))
    let expected
    try {
      expected = readRegion(path.join(root, source), region)
    } catch (error) {
      problems.push(`${label}: ${error.message}`)
      continue
    }
    checked++
    const actual = lines.slice(open + 1, close).join('\n')
    if (actual === expected) continue
    if (fix) {
      lines.splice(open + 1, close - open - 1, ...expected.split('\n'))
      changed = true
      continue
    }
    const a = actual.split('\n')
    const e = expected.split('\n')
    const at = e.findIndex((line, index) => line !== a[index])
    problems.push(
      `${label}: differs from the code at snippet line ${at + 1}:\n  docs: ${a[at] ?? '(end)'}\n  code: ${e[at] ?? '(end)'}`,
    )
  }
  if (changed) writeFileSync(full, lines.join('\n'))
}
for (const problem of problems) console.error(problem)
console.log(`${checked} docs snippets checked against their source, ${problems.length} problem(s)`)
process.exit(problems.length || checked === 0 ? 1 : 0)
