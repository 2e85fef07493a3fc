import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A fresh object per project: vitest mutates `instances`, so sharing one mislabels projects.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
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

export default defineConfig({
  plugins: [react()],
  // recharts is only reached through a lazy import: optimise it up front, or Vite re-optimises
  // and reloads the page in the middle of a browser test.
  optimizeDeps: {
    include: ['recharts', 'react-is', 'radix-ui'],
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
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.{ts,tsx}'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
        },
      },
      // The server contract suite again, over the SQL stores (same requests, same answers).
      ...(['pglite', 'postgres'] as const).map((store) => ({
        extends: true as const,
        test: {
          name: `contract-${store}`,
          environment: 'node' as const,
          include: ['test/node/server/**/*.test.ts'],
          exclude: ['test/node/server/memoryStore.test.ts', 'test/node/server/generator.test.ts'],
          env: { AE_CONTRACT_STORE: store },
          globalSetup: store === 'postgres' ? ['test/node/server/postgresSetup.ts'] : [],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      // The running demo in Chromium; last and alone, since its latencies depend on free CPU.
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 150_000,
          hookTimeout: 150_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.browser.ts'],
          browser: browser(),
        },
      },
      {
        // Every story runs as a browser test (play functions, msw handlers, the axe check in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
})
