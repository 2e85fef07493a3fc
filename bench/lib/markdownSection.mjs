/**
 * Writes generated results into BENCHMARKS.md between two HTML comment markers, so each
 * benchmark owns its block and the hand-written text around it survives a rerun.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`. When the
 * markers are missing, appends `heading` and a marked block at the end (creating the file). The
 * file is then formatted with the project's prettier, so `format:check` stays green.
 * @param {{ file: string, name: string, heading: string, body: string }} options
 */
export async function writeMarkedSection({ file, name, heading, body }) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const block = `${start}\n${body.trim()}\n${end}`
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  const next =
    from !== -1 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${heading}\n\n${block}\n`
  const prettier = await import('prettier')
  const config = (await prettier.resolveConfig(file)) ?? {}
  writeFileSync(file, await prettier.format(next, { ...config, filepath: file }))
}

/**
 * A markdown table.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} [align] Per column; left by default.
 */
export function markdownTable(header, rows, align = []) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'))
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}
