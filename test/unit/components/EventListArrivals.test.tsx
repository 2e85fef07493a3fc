import { render, screen } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EventListView } from '../../../src/components/EventList/EventListView'
import { testEvents } from './sharedTestEvents'

// jsdom lays nothing out: give every element a 440 px viewport (10 rows of 44 px).
const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 440 })
})
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original)
})

const events = testEvents(200)
const dataRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-event-id'))
const highlighted = () => dataRows().filter((row) => row.classList.contains('ae-event-list__row--new'))

describe('EventList arrivals', () => {
  it('animates a few arrivals in', () => {
    render(<EventListView status="success" events={events} newIds={events.slice(0, 3).map((e) => e.id)} />)
    expect(highlighted().map((row) => row.dataset.eventId)).toEqual(events.slice(0, 3).map((e) => e.id))
  })

  it('stops animating when a flood arrives (every row is new), but still marks and announces them', () => {
    render(<EventListView status="success" events={events} newIds={events.slice(0, 120).map((e) => e.id)} />)
    expect(highlighted()).toEqual([])
    expect(dataRows()[0]).toHaveAttribute('data-new', '')
    expect(screen.getByText('120 new events')).toBeInTheDocument()
  })
})
