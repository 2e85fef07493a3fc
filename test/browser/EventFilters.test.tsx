import { render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { EventFilters as Filters } from '../../src/api/types'
import { EventFilters } from '../../src/components/EventFilters/EventFilters'
import '../../src/styles.css'

function Host() {
  const [filters, setFilters] = useState<Filters>({})
  return (
    <>
      <EventFilters value={filters} onValueChange={setFilters} timeZone="UTC" locale="en-GB" />
      <output aria-label="Applied filters">{JSON.stringify(filters)}</output>
    </>
  )
}

const applied = () => JSON.parse(screen.getByRole('status', { name: 'Applied filters' }).textContent ?? '{}')

describe('EventFilters with the keyboard, in a real browser', () => {
  it('moves through the quick status options with the arrow keys', async () => {
    render(<Host />)
    screen.getByRole('radio', { name: 'All' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('radio', { name: 'Success' })).toHaveFocus()
    expect(applied()).toEqual({ severities: ['success'] })
    await userEvent.keyboard('{ArrowRight}')
    expect(applied()).toEqual({ severities: ['failed'] })
  })

  it('picks a category from the "Add filter" menu without a mouse, and Escape returns to the button', async () => {
    render(<Host />)
    const trigger = screen.getByRole('button', { name: 'Add filter' })
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    const menu = await screen.findByRole('dialog', { name: 'Add filter' })
    within(menu).getByRole('button', { name: 'Event type' }).focus()
    await userEvent.keyboard('{Enter}')
    // The chosen picker takes the focus, labelled by its title.
    expect(within(menu).getByRole('group', { name: 'Event type' })).toHaveFocus()
    await userEvent.tab() // Back
    await userEvent.tab() // first category's checkbox
    expect(within(menu).getByRole('checkbox', { name: /^User \(/ })).toHaveFocus()
    await userEvent.keyboard(' ')
    expect(applied()).toEqual({ categories: ['user'] })
    await userEvent.tab() // its disclosure button
    await userEvent.keyboard('{Enter}')
    expect(within(menu).getByRole('button', { name: 'User types' })).toHaveAttribute('aria-expanded', 'true')
    expect(within(menu).getByRole('checkbox', { name: 'Signed in' })).toBeChecked()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })
})
