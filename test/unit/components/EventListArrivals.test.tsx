import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EventListView } from '../../../src/components/EventList/EventListView'
import { testEvents } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

fakeViewportHeight(440)

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
