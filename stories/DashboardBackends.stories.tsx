import type { Meta, StoryObj } from '@storybook/react-vite'
import type { SetupWorker } from 'msw/browser'
import { useState } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { EventsDashboard } from '../src/components/EventsDashboard/EventsDashboard'
import type { EventsDashboardProps } from '../src/components/EventsDashboard/EventsDashboard'
import { createBackendClient, createBackendFixture, startLiveRows } from './backendFixtures'
import type { BackendName } from './backendFixtures'

// A new row every few seconds, polled a little more often: within the audit-log plugin's 60 requests a minute.
const LIVE_EVERY_MS = 4_000
const POLL_MS = 3_000

type Args = Omit<EventsDashboardProps, 'client'> & {
  /** Which backend's double the dashboard talks to. */
  backend: BackendName
}

/** The full dashboard with a fresh client for `backend` (a client caches what its backend can do). */
function BackendDashboard({ backend, ...props }: Args) {
  const [client] = useState(() => createBackendClient(backend))
  return <EventsDashboard {...props} client={client} />
}

/**
 * Serves `backend`'s double over a generated history and records a new row every few seconds
 * until the story unmounts.
 */
const liveBackend =
  (backend: BackendName) =>
  ({ msw }: { msw: SetupWorker }) => {
    const fixture = createBackendFixture(backend)
    msw.use(...fixture.handlers)
    return startLiveRows(fixture, LIVE_EVERY_MS)
  }

const meta = {
  title: 'Dashboard/Backends',
  component: BackendDashboard,
  args: { backend: 'studio-extended', locale: 'en-GB', timeZone: 'UTC', pollInterval: POLL_MS },
  argTypes: { backend: { control: false } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof BackendDashboard>

export default meta
type Story = StoryObj<typeof meta>

/** Waits for the counts, the activity grid and the first rows, so the axe check sees all of it. */
async function firstRowsShown(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  await expect(await canvas.findByRole('group', { name: 'Event counts' }, { timeout: 8000 })).toBeVisible()
  await expect(
    await canvas.findByRole('grid', { name: 'Event activity by day' }, { timeout: 8000 }),
  ).toBeVisible()
  const list = await canvas.findByRole('grid', { name: 'Authentication events' }, { timeout: 8000 })
  await waitFor(
    () =>
      expect(
        within(list)
          .getAllByRole('row')
          .filter((row) => row.dataset.eventId).length,
      ).toBeGreaterThan(5),
    { timeout: 8000 },
  )
}

/**
 * The reference server with every extension: filters, cursors, counts per window, activity and
 * batched geo look-ups all answered by the server.
 */
export const StudioExtended: Story = {
  args: { backend: 'studio-extended' },
  beforeEach: liveBackend('studio-extended'),
  play: async ({ canvasElement }) => firstRowsShown(canvasElement),
}

/**
 * Plain Better Auth Studio (answers exactly as Studio does): all-time counts from the server,
 * the activity grid from a bounded scan in the client.
 */
export const StudioBaseline: Story = {
  args: { backend: 'studio-baseline' },
  beforeEach: liveBackend('studio-baseline'),
  play: async ({ canvasElement }) => firstRowsShown(canvasElement),
}

/**
 * The better-auth-audit-logs plugin: the signed-in user's own entries only (the dashboard says
 * so), counts and activity from a scan in the client, 60 requests a minute.
 */
export const AuditLogPlugin: Story = {
  args: { backend: 'audit-log' },
  beforeEach: liveBackend('audit-log'),
  play: async ({ canvasElement }) => {
    await firstRowsShown(canvasElement)
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('your own events only')
  },
}

/**
 * The @better-auth/infra dash plugin, scope `all` (the user owns an organization): locations
 * arrive resolved in each event, so the detail dialog needs no geo look-up.
 */
export const InfraPlugin: Story = {
  args: { backend: 'infra-all' },
  beforeEach: liveBackend('infra-all'),
  play: async ({ canvasElement }) => firstRowsShown(canvasElement),
}
