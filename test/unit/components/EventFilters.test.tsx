import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventFilters as Filters } from '../../../src/api/types'
import { EventFilters } from '../../../src/components/EventFilters/EventFilters'
import { EventFiltersProvider } from '../../../src/hooks/EventFiltersProvider'
import type { EventFiltersProps } from '../../../src/components/EventFilters/EventFilters'

/** A host that keeps the filters in its own state and prints what the component gave it. */
function Host({ initial = {}, ...props }: Partial<EventFiltersProps> & { initial?: Filters }) {
  const [filters, setFilters] = useState<Filters>(initial)
  return (
    <>
      <EventFilters
        value={filters}
        onValueChange={setFilters}
        locale="en-US"
        timeZone="Europe/Paris"
        {...props}
      />
      <output aria-label="Applied filters">{JSON.stringify(filters)}</output>
    </>
  )
}

const applied = () => JSON.parse(screen.getByRole('status', { name: 'Applied filters' }).textContent ?? '{}')
const chips = () =>
  within(screen.queryByRole('list', { name: 'Active filters' }) ?? document.createElement('ul'))
    .queryAllByRole('button')
    .map((chip) => chip.getAttribute('aria-label'))

async function openTypePicker(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add filter' }))
  await user.click(
    // The popover's code loads on the way to the button: it opens when that is in.
    within(await screen.findByRole('dialog', { name: 'Add filter' })).getByRole('button', {
      name: 'Event type',
    }),
  )
  return screen.getByRole('dialog', { name: 'Add filter' })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('EventFilters search', () => {
  it('updates the results as you type', async () => {
    const user = userEvent.setup()
    render(<Host />)
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ada')
    await waitFor(() => expect(applied()).toEqual({ q: 'ada' }))
    expect(chips()).toEqual(['Remove filter: Search: ada'])
    await user.clear(screen.getByRole('searchbox', { name: 'Search events' }))
    await waitFor(() => expect(applied()).toEqual({}))
  })

  // Exact timing needs fake timers, which user-event cannot drive under vitest (its act wrapper
  // waits on a real timeout): the keystrokes are sent as change events instead.
  it('waits until typing pauses for 250 ms, then applies the whole text once', () => {
    vi.useFakeTimers()
    const commits: Filters[] = []
    render(
      <EventFilters
        defaultValue={{}}
        onValueChange={(next) => commits.push(next)}
        labels={{ search: 'Find' }}
      />,
    )
    const box = screen.getByRole('searchbox', { name: 'Find' })
    fireEvent.change(box, { target: { value: 'a' } })
    act(() => vi.advanceTimersByTime(200))
    fireEvent.change(box, { target: { value: 'ad' } })
    act(() => vi.advanceTimersByTime(200))
    fireEvent.change(box, { target: { value: 'ada ' } })
    act(() => vi.advanceTimersByTime(249))
    expect(commits).toEqual([])
    act(() => vi.advanceTimersByTime(1))
    expect(commits).toEqual([{ q: 'ada' }])
    act(() => vi.advanceTimersByTime(1000))
    expect(commits).toHaveLength(1)
  })

  it('keeps the other filters chosen while the search was waiting', () => {
    vi.useFakeTimers()
    render(<Host />)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: 'bob' } })
    fireEvent.click(screen.getByRole('radio', { name: 'Failed' }))
    expect(applied()).toEqual({ severities: ['failed'] })
    act(() => vi.advanceTimersByTime(250))
    expect(applied()).toEqual({ q: 'bob', severities: ['failed'] })
  })
})

describe('EventFilters quick status', () => {
  it('sets one severity and All removes it', async () => {
    const user = userEvent.setup()
    render(<Host />)
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Warning' }))
    expect(applied()).toEqual({ severities: ['warning'] })
    expect(screen.getByRole('radio', { name: 'Warning' })).toBeChecked()
    expect(chips()).toEqual(['Remove filter: Status: Warning'])
    await user.click(screen.getByRole('radio', { name: 'All' }))
    expect(applied()).toEqual({})
    expect(chips()).toEqual([])
  })
})

