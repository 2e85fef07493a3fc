import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { getGeoResolver } from '../../../src/api/geoResolver'
import { ExportButtons } from '../../../src/components/export/ExportButtons'
import { eventsToCsv } from '../../../src/components/export/csv'
import { sessionLocations } from '../../../src/components/export/exportLocation'
import { EventDetailView } from '../../../src/components/EventDetailModal/EventDetailView'
import { EventListView } from '../../../src/components/EventList/EventListView'
import { DEFAULT_ACTIVITY_GRID_LABELS } from '../../../src/components/ActivityGrid/activityGridLabels'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { createStudioHandlers } from '../../../src/msw'
import { server } from '../../mocks/server'
import { makeEvent } from './sharedTestEvents'
import { fakeViewportHeight } from '../../helpers/jsdomViewport'

const paris = async (ip: string) =>
  ip === '203.0.113.7' ? { country: 'France', countryCode: 'FR', city: 'Paris' } : null

const resolved = makeEvent({ id: 'a', ipAddress: '203.0.113.7' })
const notLooked = makeEvent({ id: 'b', ipAddress: '198.51.100.9' })
const privateIp = makeEvent({ id: 'c', ipAddress: '10.0.0.2' })
const failed = makeEvent({
  id: 'd',
  userId: undefined,
  status: 'failed',
  severity: 'failed',
  metadata: { email: 'ana@example.com' },
})

function rows(csv: string) {
  const [head, ...lines] = csv.trim().split('\r\n')
  const columns = head!.replace(/^\uFEFF/, '').split(',')
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])))
}

describe('CSV export: locations the session resolved, and who the user is', () => {
  it('fills country and city from resolved look-ups and says when a location was not resolved', async () => {
    server.use(...createStudioHandlers({ geo: paris }))
    const client = createEventsClient()
    await getGeoResolver(client).resolve('203.0.113.7')
    const csv = rows(
      eventsToCsv([resolved, notLooked, privateIp, failed], { locations: sessionLocations(client) }),
    )
    expect(csv[0]).toMatchObject({ country: 'France', city: 'Paris', location: 'resolved' })
    expect(csv[1]).toMatchObject({
      country: '',
      city: '',
      location: 'not resolved (open the event to look it up)',
    })
    expect(csv[2]!.location).toBe('not looked up (private or reserved address)')
    expect(csv[3]).toMatchObject({ userId: '', userEmail: 'ana@example.com', location: '' })
  })

  it('the export button uses the session look-ups', async () => {
    server.use(...createStudioHandlers({ geo: paris }))
    const client = createEventsClient()
    await getGeoResolver(client).resolve('203.0.113.7')
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EventsProvider client={client}>
          <ExportButtons events={[resolved]} />
        </EventsProvider>
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(rows(await blobs[0]!.text())[0]).toMatchObject({ country: 'France', city: 'Paris' })
  })

  afterEach(() => vi.restoreAllMocks())
})

describe('an event without a user id', () => {
  fakeViewportHeight(440)

  it('the User column says it shows an email, and the dialog names it the same way', () => {
    const { unmount } = render(<EventListView status="success" events={[failed, resolved]} />)
    const [row, other] = screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1')
    expect(within(row!).getByText('ana@example.com').closest('[data-kind]')).toHaveAttribute(
      'data-kind',
      'email',
    )
    expect(within(row!).getByText(/^email/)).toBeInTheDocument()
    expect(within(other!).queryByText(/^email/)).not.toBeInTheDocument()
    unmount()
    render(<EventDetailView event={failed} />)
    expect(screen.getByText('Email (no user ID)')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy Email (no user ID)' })).toBeInTheDocument()
  })
})

describe('plurals', () => {
  it('agree with their counts', () => {
    expect(DEFAULT_ACTIVITY_GRID_LABELS.summary('403', '1', 403, 1)).toBe('403 events on 1 day')
    expect(DEFAULT_ACTIVITY_GRID_LABELS.summary('1', '1', 1, 1)).toBe('1 event on 1 day')
    expect(DEFAULT_ACTIVITY_GRID_LABELS.progress('1', 1)).toBe('1 event read so far.')
  })
})
