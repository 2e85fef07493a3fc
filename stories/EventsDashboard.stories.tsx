import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { delay, http, HttpResponse } from 'msw'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { auditLogAdapter } from '../src/api/adapters/auditLog/auditLogAdapter'
import { createEventsClient } from '../src/api/client'
import type { EventsClient } from '../src/api/clientTypes'
import { EventsDashboard } from '../src/components/EventsDashboard/EventsDashboard'
import type { EventsDashboardProps } from '../src/components/EventsDashboard/EventsDashboard'
import { createAuditLogHandlers, createStudioHandlers, studioCapabilities } from '../src/msw'
import { fromWireEvent } from '../src/server/convert'
import { generateAuditLogEntries } from '../src/server/doubles/generateAuditLogEntries'
import { generateEvents } from '../src/server/generator'
import { createMemoryStore } from '../src/server/memoryStore'
import type { StudioWireEvent } from '../src/server/wire'

// Pinned, so the generated history is the same on every run.
const FIXED_NOW = new Date('2026-11-20T12:00:00.000Z')
const STUDIO = '*/api/studio/api'

let yearCache: StudioWireEvent[] | undefined
/** A year of generated Studio events (computed once, on first use). */
const year = () =>
  (yearCache ??= generateEvents({ seed: 'dashboard', now: FIXED_NOW, days: 365, eventsPerDay: 40 }))

/** The reference server over a year of events, every extension on. */
const studio = (events: StudioWireEvent[] = year()) =>
  createStudioHandlers({ events, extensions: studioCapabilities })

type Args = Omit<EventsDashboardProps, 'client'> & { clientFactory?: () => EventsClient }

/** A fresh client per story: a client caches what the backend can do. */
function DashboardStory({ clientFactory = () => createEventsClient(), ...props }: Args) {
  const [client] = useState(clientFactory)
  return <EventsDashboard {...props} client={client} />
}

const meta = {
  title: 'Dashboard/EventsDashboard',
  component: DashboardStory,
  tags: ['autodocs'],
  args: { locale: 'en-GB', timeZone: 'UTC', defaultLive: false },
  argTypes: { clientFactory: { control: false } },
  parameters: { layout: 'fullscreen', msw: studio() },
} satisfies Meta<typeof DashboardStory>

export default meta
type Story = StoryObj<typeof meta>

/** Waits until the whole dashboard is on screen (the list answered), so axe checks all of it. */
const shown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement)
  await expect(
    await canvas.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 }),
  ).toBeVisible()
  await expect(
    await canvas.findByRole('grid', { name: 'Event activity by day' }, { timeout: 8000 }),
  ).toBeVisible()
}

const json = (body: Record<string, unknown>, status: number, headers?: Record<string, string>) =>
  HttpResponse.json(body, { status, headers })

/** Everything at once, live: new sign-ins arrive every few seconds. */
export const DefaultLive: Story = {
  args: { defaultLive: true },
  beforeEach: ({ msw }) => {
    const store = createMemoryStore({ events: year().map(fromWireEvent) })
    msw.use(...createStudioHandlers({ store, extensions: studioCapabilities }))
    const templates = year().slice(0, 50)
    let n = 0
    const timer = setInterval(() => {
      n += 1
      const template = templates[n % templates.length]!
      void store.insert([
        fromWireEvent({ ...template, id: `live-${n}`, timestamp: new Date().toISOString() }),
      ])
    }, 3000)
    return () => clearInterval(timer)
  },
  play: async ({ canvasElement }) => {
    await shown({ canvasElement })
    await waitFor(() => expect(within(canvasElement).getByText(/^Last update/)).toBeVisible(), {
      timeout: 5000,
    })
  },
}

/** Asking the backend's status. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
  },
  play: async ({ canvasElement }) => {
    // One layout from the start: the parts' skeletons, with the check announced.
    await expect(await within(canvasElement).findByText('Checking event tracking…')).toHaveAttribute(
      'role',
      'status',
    )
  },
}

/** Event tracking switched off in studio.config.ts. */
export const Disabled: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        HttpResponse.json({ enabled: false, configured: false, initialized: false, hasProvider: false }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'Event tracking is not enabled' }),
    ).toBeVisible()
  },
}

/** Configured, but the database cannot be reached. */
export const NotReady: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        HttpResponse.json({
          enabled: false,
          configured: true,
          initialized: false,
          hasProvider: false,
          error: 'connect ECONNREFUSED 127.0.0.1:5432',
        }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/connect ECONNREFUSED/)).toBeVisible()
  },
}

/**
 * Enabled, but the events table was never created: Studio's PostgreSQL provider answers an empty
 * page with `total: null` and zero counts, so the dashboard shows the first-run checklist.
 */
export const TableMissing: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({ events: [], hasMore: false, nextCursor: null, total: null }),
      ),
      http.get(`${STUDIO}/events/count`, () =>
        HttpResponse.json({ total: 0, success: 0, failed: 0, warning: 0, info: 0 }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No events recorded yet', {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(within(canvasElement).getByText(/run your migration/)).toBeVisible()
  },
}

