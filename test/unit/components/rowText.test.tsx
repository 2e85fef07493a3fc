import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EventListView } from '../../../src/components/EventList/EventListView'
import { messageBesideLabel } from '../../../src/components/EventList/rowText'
import { makeEvent } from './sharedTestEvents'

describe('messageBesideLabel', () => {
  it('drops a leading copy of the label', () => {
    expect(messageBesideLabel('Session created', 'Session created for Priya Sharma')).toBe('for Priya Sharma')
    expect(messageBesideLabel('Account linked', 'account linked: google')).toBe('google')
  })
  it('keeps a message that does not start with the label', () => {
    expect(messageBesideLabel('Signed in', 'Ольга Смирнова signed in')).toBe('Ольга Смирнова signed in')
  })
  it('only cuts at a word break', () => {
    expect(messageBesideLabel('Signed in', 'Signed into the console')).toBe('Signed into the console')
  })
  it('is empty when the message is only the label', () => {
    expect(messageBesideLabel('Signed out', 'Signed out')).toBe('')
  })
})

describe('an event list row', () => {
  it('says the label once, the rest of the message beside it, and keeps the rest in tooltips', () => {
    const event = makeEvent({
      type: 'session.created',
      label: 'Session created',
      message: 'Session created for Priya Sharma',
    })
    render(<EventListView status="success" events={[event]} initialRect={{ width: 1000, height: 400 }} />)
    const row = screen.getAllByRole('row')[1]!
    expect(within(row).getAllByText(/Session created/)).toHaveLength(1)
    expect(within(row).getByText('for Priya Sharma').closest('[title]')).toHaveAttribute(
      'title',
      'Session created for Priya Sharma',
    )
    expect(within(row).queryByText('session.created')).toBeNull()
    expect(within(row).getByText('Session created').closest('[title]')).toHaveAttribute(
      'title',
      'session.created',
    )
  })
})
