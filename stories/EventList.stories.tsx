import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { normalizeStudioEvents } from '../src/api/adapters/studio/normalizeStudioEvent'
import { createEventsClient } from '../src/api/client'
import { HttpError } from '../src/api/errors'
import type { AuthEvent } from '../src/api/types'
import { EventList } from '../src/components/EventList/EventList'
import { EventListView } from '../src/components/EventList/EventListView'
import { AeRoot } from '../src/components/shared/Root'
import { EventsProvider } from '../src/hooks/EventsProvider'
import { createStudioHandlers, studioCapabilities } from '../src/msw'
import { createEventStream, generateEvents } from '../src/server/generator'

// Pinned, so every story shows the same events.
const NOW = new Date('2026-03-10T15:00:00Z')

let cache: AuthEvent[] | undefined
/** 500+ generated Studio events, normalised (computed once). */
function events(): AuthEvent[] {
  cache ??= normalizeStudioEvents(
    generateEvents({ seed: 'event-list', now: NOW, days: 7, eventsPerDay: 120 }),
  ).events
  return cache
}

const meta = {
  title: 'Components/EventList',
  component: EventListView,
  args: { status: 'success', locale: 'en-GB', timeZone: 'Europe/Paris' },
  argTypes: {
    ref: { control: false },
    gridRef: { control: false },
    events: { control: false },
    error: { control: false },
    newIds: { control: false },
  },
  render: (args) => <EventListView {...args} events={args.events ?? events().slice(0, 120)} />,
} satisfies Meta<typeof EventListView>

export default meta
type Story = StoryObj<typeof meta>

/** 120 events, newest first, with "Load more". Arrow keys move between rows; Enter opens. */
export const Default: Story = {
  args: { hasMore: true, onLoadMore: () => undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const grid = canvas.getByRole('grid')
    await expect(grid).toHaveAttribute('aria-rowcount', '121')
    const rows = within(grid).getAllByRole('row')
    await userEvent.click(rows[1]!)
    await userEvent.keyboard('{ArrowDown}')
    await expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-rowindex', '3')
  },
}

/** The first page is loading: a skeleton and a status for screen readers. */
export const Loading: Story = { args: { status: 'pending', events: [] } }

/** Nothing matches the filters. */
export const Empty: Story = { args: { events: [] } }

/** A 390 px container (a phone, a side panel): rows stack type and status, the message, who and when. */
export const Narrow: Story = {
  args: { events: events().slice(0, 30), onSortChange: () => undefined },
  decorators: [
    (Story) => (
      <div style={{ width: 390 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.ae-event-list')).toHaveAttribute('data-layout', 'stacked'),
    )
  },
}

/** The backend holds no events at all (no filter set): the first-run checklist. */
export const FirstRun: Story = {
  args: { events: [], firstRun: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No events recorded yet')).toBeVisible()
  },
}

/**
 * Spoofed names and an Arabic-first message: invisible characters are visible markers, each
 * value is isolated so the row keeps its direction, and a failed sign-in's email is tagged as such.
 */
export const SpoofedAndBidi: Story = {
  args: {
    events: [
      { ...events()[0]!, id: 'bidi-1', message: 'محمد العلي signed in' },
      { ...events()[1]!, id: 'bidi-2', message: '\u202Enimda\u202C signed in', userId: 'admin\u202Egnp.exe' },
      {
        ...events()[2]!,
        id: 'bidi-3',
        userId: undefined,
        status: 'failed',
        severity: 'failed',
        metadata: { email: 'mallory@example.com' },
      },
      ...events().slice(3, 10),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByText('⟨U+202E⟩').length).toBeGreaterThanOrEqual(1)
    await expect(canvas.getByText('mallory@example.com').closest('[data-kind]')).toHaveAttribute(
      'data-kind',
      'email',
    )
  },
}

/** The request failed; rows already loaded stay visible under the message. */
export const Error: Story = {
  args: {
    status: 'error',
    error: new HttpError(
      403,
      { success: false, message: 'Forbidden', reason: 'ip_not_allowed' },
      '/api/studio/api/events',
    ),
    onRetry: () => undefined,
    events: events().slice(0, 8),
  },
}

/** Studio answered `ready: false`: its events table does not exist yet. */
export const NotReady: Story = { args: { events: [], ready: false } }

/** Client-side filtering on a baseline backend says how far it searched, and malformed events are counted. */
export const SearchedAndSkipped: Story = {
  args: { events: events().slice(0, 12), scanned: 5000, scanLimitReached: true, skipped: 3 },
}

function LiveList(props: Parameters<typeof EventListView>[0]) {
  const [state, setState] = useState(() => ({ events: events().slice(0, 60), newIds: [] as string[] }))
  useEffect(() => {
    const stream = createEventStream({ seed: 'event-list', start: NOW })
    let at = NOW.getTime()
    const id = setInterval(() => {
      at += 90_000
      const fresh = normalizeStudioEvents(stream.next(1 + (at % 2), new Date(at))).events
      setState((previous) => ({
        events: [...fresh, ...previous.events].slice(0, 500),
        newIds: fresh.map((event) => event.id),
      }))
    }, 2000)
    return () => clearInterval(id)
  }, [])
  return <EventListView {...props} events={state.events} newIds={state.newIds} />
}

/** New events slide in at the top every 2 s. Scroll down: what you read does not move. */
export const Live: Story = { render: (args) => <LiveList {...args} /> }

/** 500 events held: "Load more" becomes a note about the cap. */
export const Capped: Story = {
  args: { events: events().slice(0, 500), hasMore: true, onLoadMore: () => undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('grid')).toHaveAttribute('aria-rowcount', '501')
    await expect(canvas.getByText(/most this list holds/)).toBeInTheDocument()
    await expect(canvas.getAllByRole('row').length).toBeLessThan(40)
  },
}

/** Oldest first: live arrivals are announced instead of inserted. */
export const OldestFirst: Story = {
  args: { sort: 'asc', newerCount: 4, onShowNewer: () => undefined, onSortChange: () => undefined },
  render: (args) => <EventListView {...args} events={events().slice(0, 500).reverse()} />,
}

/** Forced dark scheme through `<AeRoot colorScheme="dark">`. */
export const Dark: Story = {
  render: (args) => (
    <AeRoot colorScheme="dark" style={{ padding: 16 }}>
      <EventListView {...args} events={events().slice(0, 40)} newIds={[events()[0]!.id]} />
    </AeRoot>
  ),
}

/** `unstyled`: no library classes, the host styles it; behaviour and ARIA unchanged. */
export const Unstyled: Story = { args: { unstyled: true, events: events().slice(0, 30) } }

/** Two security-layer events (a detection and a refusal) over ordinary rows. */
function withSecurityEvents(): AuthEvent[] {
  return [
    ...events()
      .slice(0, 2)
      .map((event, i): AuthEvent => ({
        ...event,
        id: `sec-${i}`,
        type: i === 0 ? 'security_credential_stuffing' : 'security_geo_blocked',
        category: 'security',
        label: i === 0 ? 'Credential stuffing detected' : 'Blocked by location',
        message: i === 0 ? 'Credential stuffing from 203.0.113.9' : 'Request from a blocked country',
        severity: i === 0 ? 'warning' : 'failed',
      })),
    ...events().slice(2, 8),
  ]
}

const twoSecurityTags = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await expect(within(canvasElement).getAllByText('Security')).toHaveLength(2)
}

