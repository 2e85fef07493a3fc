#!/usr/bin/env node
// Props tables in docs/components.md, generated from the components' TypeScript props and their
// JSDoc, so the docs list every prop the code has. Between
//   <!-- props: EventListProps -->  and  <!-- /props -->
// the table is replaced by one row per prop declared in the library (inherited DOM attributes
// such as `className` are left out: they pass through to the root element).
// Usage: node scripts/gen-props-tables.mjs          (rewrites the tables)
//        node scripts/gen-props-tables.mjs --check  (fails when a table is out of date)
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const docPath = path.join(root, 'docs', 'components.md')
const check = process.argv.includes('--check')

const program = ts.createProgram([path.join(root, 'src', 'index.ts')], {
  strict: true,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
})
const checker = program.getTypeChecker()
const entry = program.getSourceFile(path.join(root, 'src', 'index.ts'))
const exported = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(entry)).map((symbol) => [symbol.name, symbol]),
)
const srcDir = path.join(root, 'src') + path.sep
const cell = (text) =>
  text
    .replace(/\{@link\s+([^}\s|]+)[^}]*\}/g, '`$1`')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
// Code in backticks, unless it is prose that has its own (e.g. "the nearest `<X>`'s").
const code = (text) => (text.includes('`') ? text : `\`${text}\``)

function table(name) {
  let symbol = exported.get(name)
  if (!symbol) throw new Error(`${name} is not exported from src/index.ts`)
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
  const type = checker.getDeclaredTypeOfSymbol(symbol)
  const rows = []
  for (const prop of checker.getPropertiesOfType(type)) {
    const declaration = prop.declarations?.[0]
    if (!declaration || !path.resolve(declaration.getSourceFile().fileName).startsWith(srcDir)) continue
    const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0
    const typeText =
      declaration.type?.getText() ??
      checker.typeToString(checker.getTypeOfSymbolAtLocation(prop, declaration))
    const tags = prop.getJsDocTags(checker)
    const fallback = tags.find((tag) => tag.name === 'default')
    const docs = ts.displayPartsToString(prop.getDocumentationComment(checker))
    rows.push(
      `| \`${prop.name}\`${optional ? '' : ' (required)'} | ${code(cell(typeText))} | ${
        fallback ? code(cell(ts.displayPartsToString(fallback.text))) : ''
      } | ${cell(docs)} |`,
    )
  }
  if (rows.length === 0) throw new Error(`${name}: no props found`)
  return ['| prop | type | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

const doc = readFileSync(docPath, 'utf8')
const problems = []
const next = doc.replace(
  /(<!-- props: (\w+) -->\n)([\s\S]*?)(<!-- \/props -->)/g,
  (_, open, name, _body, close) => {
    try {
      return `${open}\n${table(name)}\n\n${close}`
    } catch (error) {
      problems.push(error.message)
      return `${open}${_body}${close}`
    }
  },
)
const count = (doc.match(/<!-- props: \w+ -->/g) ?? []).length
if (problems.length) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
if (check) {
  // Compare ignoring table padding (prettier aligns the columns after a rewrite).
  const squash = (text) => text.replace(/ *\| */g, '|').replace(/\|-+/g, '|-')
  if (squash(next) !== squash(doc)) {
    console.error('docs/components.md: props tables are out of date; run node scripts/gen-props-tables.mjs')
    process.exit(1)
  }
  console.log(`${count} props tables up to date`)
} else {
  writeFileSync(docPath, next)
  console.log(`${count} props tables written`)
}