describe('EventFilters event type menu', () => {
  it('adds one type from an expanded category', async () => {
    const user = userEvent.setup()
    render(<Host />)
    const menu = await openTypePicker(user)
    const toggle = within(menu).getByRole('button', { name: 'User types' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.click(within(menu).getByRole('checkbox', { name: 'Signed in' }))
    expect(applied()).toEqual({ types: ['user.logged_in'] })
    expect(within(menu).getByRole('checkbox', { name: 'User (10 types)' })).toBePartiallyChecked()
    expect(chips()).toEqual(['Remove filter: Type: Signed in'])
  })

  it('selects a whole category, and clearing one of its types leaves the rest selected', async () => {
    const user = userEvent.setup()
    render(<Host />)
    const menu = await openTypePicker(user)
    const all = within(menu).getByRole('checkbox', { name: 'Organization (3 types)' })
    await user.click(all)
    expect(all).toBeChecked()
    expect(applied()).toEqual({ categories: ['organization'] })
    expect(chips()).toEqual(['Remove filter: Type: Organization (all)'])

    await user.click(within(menu).getByRole('button', { name: 'Organization types' }))
    const types = ['Organization created', 'Organization updated', 'Organization deleted']
    for (const name of types) expect(within(menu).getByRole('checkbox', { name })).toBeChecked()
    await user.click(within(menu).getByRole('checkbox', { name: 'Organization updated' }))
    expect(all).toBePartiallyChecked()
    expect(applied()).toEqual({ types: ['organization.created', 'organization.deleted'] })

    // A mixed category box selects everything again.
    await user.click(all)
    expect(all).toBeChecked()
    expect(applied()).toEqual({ categories: ['organization'] })
    await user.click(all)
    expect(all).not.toBeChecked()
    expect(applied()).toEqual({})
  })

  it('offers the types of the chosen backend, both spellings as one choice', async () => {
    const user = userEvent.setup()
    render(<Host backend="infra" />)
    const menu = await openTypePicker(user)
    await user.click(within(menu).getByRole('button', { name: 'User types' }))
    const signUps = within(menu).getAllByRole('checkbox', { name: 'Signed up' })
    expect(signUps).toHaveLength(1)
    await user.click(signUps[0]!)
    expect(applied().types).toEqual(expect.arrayContaining(['user_created', 'user_signed_up']))
    expect(chips()).toEqual(['Remove filter: Type: Signed up'])
  })
})

describe('EventFilters timestamp range', () => {
  it('takes whole days in the time zone, the last day included', async () => {
    const user = userEvent.setup()
    render(<Host />)
    await user.click(screen.getByRole('button', { name: 'Add filter' }))
    await user.click(await screen.findByRole('button', { name: 'Timestamp' }))
    await user.type(screen.getByLabelText('From'), '2025-03-01')
    await user.type(screen.getByLabelText('To'), '2025-03-05')
    await user.click(screen.getByRole('button', { name: 'Apply range' }))
    // Paris is UTC+1 in March: the 1st starts at 23:00 UTC the day before.
    expect(applied()).toEqual({ from: '2025-02-28T23:00:00.000Z', until: '2025-03-05T23:00:00.000Z' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(chips()).toEqual(['Remove filter: Date: Mar 1, 2025 – Mar 5, 2025'])
  })

  it('refuses an end before the start', async () => {
    const user = userEvent.setup()
    render(<Host />)
    await user.click(screen.getByRole('button', { name: 'Add filter' }))
    await user.click(await screen.findByRole('button', { name: 'Timestamp' }))
    await user.type(screen.getByLabelText('From'), '2025-03-05')
    await user.type(screen.getByLabelText('To'), '2025-03-01')
    expect(screen.getByRole('alert')).toHaveTextContent('The end date is before the start date.')
    expect(screen.getByRole('button', { name: 'Apply range' })).toBeDisabled()
    expect(applied()).toEqual({})
  })
})

describe('EventFilters chips', () => {
  const initial: Filters = {
    q: 'ada',
    severities: ['failed'],
    categories: ['session'],
    from: new Date('2025-03-01T00:00:00Z'),
    userId: 'user-1',
    sort: 'asc',
  }

  it('removes one filter per chip, and empties the search field with its chip', async () => {
    const user = userEvent.setup()
    render(<Host initial={initial} timeZone="UTC" />)
    expect(chips()).toEqual([
      'Remove filter: Search: ada',
      'Remove filter: Type: Session (all)',
      'Remove filter: Date: from Mar 1, 2025',
      'Remove filter: Status: Failed',
      'Remove filter: User: user-1',
    ])
    for (const chip of screen.getAllByRole('button', { name: /^Remove filter/ })) {
      expect(chip).toHaveAttribute('data-state', 'on')
    }
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('ada')
    await user.click(screen.getByRole('button', { name: 'Remove filter: Search: ada' }))
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('')
    await user.click(screen.getByRole('button', { name: 'Remove filter: Status: Failed' }))
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked()
    expect(applied()).toEqual({
      categories: ['session'],
      from: '2025-03-01T00:00:00.000Z',
      userId: 'user-1',
      sort: 'asc',
    })
  })

  it('clears every filter but keeps the sort order', async () => {
    const user = userEvent.setup()
    render(<Host initial={initial} />)
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(applied()).toEqual({ sort: 'asc' })
    expect(chips()).toEqual([])
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('')
  })
})

describe('EventFilters state ownership', () => {
  it('controlled: shows only what the host passes back', async () => {
    const user = userEvent.setup()
    const seen: Filters[] = []
    render(<EventFilters value={{}} onValueChange={(next) => seen.push(next)} />)
    await user.click(screen.getByRole('radio', { name: 'Failed' }))
    expect(seen).toEqual([{ severities: ['failed'] }])
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked()
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument()
  })

  it('uncontrolled: starts from defaultValue and keeps its own changes', async () => {
    const user = userEvent.setup()
    const seen: Filters[] = []
    render(<EventFilters defaultValue={{ severities: ['info'] }} onValueChange={(next) => seen.push(next)} />)
    expect(screen.getByRole('radio', { name: 'Info' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Success' }))
    expect(screen.getByRole('radio', { name: 'Success' })).toBeChecked()
    expect(chips()).toEqual(['Remove filter: Status: Success'])
    expect(seen).toEqual([{ severities: ['success'] }])
  })

  it('with neither value nor defaultValue: reads and writes the nearest EventFiltersProvider', async () => {
    const user = userEvent.setup()
    const seen: Filters[] = []
    render(
      <EventFiltersProvider defaultValue={{ severities: ['info'] }} onValueChange={(next) => seen.push(next)}>
        <EventFilters labels={{ region: 'First' }} />
        <EventFilters labels={{ region: 'Second' }} />
        <EventFilters labels={{ region: 'Own' }} defaultValue={{}} />
      </EventFiltersProvider>,
    )
    const bar = (name: string) => within(screen.getByRole('search', { name }))
    expect(bar('Second').getByRole('radio', { name: 'Info' })).toBeChecked()
    await user.click(bar('First').getByRole('radio', { name: 'Failed' }))
    expect(bar('Second').getByRole('radio', { name: 'Failed' })).toBeChecked()
    expect(bar('Own').getByRole('radio', { name: 'All' })).toBeChecked()
    expect(seen).toEqual([{ severities: ['failed'] }])
  })
})