/** Security events (category security) carry a worded tag with a shield and an accent bar. */
export const SecurityEvents: Story = {
  args: { events: withSecurityEvents() },
  play: twoSecurityTags,
}

/** Security events in the dark palette: the tag and the accent bar keep their contrast. */
export const SecurityEventsDark: Story = {
  args: { events: withSecurityEvents() },
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ padding: 16 }}>
        <Story />
      </AeRoot>
    ),
  ],
  play: twoSecurityTags,
}

/**
 * A 390 px container (a phone) in the dark palette: stacked rows, security events among them.
 * The layout follows the container, not the viewport: the list may be embedded anywhere.
 */
export const NarrowDark: Story = {
  args: { events: withSecurityEvents(), onSortChange: () => undefined },
  decorators: [
    (Story) => (
      <AeRoot colorScheme="dark" style={{ width: 390, padding: 12, boxSizing: 'border-box' }}>
        <Story />
      </AeRoot>
    ),
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.ae-event-list')).toHaveAttribute('data-layout', 'stacked'),
    )
    await twoSecurityTags({ canvasElement })
  },
}

/** Two results: the list is two rows tall, not a fixed box with empty space under them. */
export const FewResults: Story = { args: { events: events().slice(0, 2) } }

/** `fillHeight`: the list takes the height its container is given (here 360px) and scrolls inside. */
export const FillHeight: Story = {
  args: { fillHeight: true },
  decorators: [
    (Story) => (
      <div style={{ height: 360, display: 'flex', flexDirection: 'column' }}>
        <Story />
      </div>
    ),
  ],
}

const unicode: AuthEvent[] = [
  { rtl: 'تم تسجيل دخول المستخدم أحمد من جهاز جديد', user: 'أحمد@example.com' },
  { rtl: 'המשתמש שרה התחברה בהצלחה', user: 'שרה@example.com' },
  { rtl: '用户 张伟 登录失败：密码错误，'.repeat(4), user: 'zhang.wei@example.cn' },
  {
    rtl: 'Zoë Ångström-Łukasiewicz 👩🏽‍💻 signed in from a very long device name '.repeat(3),
    user: 'zoe@example.com',
  },
].map(({ rtl, user }, i) => ({
  ...events()[i]!,
  id: `unicode-${i}`,
  message: rtl,
  userId: undefined,
  metadata: { email: user },
}))

/** Long, mixed-direction and non-Latin text is truncated per cell and keeps its own direction. */
export const LongUnicodeAndRtl: Story = { args: { events: [...unicode, ...events().slice(4, 20)] } }

/** Connected: `useEvents` through msw's reference server, with the detail dialog on Enter or click. */
export const Connected: Story = {
  parameters: {
    msw: createStudioHandlers({
      events: generateEvents({ seed: 'event-list', now: NOW, days: 7 }),
      extensions: studioCapabilities,
      latencyMs: 300,
    }),
  },
  render: () => (
    <EventsProvider client={createEventsClient()}>
      <EventList locale="en-GB" timeZone="Europe/Paris" />
    </EventsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('grid', {}, { timeout: 5000 })).toHaveAttribute(
      'aria-rowcount',
      '51',
    )
  },
}
