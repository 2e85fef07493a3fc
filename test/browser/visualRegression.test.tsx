import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createEventsClient } from '../../src/api/client'
import type { ColorScheme } from '../../src/components/shared/Root'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../../src/msw'
import { generateEvents } from '../../src/server/generator'
import { clockFromEachTest } from '../helpers/clock'
import { expectToMatchBaseline } from '../helpers/visualCompare'
import { worker } from '../mocks/worker'
import '../../src/styles.css'

// Issue 13: the dashboard at 1440 and 390 px, light and dark, against committed baselines in
// test/browser/__visual__/ (its own vitest project, `visual`). A layout change fails; font
// anti-aliasing noise does not. On a mismatch the actual and a diff image go to reports/visual/
// and the message names them (comparison: test/helpers/visualCompare.ts). Regenerate: `npm run test:visual:update` (the lead
// does, once the round's visual changes have landed), then review the PNGs and commit them.
//
// Deterministic by construction: a literal instant (not AE_TEST_NOW: the date matrix must not
// move these pictures) with `Date` running on from it (nothing on screen counts seconds, and a
// frozen `Date` would stall vitest's own retries), a fixed seed, the time zone and locale as
// props, live updates off, reduced motion, animations and transitions disabled.
const NOW = Date.parse('2026-11-20T12:00:00Z')
clockFromEachTest(NOW)
const events = generateEvents({ seed: 'visual-regression', now: new Date(NOW), days: 120, eventsPerDay: 40 })

// Per pixel: pixelmatch's YIQ distance (0 to 1); 0.1 lets sub-pixel anti-aliasing differ, while
// a token's colour change is far above it. Per picture: at most 0.5 % of the pixels may differ,
// well under what one moved row, card or line of text makes.
const COMPARE = {
  tolerance: { threshold: 0.1, maxDiffRatio: 0.005 },
  paths: { baselines: 'test/browser/__visual__', reports: 'reports/visual' },
  // A big page on a loaded 2-core machine: each capture can take a second or more.
  timeoutMs: 30_000,
}

// Belt and braces beside the screenshot's own `animations: 'disabled'`: nothing may move between
// two captures (skeleton shimmer, the live dot's pulse, hover transitions, the caret).
const FREEZE_CSS = `body { margin: 0 }
*, *::before, *::after {
  animation: none !important; transition: none !important; caret-color: transparent !important;
}`

// The captured canvas has a fixed size per width, taller than the dashboard, so a baseline and a
// changed page always have the same dimensions and a diff image can be drawn. If the dashboard
// outgrows it, the test says so (raise the height, then regenerate).
const SIZES = [
  { width: 1440, height: 1600 },
  { width: 390, height: 2200 },
] as const
const SCHEMES: ColorScheme[] = ['light', 'dark']

let style: HTMLStyleElement
beforeAll(() => {
  style = document.createElement('style')
  style.textContent = FREEZE_CSS
  document.head.append(style)
})
afterAll(() => style.remove())

function renderDashboard(colorScheme: ColorScheme, height: number) {
  worker.use(...createStudioHandlers({ events, extensions: studioCapabilities }))
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const { container } = render(
    <div data-visual-canvas="" style={{ height, overflow: 'hidden' }}>
      <QueryClientProvider client={queryClient}>
        <EventsDashboard
          client={createEventsClient()}
          colorScheme={colorScheme}
          defaultLive={false}
          timeZone="UTC"
          locale="en-GB"
        />
      </QueryClientProvider>
    </div>,
  )
  const canvas = container.firstElementChild as HTMLElement
  return { canvas, dashboard: canvas.firstElementChild as HTMLElement }
}

/** Waits until every part has its data: rows, the grid's days, the cards' numbers, the chart. */
async function settled(root: HTMLElement) {
  const list = await screen.findByRole('grid', { name: 'Authentication events' }, { timeout: 30_000 })
  await waitFor(
    () => {
      const rows = within(list)
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('data-event-id'))
      expect(rows.length).toBeGreaterThan(5)
      const grid = screen.getByRole('grid', { name: 'Event activity by day' })
      expect(within(grid).getAllByRole('button', { name: /^\d+ events? on / }).length).toBeGreaterThan(0)
      expect(root.querySelector('[aria-busy="true"], [class*="skeleton"]')).toBeNull()
    },
    { timeout: 30_000 },
  )
  await document.fonts.ready
  // Layout of what the last answers brought (container queries, the grid's cell size).
  await frames()
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

/**
 * The test iframe is shown at scale 1 (the visual project's outer page is larger than it, see
 * vitest.config.ts); a scaled-down iframe would give blurred, smaller pictures.
 */
function expectUnscaled() {
  const frame = window.frameElement?.getBoundingClientRect()
  if (!frame) return
  expect(Math.round(frame.width), 'test iframe scaled: raise VISUAL_OUTER_PAGE').toBe(window.innerWidth)
  expect(Math.round(frame.height), 'test iframe scaled: raise VISUAL_OUTER_PAGE').toBe(window.innerHeight)
}

describe('dashboard visual regression', () => {
  for (const { width, height } of SIZES) {
    for (const scheme of SCHEMES) {
      it(`matches the baseline at ${width} px, ${scheme}`, async () => {
        await page.viewport(width, height)
        expectUnscaled()
        const { canvas, dashboard } = renderDashboard(scheme, height)
        await settled(dashboard)
        const bottom = Math.ceil(dashboard.getBoundingClientRect().bottom)
        expect(bottom, `the dashboard is ${bottom} px tall: raise the canvas height`).toBeLessThanOrEqual(
          height,
        )
        await expectToMatchBaseline(canvas, `dashboard-${width}-${scheme}`, COMPARE)
      })
    }
  }
})
