import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { normalizeStudioEvents } from '../src/api/adapters/studio/normalizeStudioEvent'
import { aggregateActivity, countBySeverity } from '../src/api/aggregate'
import { createEventsClient } from '../src/api/client'
import { NetworkError } from '../src/api/errors'
import type { ActivityDay, EventFilters } from '../src/api/types'
import { EventStats } from '../src/components/EventStats/EventStats'
import { EventStatsView } from '../src/components/EventStats/EventStatsView'
import type { EventStatsCounts } from '../src/components/EventStats/EventStatsView'
import { statTrends, trendWindow } from '../src/components/EventStats/statTrend'
import type { StatTrend, StatTrendKey } from '../src/components/EventStats/statTrend'
import { AeRoot } from '../src/components/shared/Root'
import { EventFiltersProvider } from '../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../src/msw'
import { generateEvents } from '../src/server/generator'

// Pinned, so every story shows the same month.
const NOW = new Date('2026-03-10T15:00:00Z')
const RANGE = { since: '2026-02-09', until: '2026-03-10' }

let monthCache: { counts: EventStatsCounts; days: ActivityDay[] } | undefined
/** Thirty days of generated Studio events: their counts and per-day activity (computed once). */
function month() {
  if (!monthCache) {
    const { events } = normalizeStudioEvents(generateEvents({ seed: 'event-stats', now: NOW, days: 30 }))
    monthCache = {
      counts: { ...countBySeverity(events), scope: 'window' },
      days: [...aggregateActivity(events, 'UTC').values()],
    }
  }
  return monthCache
}

const meta = {
  title: 'Components/EventStats',
  component: EventStatsView,
  args: { status: 'success', showChart: true, locale: 'en-GB' },
  argTypes: {
    ref: { control: false },
    counts: { control: false },
    chart: { control: false },
    error: { control: false },
    activeSeverity: { control: false },
  },
  render: (args) => (
    <EventStatsView
      {...args}
      counts={args.counts ?? month().counts}
      chart={args.chart ?? { status: 'success', days: month().days, range: RANGE }}
    />
  ),
} satisfies Meta<typeof EventStatsView>

export default meta
type Story = StoryObj<typeof meta>

/** Counts for the selected range and the chart; pressing a card sets the quick status filter. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const failed = canvas.getByRole('button', { name: /^Failed/ })
    await userEvent.click(failed)
    await expect(failed).toHaveAttribute('aria-pressed', 'true')
    await expect(await canvas.findByRole('img', { name: /bar chart/i }, { timeout: 10_000 })).toBeVisible()
  },
}

/** Without the chart: the chart's code is never downloaded. */
export const WithoutChart: Story = { args: { showChart: false } }

/** Each card with its trend: the last 14 days as a line, and the change against the 14 before. */
export const WithTrend: Story = {
  args: { showChart: false },
  render: (args) => (
    <EventStatsView
      {...args}
      counts={month().counts}
      trends={statTrends(month().days, trendWindow('2026-02-25', '2026-03-10'), RANGE.since, true)}
    />
  ),
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('button', { name: /^Failed/ })
    await expect(card).toHaveAccessibleDescription(/vs the 14 before/)
  },
}

/** Trends in the dark palette. */
export const WithTrendDark: Story = {
  ...WithTrend,
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ padding: 16 }}>
        <Story />
      </AeRoot>
    ),
  ],
}

// One card per way a trend can go, over 14 days: up, down, flat, new (nothing before) and
// unknown (the activity does not reach back to the previous period).
const line = (base: number, slope: number) =>
  Array.from({ length: 14 }, (_, i) => Math.max(0, base + slope * i + (i % 3)))
