import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import type { BrowserContextOptions } from 'playwright-core'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A fresh object per project: vitest mutates `instances`, so sharing one mislabels projects.
// `contextOptions` are the outer page's (the test iframe is scaled down to fit it).
const browser = (contextOptions?: BrowserContextOptions) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    ...(contextOptions ? { contextOptions } : {}),
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
})

// Allowances for a busy 2-core machine (load average 6–12 while other work runs): tests assert
// behaviour, never speed, so a limit only has to catch a hang. Measured under that load: unit
// tests 6–11.5 s (vitest's default limit is 5 s), PGlite contract tests past 30 s, a year's
// client-side activity scan in Chromium 22 s; at load 20–28 a jsdom dashboard test took 32 s.
const UNIT_LIMITS = { testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: { timeout: 10_000 } } }
const BROWSER_LIMITS = { testTimeout: 90_000, hookTimeout: 120_000, expect: { poll: { timeout: 15_000 } } }

// Visual regression (test/browser/visualRegression.test.tsx), its own project: the outer page is
// larger than any page the test renders, so the test iframe is captured at scale 1 and in full
// (the other browser tests keep the default outer page); reduced motion is requested. Baselines
// in test/browser/__visual__/; regenerate with `npm run test:visual:update`.
const VISUAL_TEST = 'test/browser/visualRegression.test.tsx'
const VISUAL_OUTER_PAGE = { width: 1600, height: 2400 }

export default defineConfig({
  plugins: [react()],
  // Optimise up front, or a dependency found mid-run makes Vite re-optimise and reload the page
  // in the middle of a browser test.
  optimizeDeps: {
    include: ['radix-ui'],
  },
  resolve: { alias: { 'react-auth-events-test': path.join(dirname, 'test') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.unit.ts'],
          ...UNIT_LIMITS,
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.{ts,tsx}'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          // Real-PostgreSQL cases (restart, outage) run in contract-postgres, which starts it.
          exclude: ['test/node/postgres/**'],
          ...UNIT_LIMITS,
        },
      },
      // The server contract suite again, over the SQL stores (same requests, same answers).
      ...(['pglite', 'postgres'] as const).map((store) => ({
        extends: true as const,
        test: {
          name: `contract-${store}`,
          environment: 'node' as const,
          include: [
            'test/node/server/**/*.test.ts',
            ...(store === 'postgres' ? ['test/node/postgres/**/*.test.ts'] : []),
          ],
          exclude: ['test/node/server/memoryStore.test.ts', 'test/node/server/generator.test.ts'],
          env: { AE_CONTRACT_STORE: store },
          globalSetup: store === 'postgres' ? ['test/node/server/postgresSetup.ts'] : [],
          // PGlite runs PostgreSQL as WebAssembly on the test's own thread; the first test of a
          // file also opens its database (contractStore.ts).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000 } },
        },
      })),
      // The running demo in Chromium; last and alone, since its latencies depend on free CPU.
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Building the demo, seeding a year into PGlite, 3,000 live arrivals at 250 events/s.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, VISUAL_TEST],
          setupFiles: ['test/setup.browser.ts'],
          ...BROWSER_LIMITS,
          browser: browser(),
        },
      },
      {
        extends: true,
        test: {
          name: 'visual',
          include: [VISUAL_TEST],
          setupFiles: ['test/setup.browser.ts'],
          ...BROWSER_LIMITS,
          browser: browser({ viewport: VISUAL_OUTER_PAGE, reducedMotion: 'reduce', deviceScaleFactor: 1 }),
        },
      },
      {
        // Every story runs as a browser test (play functions, msw handlers, the axe check in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          ...BROWSER_LIMITS,
          browser: browser(),
        },
      },
    ],
  },
})
