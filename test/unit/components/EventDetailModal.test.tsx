import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { preloadEventDetailModal } from '../../../src/components/EventDetailModal/preloadEventDetailModal'
import { EventDetailModalView } from '../../../src/components/EventDetailModal/EventDetailModalView'
import { EventDetailView } from '../../../src/components/EventDetailModal/EventDetailView'
import { extractChanges, extractErrorDetails } from '../../../src/components/EventDetailModal/extractDetails'
import { parseUserAgent } from '../../../src/components/EventDetailModal/parseUserAgent'
import { makeEvent } from './sharedTestEvents'

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'

const sessionEvent = makeEvent({
  id: 'evt-42',
  type: 'session.created',
  label: 'Session created',
  message: 'Session started for Ada',
  userId: 'user-ada',
  sessionId: 'sess-1',
  organizationId: 'org-1',
  ipAddress: '203.0.113.7',
  userAgent: CHROME_MAC,
  metadata: { token: 'sess_secret_value', email: 'ada@example.com', device: { os: 'mac', cookie: 'c=1' } },
})

const list = [
  makeEvent({ id: 'a', message: 'First event' }),
  makeEvent({ id: 'b', message: 'Second event' }),
  makeEvent({ id: 'c', message: 'Third event' }),
]

describe('parseUserAgent', () => {
  it('names the browser, OS and device', () => {
    const ua = parseUserAgent(CHROME_MAC)
    expect(ua.browser).toBe('Chrome 120.0.0.0')
    expect(ua.os).toMatch(/^macOS 10\.15\.7/)
    expect(ua.device).toMatch(/^desktop/)
    expect(parseUserAgent('')).toEqual({})
    expect(parseUserAgent(undefined)).toEqual({})
  })
})

describe('extractErrorDetails and extractChanges', () => {
  it('reads reason, message and code, also from a nested error, but never a top-level code', () => {
    expect(extractErrorDetails({ reason: 'invalid_password', code: '123456' })).toEqual({
      reason: 'invalid_password',
    })
    expect(
      extractErrorDetails({ error: { message: 'Bad credentials', code: 'INVALID', status: 401 } }),
    ).toEqual({
      message: 'Bad credentials',
      code: 'INVALID',
      status: '401',
    })
    expect(extractErrorDetails({ error: 'Account locked' })).toEqual({ message: 'Account locked' })
  })

  it('pairs old/new, previous and value objects', () => {
    expect(
      extractChanges({
        oldRole: 'member',
        newRole: 'admin',
        old_name: 'A',
        new_name: 'B',
        previousEmail: 'a@x.io',
        email: 'b@x.io',
        newUser: true,
        oldValues: { plan: 'free', password: 'p1' },
        newValues: { plan: 'pro', password: 'p2', seats: 5 },
      }),
    ).toEqual([
      { field: 'role', before: 'member', after: 'admin', secret: false },
      { field: 'name', before: 'A', after: 'B', secret: false },
      { field: 'email', before: 'a@x.io', after: 'b@x.io', secret: false },
      { field: 'plan', before: 'free', after: 'pro', secret: false },
      { field: 'password', before: 'p1', after: 'p2', secret: true },
      { field: 'seats', before: undefined, after: 5, secret: false },
    ])
  })
})

