import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { preloadEventDetailModal } from '../../../src/components/EventDetailModal/preloadEventDetailModal'
import { EventDetailModalView } from '../../../src/components/EventDetailModal/EventDetailModalView'
import { EventDetailView } from '../../../src/components/EventDetailModal/EventDetailView'
import {
  boundText,
  MAX_USER_TEXT,
  MAX_USER_TEXT_EXPANDED,
  revealInvisible,
  userTextInline,
} from '../../../src/components/shared/boundUserText'
import { EventFilters } from '../../../src/components/EventFilters/EventFilters'
import { EventListView } from '../../../src/components/EventList/EventListView'
import { makeEvent } from './sharedTestEvents'

describe('revealInvisible and boundText', () => {
  it('shows bidi controls and zero-width characters as markers', () => {
    expect(revealInvisible('admin\u202Egnp.exe')).toBe('admin⟨U+202E⟩gnp.exe')
    expect(revealInvisible('\u202Enimda\u202C signed in')).toBe('⟨U+202E⟩nimda⟨U+202C⟩ signed in')
    expect(revealInvisible('ad\u200Bmin\u2066x\u2069\uFEFF')).toBe('ad⟨U+200B⟩min⟨U+2066⟩x⟨U+2069⟩⟨U+FEFF⟩')
    expect(revealInvisible('a\u0007b')).toBe('a⟨U+0007⟩b')
  })

  it('keeps joiners that are spelling or emoji, not between Latin letters', () => {
    expect(revealInvisible('می\u200Cخواهم')).toBe('می\u200Cخواهم')
    expect(revealInvisible('👩\u200D💻')).toBe('👩\u200D💻')
    expect(revealInvisible('ad\u200Dmin')).toBe('ad⟨U+200D⟩min')
    expect(revealInvisible('line\none\ttab')).toBe('line\none\ttab')
  })

  it('cuts long strings without splitting a surrogate pair', () => {
    expect(boundText('x'.repeat(5000), 2000)).toEqual({ text: 'x'.repeat(2000), omitted: 3000 })
    expect(boundText('a😀b', 2)).toEqual({ text: 'a', omitted: 3 })
    expect(boundText('short')).toEqual({ text: 'short', omitted: 0 })
  })

  it('isolates an inline value with FSI/PDI', () => {
    expect(userTextInline('\u202Enimda', 10)).toBe('⟨U+202E⟩nimda')
    expect(userTextInline('abcdef', 3)).toBe('abc…')
    expect(userTextInline('محمد العلي')).toBe('\u2068محمد العلي\u2069')
  })
})

describe('user strings in the dialog', () => {
  // Radix Dialog loads on first need (issue 12); these tests are about the dialog once it is in.
  beforeAll(() => preloadEventDetailModal())

  it('bounds a 1 MB message: title and overview show a cut with what was left out', async () => {
    const user = userEvent.setup()
    const message = `start ${'m'.repeat(1_000_000)}`
    const event = makeEvent({ id: 'big', message })
    const { container } = render(
      <EventDetailModalView events={[event]} eventId="big" defaultOpen aria-describedby={undefined} />,
    )
    const dialog = screen.getByRole('dialog')
    // Far less than the message reaches the DOM.
    expect(document.body.textContent!.length).toBeLessThan(MAX_USER_TEXT * 2 + 5_000)
    expect(within(dialog).getByText('998,006 more characters')).toBeInTheDocument()
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^start m+…$/)
    await user.click(within(dialog).getByRole('button', { name: 'Show all' }))
    expect(document.body.textContent!.length).toBeLessThan(MAX_USER_TEXT_EXPANDED + 10_000)
    expect(within(dialog).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
    expect(within(dialog).getByText('980,006 more characters')).toBeInTheDocument()
    expect(container).toBeDefined()
  })

  it('shows spoofing characters in names, messages and metadata, isolated', () => {
    const event = makeEvent({
      message: '\u202Enimda\u202C signed in',
      userId: 'admin\u202Egnp.exe',
      metadata: { file: 'admin\u202Egnp.exe' },
    })
    render(<EventDetailView event={event} />)
    const markers = screen.getAllByText('⟨U+202E⟩')
    expect(markers.length).toBeGreaterThanOrEqual(3)
    for (const marker of markers) expect(marker.closest('bdi')).toHaveAttribute('dir', 'auto')
    expect(screen.getByText('⟨U+202C⟩')).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('\u202E')
  })

  it('bounds long metadata strings even after "Show all"', async () => {
    const user = userEvent.setup()
    render(<EventDetailView event={makeEvent({ metadata: { note: 'n'.repeat(300_000) } })} />)
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(document.body.textContent!.length).toBeLessThan(MAX_USER_TEXT_EXPANDED + 5_000)
    expect(screen.getByText('280,000 more characters')).toBeInTheDocument()
  })
})

describe('user strings in filter chips', () => {
  it('shows a spoofed user id visibly and isolates a right-to-left search', () => {
    render(
      <EventFilters
        value={{ userId: '\u202Enimda\u202C', q: 'محمد 42' }}
        onValueChange={() => undefined}
        locale="en-US"
        timeZone="UTC"
      />,
    )
    const list = screen.getByRole('list', { name: 'Active filters' })
    const names = within(list)
      .getAllByRole('button')
      .map((chip) => chip.getAttribute('aria-label'))
    expect(names).toContain('Remove filter: User: ⟨U+202E⟩nimda⟨U+202C⟩')
    expect(names).toContain('Remove filter: Search: \u2068محمد 42\u2069')
    expect(list.textContent).not.toMatch(/[\u202A-\u202E]/)
  })
})

describe('user strings in the event list', () => {
  it('isolates messages and names, shows spoofing characters and bounds a huge message', () => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 440 })
    try {
      const events = [
        makeEvent({ id: 'ar', message: 'محمد العلي signed in' }),
        makeEvent({ id: 'spoof', message: '\u202Enimda\u202C signed in', userId: 'admin\u202Egnp.exe' }),
        makeEvent({ id: 'huge', message: 'h'.repeat(1_000_000) }),
      ]
      render(<EventListView status="success" events={events} overscan={2} />)
      const rows = screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1')
      // The Arabic-first message is isolated: the row itself stays left to right.
      const arabic = within(rows[0]!).getByText('محمد العلي signed in')
      expect(arabic.tagName).toBe('BDI')
      expect(arabic).toHaveAttribute('dir', 'auto')
      expect(rows[0]!.closest('[dir="rtl"]')).toBeNull()
      expect(within(rows[1]!).getAllByText('⟨U+202E⟩')).toHaveLength(2)
      expect(rows[1]!.textContent).not.toMatch(/[\u202A-\u202E]/)
      expect(rows[2]!.textContent!.length).toBeLessThan(1_000)
    } finally {
      if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original)
    }
  })
})