/** The list answers `ready: false` (Studio after a restart): not zeros, not "Live"; it checks again by itself. */
export const StoreNotReady: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({ events: [], hasMore: false, total: 0, ready: false }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole(
        'region',
        { name: 'Event tracking is not ready yet' },
        { timeout: 8000 },
      ),
    ).toHaveTextContent(/checks every few seconds/)
  },
}

/** The API is on another origin and the request fails without an answer: the message says CORS and the proxy fix. */
export const CrossOrigin: Story = {
  args: { clientFactory: () => createEventsClient({ baseUrl: 'https://studio.example.test' }) },
  beforeEach: ({ msw }) => {
    msw.use(http.get('https://studio.example.test/api/studio/api/events/status', () => HttpResponse.error()))
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      /CORS/,
    )
  },
}

/** 401: not signed in to the backend. */
export const Unauthorized: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        json({ error: 'Unauthorized', message: 'No session cookie' }, 401),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('You are not signed in')
  },
}

/** 403: this IP address is not on Studio's allow list. */
export const IpNotAllowed: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        json({ success: false, message: 'Access denied for this IP address', reason: 'ip_not_allowed' }, 403),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('not on the allow list')
  },
}

/** 404: the API is not under the configured base path. */
export const WrongBasePath: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        json({ error: 'Not found', path: '/api/events/status' }, 404),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'Check the base URL and base path',
    )
  },
}

/** 429: too many requests; the dashboard asks again when the server allows. */
export const RateLimited: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(`${STUDIO}/events/status`, () =>
        json({ error: 'Too many requests' }, 429, { 'Retry-After': '30' }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(/Retrying in \d+ s/)
  },
}

/** The backend cannot be reached at all. */
export const Unreachable: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(`${STUDIO}/events/status`, () => HttpResponse.error()))
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'unreachable',
    )
  },
}

/** Enabled, with no events yet: the first-run state says what to check. */
export const Empty: Story = {
  parameters: { msw: studio([]) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No events recorded yet', {}, { timeout: 8000 }),
    ).toBeVisible()
  },
}

/** Events exist, but none match the filters. */
export const NoMatch: Story = {
  args: { defaultFilters: { q: 'nobody-matches-this' } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No events match these filters', {}, { timeout: 15_000 }),
    ).toBeVisible()
  },
}

/** Some events in the answer are malformed: the rest are shown and the list says how many were not. */
export const Skipped: Story = {
  beforeEach: ({ msw }) => {
    const events = year().slice(0, 30)
    msw.use(
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({
          events: [
            ...events.slice(0, 10),
            { ...events[10]!, timestamp: 'yesterday' },
            { ...events[11]!, id: '' },
          ],
          hasMore: false,
          nextCursor: null,
          total: 12,
        }),
      ),
    )
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^2 events could not be shown/)).toBeVisible()
  },
}

/** The list holds at most `maxEvents` (here 100): then it says how to reach older events. */
export const Capped: Story = {
  args: { showActivity: false, listProps: { maxEvents: 100 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Load more' }, { timeout: 5000 }))
    await expect(await canvas.findByText(/Showing the newest 100 events/)).toBeVisible()
  },
}

/** The audit-log plugin only lists the signed-in user's own events, and says so. */
export const SelfOnly: Story = {
  args: { clientFactory: () => createEventsClient({ adapter: auditLogAdapter() }), showActivity: false },
  beforeEach: ({ msw }) => {
    const entries = generateAuditLogEntries({ seed: 7, now: FIXED_NOW, count: 300, userId: 'usr_demo' })
    msw.use(...createAuditLogHandlers({ entries, sessionUserId: 'usr_demo' }).handlers)
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('note')).toHaveTextContent('your own events only')
  },
}

/** Dark colour scheme (dialogs and popovers follow). */
export const Dark: Story = {
  args: { colorScheme: 'dark' },
  play: shown,
}

/** A 390 px host element (a phone, a side panel); the dashboard lays out by its container. */
const narrow: Decorator = (Story) => (
  <div style={{ width: 390 }}>
    <Story />
  </div>
)

/** The narrow layout is on: the list's rows stack, and the time window is there. */
const shownNarrow = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await shown({ canvasElement })
  await waitFor(() =>
    expect(canvasElement.querySelector('.ae-event-list')).toHaveAttribute('data-layout', 'stacked'),
  )
  await expect(within(canvasElement).getByRole('group', { name: 'Time window' })).toBeVisible()
}

/** In a 390 px container: every part stacks, rows show type, status, message, who and time in full. */
export const Narrow: Story = {
  decorators: [narrow],
  play: shownNarrow,
}

/** The narrow layout in the dark palette. */
export const NarrowDark: Story = {
  args: { colorScheme: 'dark' },
  decorators: [narrow],
  play: shownNarrow,
}

// What a host that styles everything itself might add (targets of at least 24 px, WCAG 2.5.8).
const HOST_CSS = '.host-styles button { min-height: 28px; min-width: 28px; margin: 2px }'

/** No library classes: behaviour and ARIA only; the host's own stylesheet does the rest. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: shown,
  decorators: [
    (Story) => (
      <div className="host-styles">
        <style>{HOST_CSS}</style>
        <Story />
      </div>
    ),
  ],
}

/** Right-to-left layout. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', locale: 'ar' },
  play: shown,
}
