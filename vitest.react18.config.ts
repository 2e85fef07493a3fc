/**
 * The unit hook and component suites again, on React 18.3 (a peer we support): react and
 * react-dom resolve to the second install in test/react18 (`npm ci --prefix test/react18`).
 * Run: npx vitest run --config vitest.react18.config.ts
 *
 * Vite's alias covers our code; test/react18/redirect.mjs covers what Node loads itself (react-query,
 * Testing Library, radix...), which would otherwise find React 19 in the root install: two Reacts
 * break every hook. test/react18/setup.ts fails the run if either peer is not 18.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const peers = path.join(dirname, 'test/react18/node_modules')
if (!existsSync(path.join(peers, 'react'))) {
  throw new Error('React 18 is not installed: run `npm ci --prefix test/react18` first')
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: 'react-auth-events-test', replacement: path.join(dirname, 'test') },
      { find: /^react(\/.*)?$/, replacement: path.join(peers, 'react$1') },
      { find: /^react-dom(\/.*)?$/, replacement: path.join(peers, 'react-dom$1') },
    ],
  },
  test: {
    name: 'unit-react18',
    environment: 'jsdom',
    include: ['test/unit/hooks/**/*.test.{ts,tsx}', 'test/unit/components/**/*.test.{ts,tsx}'],
    setupFiles: ['test/react18/setup.ts', 'test/setup.unit.ts'],
    // The unit project's limits (vitest.config.ts UNIT_LIMITS): a loaded 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    execArgv: ['--import', path.join(dirname, 'test/react18/redirect.mjs')],
  },
})
