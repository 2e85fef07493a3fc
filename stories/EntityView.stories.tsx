import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { createEventsClient } from '../src/api/client'
import { EventsDashboard } from '../src/components/EventsDashboard/EventsDashboard'
import type { EventsDashboardProps } from '../src/components/EventsDashboard/EventsDashboard'
import { createStudioHandlers, studioCapabilities } from '../src/msw'
import { generateEvents } from '../src/server/generator'

// Pinned, so the generated history is the same on every run.
const NOW = new Date('2026-11-20T12:00:00.000Z')

/** A fresh client per story: a client caches what the backend can do. */
function DashboardStory(props: Omit<EventsDashboardProps, 'client'>) {
  const [client] = useState(() => createEventsClient())
  return <EventsDashboard {...props} client={client} />
}

/**
 * "Events of this user / IP / organization": a row's user button, or the buttons in the
 * dialog, narrow the whole dashboard (cards, grid, list) to that entity in one click, as a chip;
 * under the chips, its activity in one line. Removing the chip restores the view.
 */
const meta = {
  title: 'Dashboard/Events of one user, IP or organization',
  component: DashboardStory,
  args: { locale: 'en-GB', timeZone: 'UTC', defaultLive: false },
  parameters: { layout: 'fullscreen' },
  beforeEach: ({ msw }) => {
    msw.use(
      ...createStudioHandlers({
        events: generateEvents({ seed: 'entity-view', now: NOW, days: 30, eventsPerDay: 30 }),
        extensions: studioCapabilities,
      }),
    )
  },
} satisfies Meta<typeof DashboardStory>

export default meta
type Story = StoryObj<typeof meta>

const listOf = async (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('grid', { name: 'Authentication events' }, { timeout: 15_000 })

/** One click on a row's user: the user's chip and activity line; the list follows. */
export const FromARow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await listOf(canvasElement)
    const button = (await within(list).findAllByRole('button', { name: /^Show only the events of / }))[0]!
    const userId = button.getAttribute('data-filter-user')!
    await userEvent.click(button)
    await expect(await canvas.findByRole('button', { name: `Remove filter: User: ${userId}` })).toBeVisible()
    const summary = await canvas.findByRole('region', {
      name: 'Activity of the filtered user, IP or organization',
    })
    await waitFor(
      () => expect(summary).toHaveTextContent(new RegExp(`^User ${userId}: \\d+ events? in all`)),
      {
        timeout: 15_000,
      },
    )
  },
}

/** By keyboard, from the dialog: Enter on a row, then "Events of this IP". */
export const FromTheDialog: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await listOf(canvasElement)
    await waitFor(() => expect(within(list).getAllByRole('row').length).toBeGreaterThan(1))
    within(list).getAllByRole('row')[1]!.focus()
    await userEvent.keyboard('{Enter}')
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 15_000 })
    const ip = within(dialog).queryByRole('button', { name: 'Events of this IP' })
    const button = ip ?? within(dialog).getByRole('button', { name: 'Events of this user' })
    button.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).not.toBeInTheDocument())
    await expect(await canvas.findByRole('list', { name: 'Active filters' })).toBeVisible()
  },
}

/**
 * Filtered to a user, with a row's dialog open: its "Events of this user" shows as pressed
 * (pressing it again removes the filter). Left open, so the axe check covers the dialog too.
 */
export const DialogWhileFiltered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await listOf(canvasElement)
    const button = (await within(list).findAllByRole('button', { name: /^Show only the events of / }))[0]!
    await userEvent.click(button)
    await canvas.findByRole('region', { name: 'Activity of the filtered user, IP or organization' })
    await userEvent.click(within(await listOf(canvasElement)).getAllByRole('row')[1]!)
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 15_000 })
    await expect(within(dialog).getByRole('button', { name: 'Events of this user' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  },
}
