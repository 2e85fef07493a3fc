import { writeFileSync } from 'node:fs'
import { defineConfig } from 'tsdown'
import type { Plugin } from 'rolldown'

/**
 * rolldown-plugin-dts prints a one-line doc comment of a type-literal member at the end of the
 * previous member's line (`a: A; /** Doc of b. *\/` then `b: B`; sxzz/rolldown-plugin-dts#182),
 * where TypeScript does not attach it: editors showed no docs for most fields. Put each such
 * comment back on its own line, above its member. scripts/check-docs-hover.mjs checks the result.
 */
const docCommentsOnTheirOwnLine: Plugin = {
  name: 'doc-comments-on-their-own-line',
  renderChunk(code, chunk) {
    if (!/\.d\.[cm]?ts$/.test(chunk.fileName)) return null
    const fixed = code
      .replace(
        /;[ \t]+(\/\*\*(?:(?!\*\/)[^\n])*\*\/)[ \t]*\n([ \t]*)/g,
        (_, comment: string, indent: string) => `;\n${indent}${comment}\n${indent}`,
      )
      // `/** Doc. @default 1 *\/first?: number` (the first member): TypeScript drops the docs of a
      // comment with a tag when the member follows on the same line.
      .replace(
        /^([ \t]*)(\/\*\*(?:(?!\*\/)[^\n])*\*\/)(?=\S)/gm,
        (_, indent: string, comment: string) => `${indent}${comment}\n${indent}`,
      )
    return fixed === code ? null : { code: fixed, map: null }
  },
}

/*
 * The types of `@tanstack/query-core` reach our d.ts through react-query's inferred option types.
 * query-core is not our dependency, so tsdown would inline its declarations into
 * dist/node_modules, and the app's `QueryClient` (with its own `#private`) would never match
 * ours. react-query re-exports all of query-core, so name it instead: the types then come from
 * the consumer's own install, whatever its package manager hoists.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    api: 'src/api/index.ts',
    hooks: 'src/hooks/index.ts',
    server: 'src/server/index.ts',
    msw: 'src/msw.ts',
    mocks: 'src/mocks.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  // One output file per source file keeps each module's own 'use client' directive.
  unbundle: true,
  plugins: [docCommentsOnTheirOwnLine],
  outputOptions: { paths: { '@tanstack/query-core': '@tanstack/react-query' } },
  deps: {
    // Node built-ins stay imports (only ./server uses them, lazily).
    neverBundle: [/^node:/, /^@tanstack\/query-core(\/|$)/],
    // Nothing from node_modules is ever copied into dist (code or types): every dependency and
    // peer comes from the consumer's install. The build fails if one would be inlined.
    onlyBundle: [],
  },
  // `import 'react-auth-events/styles.css'` must compile with TypeScript 6, which checks
  // side-effect imports (TS2882) and has no `*.css` declaration unless the app adds one. A CJS
  // declaration, so both `import` and `require` resolution modes accept it.
  onSuccess() {
    writeFileSync(
      'dist/styles.css.d.cts',
      '// The stylesheet has no exports: import it for its side effect.\nexport {}\n',
    )
  },
})
