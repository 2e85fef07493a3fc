import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import type { EventFilters } from '../src/api/types'
import { TimeWindowControl } from '../src/components/EventFilters/TimeWindowControl'
import { AeRoot } from '../src/components/shared/Root'

// Pinned, so the presets' days are the same in every run.
const NOW = new Date('2026-03-14T12:00:00Z')

/** Holds the filters the control writes and shows them, as a provider would. */
function Controlled({ initial = {}, dark = false }: { initial?: EventFilters; dark?: boolean }) {
  const [filters, setFilters] = useState<EventFilters>(initial)
  return (
    <AeRoot colorScheme={dark ? 'dark' : 'light'} style={{ padding: 16 }}>
      <TimeWindowControl filters={filters} onFiltersChange={setFilters} timeZone="UTC" now={NOW} />
      <p>
        from: <output>{filters.from?.toISOString() ?? '—'}</output> · until:{' '}
        <output>{filters.until?.toISOString() ?? '—'}</output>
      </p>
    </AeRoot>
  )
}

const meta = {
  title: 'Components/TimeWindowControl',
  component: TimeWindowControl,
  render: () => <Controlled />,
} satisfies Meta<typeof TimeWindowControl>

export default meta
type Story = StoryObj<typeof meta>

/** All time; picking 7 d sets `from` to midnight six days before today. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: '7 d' }))
    await expect(canvas.getByText('2026-03-08T00:00:00.000Z')).toBeVisible()
  },
}

/** A range set elsewhere (a grid day, the date filter) shows as Custom with its days. */
export const Custom: Story = {
  render: () => (
    <Controlled
      initial={{ from: new Date('2026-03-03T00:00:00Z'), until: new Date('2026-03-06T00:00:00Z') }}
    />
  ),
}

/** The dark palette. */
export const Dark: Story = {
  render: () => <Controlled dark initial={{ from: new Date('2026-02-13T00:00:00Z') }} />,
}

/** Wraps in a narrow container. */
export const Narrow: Story = {
  render: () => (
    <div style={{ width: 300 }}>
      <Controlled
        initial={{ from: new Date('2026-03-03T00:00:00Z'), until: new Date('2026-03-06T00:00:00Z') }}
      />
    </div>
  ),
}
