import { render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { EventListView } from '../../src/components/EventList/EventListView'
import { AeRoot } from '../../src/components/shared/Root'
import { makeEvent } from '../unit/components/sharedTestEvents'
import '../../src/styles.css'

// Issue 13: a message starting with Arabic was right-aligned and reordered in a left-to-right table.
beforeAll(async () => {
  await page.viewport(1100, 700)
})

describe('right-to-left user text in a left-to-right list', () => {
  it('keeps the row left to right: the Arabic-first message starts at the left of its cell', () => {
    const events = [
      makeEvent({
        id: 'ar',
        type: 'session.created',
        label: 'Session created',
        message: 'محمد العلي signed in',
      }),
      makeEvent({
        id: 'en',
        type: 'session.created',
        label: 'Session created',
        message: 'Ada Lovelace signed in',
      }),
    ]
    render(
      <AeRoot colorScheme="light" style={{ width: 1000 }}>
        <EventListView status="success" events={events} locale="en-GB" timeZone="UTC" />
      </AeRoot>,
    )
    const cellOf = (id: string) =>
      screen
        .getAllByRole('row')
        .find((row) => row.getAttribute('data-event-id') === id)!
        .querySelector<HTMLElement>('.ae-event-list__cell--message')!
    for (const id of ['ar', 'en']) {
      const cell = cellOf(id)
      const text = cell.querySelector('bdi')!
      expect(getComputedStyle(cell).direction).toBe('ltr')
      // Start-aligned like every other row, not pushed to the right edge.
      expect(text.getBoundingClientRect().left - cell.getBoundingClientRect().left, id).toBeLessThan(2)
    }
  })
})
