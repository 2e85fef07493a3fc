import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { createEventsClient } from '../src/api/client'
import { EventFilters } from '../src/components/EventFilters/EventFilters'
import { EventList } from '../src/components/EventList/EventList'
import { AeRoot } from '../src/components/shared/Root'
import { EventFiltersProvider } from '../src/hooks/EventFiltersProvider'
import { EventsProvider } from '../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../src/msw'
import { generateEvents } from '../src/server/generator'

// Pinned, so the generated history is the same on every run.
const FIXED_NOW = new Date('2026-11-20T12:00:00.000Z')

/**
 * The parts without the dashboard: `<EventFilters>` and `<EventList>` (whose rows open
 * `<EventDetailModal>`) share one `<EventFiltersProvider>`, under the host's own layout.
 */
function FiltersListAndDetail() {
  const [client] = useState(() => createEventsClient())
  return (
    <EventsProvider client={client}>
      <EventFiltersProvider>
        <AeRoot style={{ display: 'grid', gap: 16, padding: 16 }}>
          <EventFilters locale="en-GB" timeZone="UTC" />
          <EventList locale="en-GB" timeZone="UTC" style={{ height: 480 }} />
        </AeRoot>
      </EventFiltersProvider>
    </EventsProvider>
  )
}

const meta = {
  title: 'Recipes/Filters, list and detail',
  component: FiltersListAndDetail,
  parameters: {
    layout: 'fullscreen',
    msw: createStudioHandlers({
      events: generateEvents({ seed: 'composition', now: FIXED_NOW, days: 30, eventsPerDay: 60 }),
      extensions: studioCapabilities,
    }),
  },
} satisfies Meta<typeof FiltersListAndDetail>

export default meta
type Story = StoryObj<typeof meta>

/** Filter to failed events, then open one: the dialog shows it and pages through the filtered list. */
export const FilterAndOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const body = within(canvasElement.ownerDocument.body)
    const rows = () =>
      within(canvas.getByRole('grid', { name: 'Authentication events' }))
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('data-severity'))
    await canvas.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
    await userEvent.click(canvas.getByRole('radio', { name: 'Failed' }))
    // Every row shown is a failure (the list refetched with the quick status filter).
    await waitFor(
      () => {
        const severities = rows().map((row) => row.getAttribute('data-severity'))
        expect(severities.length).toBeGreaterThan(0)
        expect(new Set(severities)).toEqual(new Set(['failed']))
      },
      { timeout: 5000 },
    )
    const firstRow = rows()[0]!
    await userEvent.click(firstRow)
    const dialog = await body.findByRole('dialog')
    // It fades in: wait for the animation before axe looks at it.
    await waitFor(() => expect(dialog).toBeVisible())
    await expect(dialog).toHaveAttribute('data-severity', 'failed')
  },
}
