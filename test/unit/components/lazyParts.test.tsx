import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { EventFilters as Filters } from '../../../src/api/types'
import { EventDetailModalView } from '../../../src/components/EventDetailModal/EventDetailModalView'
import { EventFilters } from '../../../src/components/EventFilters/EventFilters'
import { lazyModule } from '../../../src/components/shared/lazyModule'
import { lazyRoot } from '../../../src/components/shared/lazyRadix'
import { makeEvent } from './sharedTestEvents'

// The Radix dialog and popover are loaded on first need (issue 12). These tests open them before
// their code is in, as a user who clicks at once would, and check what the user then gets.

function Filtered() {
  const [filters, setFilters] = useState<Filters>({})
  return (
    <>
      <EventFilters value={filters} onValueChange={setFilters} locale="en-US" timeZone="UTC" />
      <button type="button">Elsewhere</button>
    </>
  )
}

describe('the "Add filter" button, ours in front of a lazily loaded popover', () => {
  it('opens the popover it controls, and pressing it again closes it and keeps the focus', async () => {
    const user = userEvent.setup()
    render(<Filtered />)
    const button = screen.getByRole('button', { name: 'Add filter' })
    expect(button).toHaveAttribute('aria-haspopup', 'dialog')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).not.toHaveAttribute('aria-controls')

    await user.click(button)
    const menu = await screen.findByRole('dialog', { name: 'Add filter' })
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(button).toHaveAttribute('aria-controls', menu.id)
    expect(within(menu).getByRole('button', { name: 'Event type' })).toBeInTheDocument()

    await user.click(button)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })

  it('a click outside closes it and leaves the focus where the click put it', async () => {
    const user = userEvent.setup()
    render(<Filtered />)
    await user.click(screen.getByRole('button', { name: 'Add filter' }))
    await screen.findByRole('dialog', { name: 'Add filter' })
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
  })

  it('Escape closes it and gives the focus back to the button', async () => {
    const user = userEvent.setup()
    render(<Filtered />)
    await user.click(screen.getByRole('button', { name: 'Add filter' }))
    const menu = await screen.findByRole('dialog', { name: 'Add filter' })
    await user.click(within(menu).getByRole('button', { name: 'Timestamp' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveFocus()
  })
})

describe('the detail dialog opened before its code is in', () => {
  it('appears when it arrives, with the focus inside, and Escape closes it', async () => {
    const user = userEvent.setup()
    const event = makeEvent({ id: 'first', message: 'The first event' })
    render(<EventDetailModalView events={[event]} eventId="first" defaultOpen />)
    const dialog = await screen.findByRole('dialog', { name: 'The first event' })
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})

describe('lazyRoot', () => {
  type RootProps = { open?: boolean; onOpenChange?: (open: boolean) => void; children?: string }
  type Module = { Root: (props: RootProps) => string | undefined }

  it('a chunk that fails closes it again, without throwing, and the next opening loads it', async () => {
    let fail = true
    let calls = 0
    const module = lazyModule<Module>(async () => {
      calls += 1
      if (fail) throw new Error('chunk failed')
      return { Root: ({ children }) => children }
    })
    const Root = lazyRoot(module, (loaded) => loaded.Root)
    const changes: boolean[] = []
    const onOpenChange = (open: boolean) => {
      changes.push(open)
    }
    const { rerender } = render(
      <Root open onOpenChange={onOpenChange}>
        shown
      </Root>,
    )
    await waitFor(() => expect(changes).toEqual([false]))
    expect(calls).toBe(1)
    expect(screen.queryByText('shown')).toBeNull()

    // The host closed it; a new opening tries again.
    rerender(
      <Root open={false} onOpenChange={onOpenChange}>
        closed
      </Root>,
    )
    fail = false
    rerender(
      <Root open onOpenChange={onOpenChange}>
        shown again
      </Root>,
    )
    expect(await screen.findByText('shown again')).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('loads nothing until it is first open', async () => {
    let calls = 0
    const module = lazyModule<Module>(async () => {
      calls += 1
      return { Root: ({ children }) => children }
    })
    const Root = lazyRoot(module, (loaded) => loaded.Root)
    // render() flushes effects: a load would have been asked for by now.
    const { rerender } = render(<Root open={false}>closed</Root>)
    expect(calls).toBe(0)
    rerender(<Root open>open</Root>)
    expect(await screen.findByText('open')).toBeInTheDocument()
    // Closing keeps the real root mounted (its own exit, focus return).
    rerender(<Root open={false}>still mounted</Root>)
    expect(screen.getByText('still mounted')).toBeInTheDocument()
    expect(calls).toBe(1)
  })
})
