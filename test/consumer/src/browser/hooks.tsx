// A custom panel from hooks only, and our factories with react-query's own hooks.
import { useInfiniteQuery, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { AuthEvent, EventsClient, EventsStatus, GeoLocation } from 'react-auth-events/api'
import {
  activityOptions,
  eventCountsOptions,
  eventListOptions,
  eventsStatusOptions,
  geoQueryOptions,
  useEventCounts,
  useEvents,
  useEventsClient,
  type ActivityResult,
  type EventCountsResult,
} from 'react-auth-events/hooks'
import { assertType, type Equal } from './typeAssert.js'

export function FailedSignIns({ client }: { client: EventsClient }) {
  const counts = useQuery(eventCountsOptions(client, { severities: ['failed'] }))
  assertType<Equal<typeof counts.data, EventCountsResult | undefined>>(counts)

  const list = useInfiniteQuery(eventListOptions(client, { pageSize: 20 }))
  const firstPage = list.data?.pages[0]
  const events: AuthEvent[] = firstPage?.events ?? []

  const geo = useQuery(geoQueryOptions(client, '203.0.113.7'))
  assertType<Equal<typeof geo.data, GeoLocation | null | undefined>>(geo)

  const activity = useQuery(
    activityOptions(client, { since: '2026-01-01', until: '2026-01-31', timeZone: 'UTC' }),
  )
  assertType<Equal<typeof activity.data, ActivityResult | undefined>>(activity)

  return (
    <p>
      {counts.data?.failed ?? 0} failed, {events.length} shown, {activity.data?.days.length ?? 0} days,{' '}
      {geo.data?.country ?? ''}
    </p>
  )
}

export function StatusSuspense() {
  const client = useEventsClient()
  const { data } = useSuspenseQuery(eventsStatusOptions(client))
  assertType<Equal<typeof data, EventsStatus>>(data)
  return <span>{data.enabled ? 'ready' : data.state}</span>
}

export function HooksOnly() {
  const { events, isPending } = useEvents({ filters: { severities: ['failed'] } })
  const counts = useEventCounts({})
  assertType<Equal<typeof counts.data, EventCountsResult | undefined>>(counts)
  return (
    <p>
      {isPending ? '…' : events.length} / {counts.data?.total ?? 0}
    </p>
  )
}
