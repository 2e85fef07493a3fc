// Small uses of each hook, as docs/hooks.md shows them.
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { countryFlag, type AuthEvent, type EventsClient } from '../../../src/api/index'
import {
  EventFiltersProvider,
  eventKeys,
  useActivity,
  useCachedEvent,
  useEventCounts,
  useEventFilters,
  useEventFiltersContext,
  useEvents,
  useEventsStatus,
  useEventStream,
  useGeoResolve,
} from '../../../src/hooks/index'

const lastWeek = new Date(Date.now() - 7 * 86_400_000)
const toast = (message: string) => console.info(message)
const MyFilterBar = () => null

// #region status
export function TrackingGate({ children }: { children: ReactNode }) {
  const { data: status, error } = useEventsStatus()
  if (error) return <p role="alert">{error.message}</p>
  if (!status) return <p role="status">Checking event tracking…</p>
  if (status.state === 'disabled') return <p>Event tracking is off on this backend.</p>
  if (status.state === 'not-ready') return <p>Event tracking is set up but not working yet.</p>
  return children
}
// #endregion status

export function FailedList() {
  // #region events
  const list = useEvents({ filters: { severities: ['failed'] }, pageSize: 50 })
  // list.events: AuthEvent[], newest first, distinct by id
  return list.hasNextPage ? <button onClick={() => void list.fetchNextPage()}>Load more</button> : null
  // #endregion events
}

// #region counts
export function FailedLastWeek() {
  const { data: counts } = useEventCounts({ filters: { from: lastWeek } })
  if (!counts) return null
  const partial = counts.scope === 'sample' && counts.scanLimitReached
  const where = partial ? ` in the newest ${counts.scanned} events` : ''
  return <p>{`${counts.failed ?? '—'} failed of ${counts.total}${where}`}</p>
}
// #endregion counts

// #region stream
export function LiveBadge() {
  const stream = useEventStream({ onEvents: (batch) => toast(`${batch.length} new events`) })
  return <span data-state={stream.status}>{stream.status === 'live' ? 'Live' : 'Paused'}</span>
}
// #endregion stream

export function HalfYear() {
  // #region activity
  const { dayKeys, byDate, approximate, status } = useActivity({
    weeks: 26,
    timeZone: 'Europe/Paris',
  })
  // dayKeys: every day of the window as 'YYYY-MM-DD'; byDate.get(day)?.total, .failed, .categories
  // #endregion activity
  return (
    <p
      data-state={status}
    >{`${dayKeys.length} days, ${byDate.size} with events${approximate ? ' (about)' : ''}`}</p>
  )
}

// #region geo
export function Place({ event }: { event: AuthEvent }) {
  const { location, status } = useGeoResolve(event.ipAddress, { location: event.location })
  if (status !== 'resolved') return null
  return <span>{`${countryFlag(location?.countryCode)} ${location?.city ?? location?.country ?? ''}`}</span>
}

export function Countries({ events }: { events: AuthEvent[] }) {
  // Many at once: the answer is keyed by each address as given.
  const geo = useGeoResolve(events.map((event) => event.ipAddress ?? ''))
  return <p>{events.map((event) => geo[event.ipAddress ?? '']?.location?.countryCode ?? '?').join(', ')}</p>
}
// #endregion geo

export function OwnFilters() {
  // #region filters
  const { filters, toggleSeverity, clear, isEmpty } = useEventFilters({
    defaultValue: { severities: ['failed'] },
  })
  const list = useEvents({ filters })
  // #endregion filters
  return (
    <p>
      <button onClick={() => toggleSeverity('warning')}>Warnings too</button>
      {isEmpty ? null : <button onClick={clear}>Clear</button>}
      {list.events.length}
    </p>
  )
}

// #region filters-provider
export function SecurityPage() {
  return (
    <EventFiltersProvider defaultValue={{ severities: ['failed'] }} syncWithUrl>
      <MyFilterBar />
      <MyEventTable />
    </EventFiltersProvider>
  )
}

function MyEventTable() {
  const filters = useEventFiltersContext()?.filters ?? {}
  const { events } = useEvents({ filters })
  return (
    <ul>
      {events.map((event) => (
        <li key={event.id}>{event.message}</li>
      ))}
    </ul>
  )
}
// #endregion filters-provider

export function Selected({ selectedId }: { selectedId: string | null }) {
  // #region cached-event
  const event = useCachedEvent(selectedId) // AuthEvent | undefined
  // #endregion cached-event
  return <p>{event?.message}</p>
}

export function refresh(queryClient: QueryClient, client: EventsClient) {
  // #region invalidate
  // After a write of your own, refresh everything of one backend:
  void queryClient.invalidateQueries({ queryKey: eventKeys.all(client.scope) })
  // Or just the counts:
  void queryClient.invalidateQueries({ queryKey: eventKeys.counts(client.scope) })
  // #endregion invalidate
}
