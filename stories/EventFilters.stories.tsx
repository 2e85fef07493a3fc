import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { EventFilters as Filters } from '../src/api/types'
import { EventFilters } from '../src/components/EventFilters/EventFilters'
import { AeRoot } from '../src/components/shared/Root'

const meta = {
  title: 'Components/EventFilters',
  component: EventFilters,
  tags: ['autodocs'],
  args: { locale: 'en-US', timeZone: 'UTC' },
  argTypes: { ref: { control: false }, value: { control: false }, onValueChange: { control: false } },
} satisfies Meta<typeof EventFilters>

export default meta
type Story = StoryObj<typeof meta>

const ACTIVE: Filters = {
  q: 'ada@example.com',
  severities: ['failed'],
  categories: ['session'],
  types: ['user.password_changed'],
  from: new Date('2026-11-01T00:00:00.000Z'),
  until: new Date('2026-11-08T00:00:00.000Z'),
}

/** Nothing selected: search, quick status and "Add filter". */
export const Default: Story = {}

/** Every kind of filter active, each as a removable chip. */
export const WithActiveFilters: Story = {
  args: { defaultValue: ACTIVE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Remove filter: Status: Failed' }))
    await expect(canvas.getByRole('radio', { name: 'All' })).toBeChecked()
    await expect(canvas.getAllByRole('button', { name: /^Remove filter/ })).toHaveLength(4)
  },
}

/** The event type picker, a category expanded, one type and one whole category chosen. */
export const TypeMenu: Story = {
  args: { defaultValue: {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const body = within(canvasElement.ownerDocument.body)
    await userEvent.click(canvas.getByRole('button', { name: 'Add filter' }))
    await userEvent.click(await body.findByRole('button', { name: 'Event type' }))
    await userEvent.click(body.getByRole('button', { name: 'User types' }))
    await userEvent.click(body.getByRole('checkbox', { name: 'Signed in' }))
    await userEvent.click(body.getByRole('checkbox', { name: /^Organization \(/ }))
    await expect(body.getByRole('checkbox', { name: /^User \(/ })).toBePartiallyChecked()
    await expect(
      canvas.getByRole('button', { name: 'Remove filter: Type: Organization (all)' }),
    ).toBeVisible()
  },
}

/** The timestamp range picker, with the end before the start. */
export const RangePicker: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const body = within(canvasElement.ownerDocument.body)
    await userEvent.click(canvas.getByRole('button', { name: 'Add filter' }))
    await userEvent.click(await body.findByRole('button', { name: 'Timestamp' }))
    await userEvent.type(body.getByLabelText('From'), '2026-11-10')
    await userEvent.type(body.getByLabelText('To'), '2026-11-02')
    await expect(body.getByRole('alert')).toHaveTextContent('The end date is before the start date.')
  },
}

/** Controlled: the host holds the filters (shown below) and receives every change. */
export const Controlled: Story = {
  render: function Render(args) {
    const [filters, setFilters] = useState<Filters>({ severities: ['warning'] })
    return (
      <>
        <EventFilters {...args} value={filters} onValueChange={setFilters} />
        <pre aria-label="Current filters">{JSON.stringify(filters, null, 2)}</pre>
      </>
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search events' }), 'sign')
    await waitFor(() => expect(canvas.getByLabelText('Current filters')).toHaveTextContent('"q": "sign"'))
  },
}

/** The infra plugin's types (both spellings of an event are one choice). */
export const InfraTypes: Story = {
  args: { backend: 'infra', defaultValue: { categories: ['security'] } },
}

/** Dark colour scheme. */
export const DarkTheme: Story = {
  args: { defaultValue: ACTIVE },
  render: (args) => (
    <AeRoot colorScheme="dark" style={{ padding: 16 }}>
      <EventFilters {...args} />
    </AeRoot>
  ),
}

// What a host that styles everything itself might add (targets of at least 24 px, WCAG 2.5.8).
const HOST_CSS = '.host-styles button { min-height: 28px; min-width: 28px; margin: 2px }'

/** No library classes: behaviour and ARIA only; the host's own stylesheet does the rest. */
export const Unstyled: Story = {
  args: { unstyled: true, defaultValue: ACTIVE },
  decorators: [
    (Story) => (
      <div className="host-styles">
        <style>{HOST_CSS}</style>
        <Story />
      </div>
    ),
  ],
}

/** Right-to-left layout. */
export const RightToLeft: Story = {
  args: { defaultValue: ACTIVE, dir: 'rtl', locale: 'ar' },
}
