#!/usr/bin/env node
// What an editor shows on hover, asked of the TypeScript language service over the BUILT d.ts:
// for every member of every type, interface and props type exported by a public entry, quick
// info must carry a description. A doc comment the d.ts bundler moved where TypeScript does not
// attach it shows as a missing member here, like one that was never written.
// Run after `npm run build`. Prints each member without docs and exits 1 when there is one.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const entries = Object.values(pkg.exports)
  .map((target) => target?.import?.types)
  .filter(Boolean)
  .map((file) => path.join(root, file))
const dist = path.join(root, 'dist') + path.sep

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
}
const versions = new Map()
const host = {
  getScriptFileNames: () => entries,
  getScriptVersion: (file) => versions.get(file) ?? '1',
  getScriptSnapshot: (file) =>
    ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)) : undefined,
  getCurrentDirectory: () => root,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
}
const service = ts.createLanguageService(host, ts.createDocumentRegistry())
const program = service.getProgram()
const checker = program.getTypeChecker()

const missing = new Map() // "file:line member" -> owner types
const seen = new Set()
let checked = 0
const isOurs = (node) => node.getSourceFile().fileName.startsWith(dist)
const describe = (type) => (type.isUnion() || type.isIntersection() ? type.types : [type])

function membersOf(type, depth = 0) {
  if (depth > 3) return []
  const parts = describe(type)
  return parts.flatMap((part) => [
    ...checker.getPropertiesOfType(part),
    ...(part.isUnion() || part.isIntersection() ? membersOf(part, depth + 1) : []),
  ])
}

for (const entry of entries) {
  const source = program.getSourceFile(entry)
  if (!source) throw new Error(`not in the program: ${entry}`)
  const moduleSymbol = checker.getSymbolAtLocation(source)
  for (let exported of checker.getExportsOfModule(moduleSymbol)) {
    if (exported.flags & ts.SymbolFlags.Alias) exported = checker.getAliasedSymbol(exported)
    if (!(exported.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface))) continue
    const type = checker.getDeclaredTypeOfSymbol(exported)
    for (const member of membersOf(type)) {
      for (const declaration of member.declarations ?? []) {
        if (!isOurs(declaration) || !declaration.name) continue
        const file = declaration.getSourceFile()
        const position = declaration.name.getStart(file)
        const key = `${file.fileName}:${position}`
        if (seen.has(key)) {
          if (missing.has(key)) missing.get(key).owners.add(exported.name)
          continue
        }
        seen.add(key)
        checked += 1
        const info = service.getQuickInfoAtPosition(file.fileName, position)
        const docs = ts.displayPartsToString(info?.documentation ?? []).trim()
        if (!docs) {
          const { line } = file.getLineAndCharacterOfPosition(position)
          missing.set(key, {
            where: `${path.relative(root, file.fileName)}:${line + 1}`,
            member: member.name,
            owners: new Set([exported.name]),
          })
        }
      }
    }
  }
}

if (missing.size) {
  console.error(`${missing.size} of ${checked} public members show no docs on hover:`)
  for (const { where, member, owners } of missing.values())
    console.error(`  ${[...owners].join(', ')}.${member}  (${where})`)
  process.exit(1)
}
console.log(`docs on hover ok: ${checked} members of the public types, each with a description`)