const sum = (points: number[]) => points.reduce((total, value) => total + value, 0)
const trendOf = (points: number[], previous: number | null): StatTrend => ({
  points,
  current: sum(points),
  previous,
  days: 14,
})
const DIRECTIONS: Partial<Record<StatTrendKey, StatTrend>> = {
  success: trendOf(line(40, 2), 420),
  failed: trendOf(line(12, -0.6), 260),
  warning: trendOf(Array<number>(14).fill(3), 42),
  info: trendOf(line(0, 1), 0),
  total: trendOf(line(60, 1), null),
}

/** `StatCardTrend` in every direction: up, down, flat, new (nothing before) and unknown. */
export const TrendDirections: Story = {
  args: { showChart: false },
  render: (args) => <EventStatsView {...args} counts={month().counts} trends={DIRECTIONS} />,
  play: async ({ canvasElement }) => {
    const directions = [...canvasElement.querySelectorAll('[data-direction]')].map((trend) =>
      trend.getAttribute('data-direction'),
    )
    await expect(directions).toEqual(['up', 'down', 'flat', 'new', 'unknown'])
  },
}

/** The trends in a 390 px container (a phone), in the dark palette: the cards wrap, lines keep their width. */
export const TrendDirectionsNarrowDark: Story = {
  ...TrendDirections,
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ width: 390, padding: 12, boxSizing: 'border-box' }}>
        <Story />
      </AeRoot>
    ),
  ],
}

/** Waiting for the counts and the chart's data. */
export const Loading: Story = { args: { status: 'pending', chart: { status: 'pending', range: RANGE } } }

/** Nothing happened in the range. */
export const Empty: Story = {
  args: {
    counts: { total: 0, success: 0, failed: 0, warning: 0, info: 0, scope: 'window' },
    chart: { status: 'success', days: [], range: RANGE },
  },
}

/** The backend could not be reached. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    status: 'error',
    error: new NetworkError('/api/studio/api/events/count', new TypeError('Failed to fetch')),
    onRetry: () => {},
    chart: {
      status: 'error',
      error: new NetworkError('/api/studio/api/events/activity', null),
      range: RANGE,
    },
  },
}

/** Plain Studio's all-time counts with only a total: the buckets say "—" and why. */
export const TotalOnly: Story = {
  args: {
    showChart: false,
    counts: { total: 812, success: null, failed: null, warning: null, info: null, scope: 'all-time' },
  },
}

/** Counted in the browser over the newest events. */
export const Sample: Story = {
  args: {
    showChart: false,
    counts: {
      total: 4210,
      success: 3650,
      failed: 310,
      warning: 120,
      info: 130,
      scope: 'sample',
      sampleSize: 4210,
    },
  },
}

/** The dark palette. */
export const Dark: Story = {
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ padding: 16 }}>
        <Story />
      </AeRoot>
    ),
  ],
}

/** No library classes: behaviour and ARIA only. */
export const Unstyled: Story = { args: { unstyled: true } }

/** A 390 px container: the cards wrap. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 390 }}>
        <Story />
      </div>
    ),
  ],
}

/** Right to left, in Arabic. */
export const RTL: Story = {
  args: { locale: 'ar' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
}

function ConnectedDemo() {
  const [client] = useState(() => createEventsClient())
  const [filters, setFilters] = useState<EventFilters>({})
  return (
    <EventsProvider client={client}>
      <EventFiltersProvider value={filters} onValueChange={setFilters}>
        <EventStats showChart timeZone="UTC" locale="en-GB" />
      </EventFiltersProvider>
      <pre aria-label="Current filters" style={{ fontSize: 12 }}>
        {JSON.stringify(filters, null, 2)}
      </pre>
    </EventsProvider>
  )
}

/** `<EventStats>` itself, against the reference server (msw): a card press writes `severities`. */
export const Connected: StoryObj = {
  render: () => <ConnectedDemo />,
  // Generated when the story runs, not when the file loads.
  beforeEach: ({ msw }) => {
    msw.use(
      ...createStudioHandlers({
        events: generateEvents({ seed: 'event-stats', days: 60 }),
        extensions: studioCapabilities,
      }),
    )
  },
}
