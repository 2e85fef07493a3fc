import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'
import { preloadEventDetailModal } from '../../../src/components/EventDetailModal/preloadEventDetailModal'
import type { AuthEvent } from '../../../src/api/types'
import { EventDetailModalView } from '../../../src/components/EventDetailModal/EventDetailModalView'
import { makeEvent } from './sharedTestEvents'

const all = Array.from({ length: 6 }, (_, i) => makeEvent({ id: `e${i}`, message: `Event number ${i}` }))

/** A host that holds 3 events and loads 3 more on demand, as the list's "Load more" does. */
function Host({ matching }: { matching?: number }) {
  const [held, setHeld] = useState<AuthEvent[]>(all.slice(0, 3))
  const [loading, setLoading] = useState(false)
  return (
    <EventDetailModalView
      events={held}
      eventId="e1"
      defaultOpen
      hasMore={held.length < all.length}
      matchingCount={matching}
      onLoadMore={() => {
        if (loading) return
        setLoading(true)
        setTimeout(() => {
          setHeld(all.slice(0, held.length + 3))
          setLoading(false)
        }, 20)
      }}
    />
  )
}

describe('the dialog pages past the loaded events', () => {
  // Radix Dialog loads on first need (issue 12); these tests are about the dialog once it is in.
  beforeAll(() => preloadEventDetailModal())

  it('Next on the last loaded event loads the next page and shows the event after it', async () => {
    const user = userEvent.setup()
    render(<Host matching={6} />)
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText('2 of 3 loaded (6 matching)')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Event number 2')
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    expect(
      await within(dialog).findByRole('heading', { level: 2, name: 'Event number 3' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('4 of 6')).toBeInTheDocument()
    // At the real end, Next stays focusable but does nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Event number 5')
    expect(within(dialog).getByRole('button', { name: 'Next event' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  it('says "loaded, more to load" when the total is not known', () => {
    render(<Host />)
    expect(screen.getByText('2 of 3 loaded, more to load')).toBeInTheDocument()
  })
})