describe('EventDetailView', () => {
  it('shows ids, times with ms in local and UTC, client and parsed user agent', () => {
    render(
      <EventDetailView
        event={sessionEvent}
        locale="en-GB"
        timeZone="UTC"
        geo={{ status: 'resolving', location: undefined }}
      />,
    )
    expect(screen.getByText('evt-42')).toBeInTheDocument()
    expect(screen.getByText('2026-11-20 11:59:58.123 UTC')).toBeInTheDocument()
    expect(screen.getByText(/20\/11\/2026, 11:59:58\.123/)).toBeInTheDocument()
    expect(screen.getByText('Resolving…')).toBeInTheDocument()
    expect(screen.getByText('Chrome 120.0.0.0')).toBeInTheDocument()
    expect(screen.getByText(CHROME_MAC)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Error' })).not.toBeInTheDocument()
  })

  it('shows the resolved location with its flag', () => {
    render(
      <EventDetailView
        event={sessionEvent}
        geo={{ status: 'resolved', location: { city: 'Paris', country: 'France', countryCode: 'FR' } }}
      />,
    )
    expect(screen.getByText('Paris, France')).toBeInTheDocument()
    expect(screen.getByText(/🇫🇷/)).toHaveAttribute('aria-hidden', 'true')
  })

  it('copies ids and says so in a live status', async () => {
    const user = userEvent.setup()
    render(<EventDetailView event={sessionEvent} />)
    await user.click(screen.getByRole('button', { name: 'Copy Session ID' }))
    expect(await navigator.clipboard.readText()).toBe('sess-1')
    expect(screen.getByText('Session ID copied')).toHaveAttribute('role', 'status')
  })

  it('masks secrets until revealed, one value at a time', async () => {
    const user = userEvent.setup()
    render(<EventDetailView event={sessionEvent} />)
    expect(screen.queryByText(/sess_secret_value/)).not.toBeInTheDocument()
    expect(screen.getByText('ada@example.com', { exact: false })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reveal token' }))
    expect(screen.getByText('"sess_secret_value"')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /device/ })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('button', { name: 'Reveal cookie' })).toBeInTheDocument()
    expect(screen.queryByText(/c=1/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hide token' }))
    expect(screen.queryByText(/sess_secret_value/)).not.toBeInTheDocument()
  })

  it('bounds a huge payload: keys per level, depth and long strings', async () => {
    const user = userEvent.setup()
    const big: Record<string, unknown> = {}
    for (let i = 0; i < 130; i += 1) big[`k${i}`] = i
    let deep: Record<string, unknown> = { leaf: 'bottom' }
    for (let i = 0; i < 10; i += 1) deep = { [`d${i}`]: deep }
    const event = makeEvent({ metadata: { big, deep, long: 'x'.repeat(5000) } })
    render(<EventDetailView event={event} metadataLimits={{ maxKeys: 50, maxDepth: 3, maxString: 100 }} />)
    // Objects of the first level start open.
    expect(screen.getByRole('button', { name: /big/ })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('k49')).toBeInTheDocument()
    expect(screen.queryByText('k50')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }))
    expect(screen.getByText('k99')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 30 more' }))
    expect(screen.getByText('k129')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument()

    expect(screen.getByText(`"${'x'.repeat(100)}…"`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(screen.getByText(`"${'x'.repeat(5000)}"`)).toBeInTheDocument()

    for (const name of ['d9', 'd8', 'd7'])
      await user.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }))
    expect(screen.getByText('Nested too deep to show')).toBeInTheDocument()
  })

  it('renders user data as text, never HTML', () => {
    const event = makeEvent({ message: '<img src=x onerror=alert(1)>', metadata: { name: '<b>bold</b>' } })
    const { container } = render(<EventDetailView event={event} />)
    expect(container.querySelector('img, b')).toBeNull()
    expect(screen.getByText('"<b>bold</b>"')).toBeInTheDocument()
  })

  it('has an Error section for failed events and a Changes table for updates', () => {
    const failed = makeEvent({
      status: 'failed',
      severity: 'failed',
      metadata: { error: { message: 'Invalid password', code: 'INVALID_PASSWORD' } },
    })
    const { unmount } = render(<EventDetailView event={failed} />)
    const errorSection = screen.getByRole('region', { name: 'Error' })
    expect(within(errorSection).getByText('Invalid password')).toBeInTheDocument()
    expect(within(errorSection).getByText('INVALID_PASSWORD')).toBeInTheDocument()
    unmount()
    render(
      <EventDetailView
        event={makeEvent({ type: 'member.role_changed', metadata: { oldRole: 'member', newRole: 'admin' } })}
      />,
    )
    const table = within(screen.getByRole('region', { name: 'Changes' })).getByRole('table')
    expect(within(table).getByRole('row', { name: 'role member admin' })).toBeInTheDocument()
  })
})

describe('EventDetailModalView', () => {
  // Radix Dialog loads on first need (issue 12); these tests are about the dialog once it is in.
  beforeAll(() => preloadEventDetailModal())

  it('pages with buttons and arrow keys without closing, and closes with Escape', async () => {
    const user = userEvent.setup()
    const changes: string[] = []
    const opens: boolean[] = []
    render(
      <EventDetailModalView
        events={list}
        eventId="b"
        defaultOpen
        onOpenChange={(open) => opens.push(open)}
        onEventChange={(event) => changes.push(event.id)}
      />,
    )
    const dialog = screen.getByRole('dialog', { name: 'Second event' })
    expect(within(dialog).getByText('2 of 3')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Next event' }))
    expect(screen.getByRole('dialog', { name: 'Third event' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Next event' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByRole('dialog', { name: 'First event' })).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('dialog', { name: 'First event' })).toBeInTheDocument()
    expect(changes).toEqual(['c', 'b', 'a'])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opens).toEqual([false])
  })

  it('says so when the event is not loaded', () => {
    render(<EventDetailModalView eventId="gone" events={list} open />)
    expect(screen.getByRole('dialog', { name: 'This event is not loaded any more.' })).toBeInTheDocument()
  })

  it('is a theming root in its portal and can be unstyled', () => {
    const { rerender } = render(<EventDetailModalView event={sessionEvent} open />)
    expect(screen.getByRole('dialog').parentElement).toHaveClass('ae-root')
    rerender(<EventDetailModalView event={sessionEvent} open unstyled />)
    expect(screen.getByRole('dialog').querySelector('[class*="ae-"]')).toBeNull()
  })

  it('follows a new requested event after paging', () => {
    const { rerender } = render(<EventDetailModalView events={list} eventId="a" open />)
    expect(screen.getByRole('dialog', { name: 'First event' })).toBeInTheDocument()
    act(() => rerender(<EventDetailModalView events={list} eventId="c" open />))
    expect(screen.getByRole('dialog', { name: 'Third event' })).toBeInTheDocument()
  })
})
