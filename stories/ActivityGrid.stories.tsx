import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { normalizeStudioEvents } from '../src/api/adapters/studio/normalizeStudioEvent'
import { aggregateActivity } from '../src/api/aggregate'
import { createEventsClient } from '../src/api/client'
import { HttpError } from '../src/api/errors'
import type { ActivityDay, EventFilters } from '../src/api/types'
import { ActivityGrid } from '../src/components/ActivityGrid/ActivityGrid'
import { ActivityGridView } from '../src/components/ActivityGrid/ActivityGridView'
import { AeRoot } from '../src/components/shared/Root'
import { EventFiltersProvider } from '../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../src/msw'
import { generateEvents } from '../src/server/generator'

// Pinned, so every story (and its screenshot) shows the same year.
const NOW = new Date('2026-03-10T15:00:00Z')

let yearCache: ActivityDay[] | undefined
/** A year of generated Studio events, aggregated per day in UTC (computed once, on first use). */
function yearOfActivity(): ActivityDay[] {
  yearCache ??= [
    ...aggregateActivity(
      normalizeStudioEvents(generateEvents({ seed: 'activity-grid', now: NOW, days: 371, eventsPerDay: 30 }))
        .events,
      'UTC',
    ).values(),
  ]
  return yearCache
}

const meta = {
  title: 'Components/ActivityGrid',
  component: ActivityGridView,
  args: { status: 'success', now: NOW, timeZone: 'UTC', locale: 'en-GB' },
  argTypes: {
    ref: { control: false },
    days: { control: false },
    error: { control: false },
    now: { control: false },
    weekStart: { control: { type: 'number', min: 0, max: 6 } },
  },
  render: (args) => <ActivityGridView {...args} days={args.days ?? yearOfActivity()} />,
} satisfies Meta<typeof ActivityGridView>

export default meta
type Story = StoryObj<typeof meta>

/** A year of activity; pressing a day opens its panel. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const cells = canvas.getAllByRole('button', { name: /events? on .*March 2026/ })
    await userEvent.click(cells[0]!)
    await expect(canvas.getByRole('region')).toBeVisible()
  },
}

/**
 * Under a time window (the dashboard's "30 d"): the days before it are dimmed, say so in their
 * names and are left out of the summary; the line under the grid names the window.
 */
export const TimeWindow: Story = {
  args: { countedRange: { since: '2026-02-09' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      canvas.getByRole('grid', {
        description: 'Time window from 9 Feb 2026: days outside it are dimmed and not counted.',
      }),
    ).toBeVisible()
    await expect(
      canvas.getAllByRole('button', { name: /\(outside the time window, not counted\)$/ }).length,
    ).toBeGreaterThan(300)
  },
}

/** Waiting for the first answer; a client-side scan reports how far it got. */
export const Loading: Story = { args: { status: 'pending', scanned: 1200 } }

/** No events in the whole window. */
export const Empty: Story = { args: { days: [] } }

/** The backend refused: the typed error explains why and offers a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    status: 'error',
    error: new HttpError(401, { error: 'Unauthorized' }, '/api/studio/api/events/activity'),
    onRetry: () => {},
  },
}

/** Counted in the browser from a capped scan: the grid says so. */
export const Approximate: Story = { args: { approximate: true, scanned: 20000 } }

/** The dark palette, with a day open. */
export const Dark: Story = {
  args: { defaultSelectedDate: '2026-03-03' },
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ padding: 16 }}>
        <Story />
      </AeRoot>
    ),
  ],
}

/** Failed events only (what the grid counts under the Failed filter): the red scale keeps four levels. */
export const FailedScale: Story = {
  args: { scale: 'failed' },
  render: (args) => (
    <ActivityGridView
      {...args}
      days={yearOfActivity().map((day) => ({ ...day, total: day.failed, success: 0, warning: 0, info: 0 }))}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Failed events per day')).toBeVisible()
  },
}

/** The failed scale in the dark palette. */
export const FailedScaleDark: Story = {
  ...FailedScale,
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ padding: 16 }}>
        <Story />
      </AeRoot>
    ),
  ],
}

/** Cells share a wide container's width, up to their maximum size. */
export const Wide: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 1280 }}>
        <Story />
      </div>
    ),
  ],
}

/** No library classes: behaviour and ARIA only, for hosts that bring their own styles. */
export const Unstyled: Story = { args: { unstyled: true, defaultSelectedDate: '2026-03-03' } }

/** Weeks from Monday to Sunday. */
export const WeekStartMonday: Story = { args: { weekStart: 1 } }

/** Cells at their minimum size: the grid scrolls (starting at the newest week) instead of disappearing. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360, border: '1px dashed #9aa3b2' }}>
        <Story />
      </div>
    ),
  ],
}

/** Right to left, in Arabic: time runs from right to left and the arrow keys follow. */
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

function FiltersReadout({ filters }: { filters: EventFilters }) {
  return (
    <pre aria-label="Current filters" style={{ fontSize: 12 }}>
      {JSON.stringify(filters, null, 2)}
    </pre>
  )
}

function ConnectedDemo() {
  const [client] = useState(() => createEventsClient())
  const [filters, setFilters] = useState<EventFilters>({})
  return (
    <EventsProvider client={client}>
      <EventFiltersProvider value={filters} onValueChange={setFilters}>
        <ActivityGrid timeZone="UTC" locale="en-GB" />
      </EventFiltersProvider>
      <FiltersReadout filters={filters} />
    </EventsProvider>
  )
}

/**
 * `<ActivityGrid>` itself, against the reference server (msw) with a year of generated events:
 * pressing a day narrows the shared filters to it; a category row adds that category.
 */
export const Connected: StoryObj = {
  render: () => <ConnectedDemo />,
  // Generated when the story runs, not when the file loads.
  beforeEach: ({ msw }) => {
    msw.use(
      ...createStudioHandlers({
        events: generateEvents({ seed: 'activity-grid', days: 371, eventsPerDay: 30 }),
        extensions: studioCapabilities,
      }),
    )
  },
}
