#!/usr/bin/env node
// Bundles src/styles.css (a list of @imports, each file in `@layer react-auth-events`) into one
// dist/styles.css, so `import 'react-auth-events/styles.css'` works in any bundler.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/styles.css'],
  bundle: true,
  outfile: 'dist/styles.css',
  loader: { '.css': 'css' },
  target: ['chrome111', 'firefox113', 'safari16.4'],
  logLevel: 'warning',
})
console.log('dist/styles.css written')
