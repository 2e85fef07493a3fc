// The date matrix: the suites that read the clock or the time zone, again at fixed instants
// chosen to break date code (month ends, both DST changes in New York and Berlin, a leap day, a
// 53-week grid that starts before a year of data) and in several machine time zones. Each point
// is one project: `AE_TEST_NOW` moves the suites' fixed clocks (test/helpers/clock.ts), `TZ` the
// zone Node and Intl use. Only these files, one jsdom per point (isolate: false), so the whole
// matrix costs a few minutes of CPU.
//   npx vitest run --config vitest.dates.config.ts
//   npx vitest run --config vitest.dates.config.ts --project 'dates:leap-day*'   (one point)
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Suites whose outcome depends on "now" or on the machine's time zone. */
const DATE_SUITES = {
  // jsdom: hooks and components (their own fixed clock, moved by AE_TEST_NOW where marked).
  unit: [
    'test/unit/dates/**/*.test.{ts,tsx}', // AE_TEST_NOW
    'test/unit/hooks/useActivity.test.tsx', // AE_TEST_NOW
    'test/unit/api/dates.test.ts',
    'test/unit/components/ActivityGridModel.test.tsx',
    // Not here: ActivityGrid.test.tsx and EventFilters.test.tsx pin both their clock and their
    // zone (timeZone props), so neither AE_TEST_NOW nor TZ reaches them.
  ],
  // node: the reference server's day bucketing in a time zone.
  node: ['test/node/server/activity.test.ts'],
}

/**
 * The points. Each instant sits well inside an hour, never within minutes of a local midnight,
 * so a suite that takes a while cannot cross into the next day while it runs.
 */
const POINTS = [
  // The day the issue reported: the grid starts Sunday 30 Nov 2025, the year of data 1 Dec 2025.
  { name: 'grid-before-data', now: '2026-12-01T12:00:00Z', tz: 'UTC' },
  { name: 'month-end-31', now: '2026-01-31T22:30:00Z', tz: 'UTC' },
  // 23:30 on 30 April in Los Angeles, already 1 May in UTC.
  { name: 'month-end-west', now: '2026-05-01T06:30:00Z', tz: 'America/Los_Angeles' },
  // New York: clocks spring forward 8 Mar 2026 02:00 EST; 03:30 EDT.
  { name: 'dst-spring-new-york', now: '2026-03-08T07:30:00Z', tz: 'America/New_York' },
  // New York: clocks fall back 1 Nov 2026 02:00 EDT; 01:30 EST, the second 01:30 of the day.
  { name: 'dst-autumn-new-york', now: '2026-11-01T06:30:00Z', tz: 'America/New_York' },
  // Berlin: clocks spring forward 29 Mar 2026 02:00 CET; 03:30 CEST.
  { name: 'dst-spring-berlin', now: '2026-03-29T01:30:00Z', tz: 'Europe/Berlin' },
  // Berlin: clocks fall back 25 Oct 2026 03:00 CEST; 02:30 CET, the second 02:30 of the day.
  { name: 'dst-autumn-berlin', now: '2026-10-25T01:30:00Z', tz: 'Europe/Berlin' },
  // 29 Feb 2028, 21:00 in Tokyo (the grid holds 29 Feb; a year back has none).
  { name: 'leap-day', now: '2028-02-29T12:00:00Z', tz: 'Asia/Tokyo' },
  // The day after a leap day, far east of UTC (UTC is still on 29 Feb).
  { name: 'after-leap-day-kiritimati', now: '2028-02-29T13:00:00Z', tz: 'Pacific/Kiritimati' },
] as const

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { 'react-auth-events-test': path.join(dirname, 'test') } },
  test: {
    // A busy 2-core machine: the same allowances as the main config's unit and node projects.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: POINTS.flatMap((point) => [
      {
        extends: true as const,
        test: {
          name: `dates:${point.name}:unit`,
          environment: 'jsdom' as const,
          include: DATE_SUITES.unit,
          // One worker and one jsdom for the point's files: setting up jsdom is most of the cost.
          isolate: false,
          setupFiles: ['test/setup.dates.ts', 'test/setup.unit.ts'],
          env: { AE_TEST_NOW: point.now, TZ: point.tz },
        },
      },
      {
        extends: true as const,
        test: {
          name: `dates:${point.name}:node`,
          environment: 'node' as const,
          include: DATE_SUITES.node,
          setupFiles: ['test/setup.dates.ts'],
          env: { AE_TEST_NOW: point.now, TZ: point.tz },
        },
      },
    ]),
  },
})
