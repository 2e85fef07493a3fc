// #region compose
'use client'
import { useState } from 'react'
import {
  ActivityGrid,
  AeRoot,
  createEventsClient,
  EventDetailModal,
  EventFilters,
  EventFiltersProvider,
  EventList,
  EventsProvider,
  EventStats,
  useEventFiltersContext,
  useEvents,
} from '../../../src/index'
import 'react-auth-events/styles.css'

const client = createEventsClient()

export function SecurityPage() {
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  return (
    <EventsProvider client={client}>
      <EventFiltersProvider syncWithUrl>
        <AeRoot colorScheme="system" className="security-page">
          <EventStats showChart />
          <ActivityGrid weekStart={1} />
          <EventFilters />
          <EventList
            live
            showDetail={false}
            selectedEventId={selectedId}
            onSelectedEventIdChange={setSelectedId}
            onEventOpen={() => setOpen(true)}
          />
          <EventDetail
            eventId={selectedId}
            open={open}
            onOpenChange={setOpen}
            onEventChange={setSelectedId}
          />
        </AeRoot>
      </EventFiltersProvider>
    </EventsProvider>
  )
}

function EventDetail(props: {
  eventId: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
  onEventChange: (id: string) => void
}) {
  // The list's own cache entry (same filters, default page size): no extra request.
  const filters = useEventFiltersContext()?.filters ?? {}
  const { events } = useEvents({ filters })
  return (
    <EventDetailModal
      eventId={props.eventId}
      events={events}
      open={props.open}
      onOpenChange={props.onOpenChange}
      onEventChange={(event) => props.onEventChange(event.id)}
    />
  )
}
// #endregion compose
