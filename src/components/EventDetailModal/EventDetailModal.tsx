'use client'
import { forwardRef, useCallback, useMemo, useState } from 'react'
import type { AuthEvent } from '../../api/types'
import { useGeoResolve } from '../../hooks/useGeoResolve'
import { EventDetailModalView } from './EventDetailModalView'
import type { EventDetailModalViewProps } from './EventDetailModalView'
import { EventDetailView } from './EventDetailView'
import type { EventDetailViewProps } from './EventDetailView'
import { useCachedEvent } from '../../hooks/useCachedEvent'
import { useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { entityPatch, entityRemoval, filteredEntities } from '../EventFilters/entityFilters'
import type { EventEntity } from '../EventFilters/entityFilters'

/** Props of {@link EventDetailModal}. */
export type EventDetailModalProps = Omit<EventDetailModalViewProps, 'geo' | 'renderDetail'>

/**
 * The event detail dialog, connected: shows `event`, or the event with `eventId` from `events`
 * or from any list in the query cache, and resolves the IP's location through `useGeoResolve`.
 * Under an `<EventFiltersProvider>` (the dashboard) it offers "Events of this user / IP /
 * organization": one click narrows the shared filters to it and closes the dialog.
 * Needs an `<EventsProvider>` above it; {@link EventDetailModalView} needs none.
 * @example
 * <EventDetailModal eventId={selectedId} events={events} open={open} onOpenChange={setOpen} />
 */
export const EventDetailModal = forwardRef<HTMLDivElement, EventDetailModalProps>(function EventDetailModal(
  { event, eventId, events, ...rest },
  ref,
) {
  const inList = eventId ? events?.find((item) => item.id === eventId) : undefined
  const cached = useCachedEvent(event || inList ? undefined : eventId)
  const found = event ?? inList ?? cached
  // A live list drops its oldest events at the 500 cap: the open dialog keeps what it showed.
  const [kept, setKept] = useState<AuthEvent | undefined>(found)
  if (found && found !== kept) setKept(found)
  const shown = found ?? (kept && (eventId === undefined || kept.id === eventId) ? kept : undefined)
  const filters = useEventFiltersContext()
  const patchFilters = filters?.patchFilters
  const current = filters?.filters
  const activeEntities = useMemo(() => (current ? filteredEntities(current) : []), [current])
  const { onOpenChange } = rest
  const renderDetail = useCallback(
    (props: EventDetailViewProps) => (
      <GeoEventDetailView
        {...props}
        activeEntities={activeEntities}
        onFilterBy={
          patchFilters
            ? (entity: EventEntity, active: boolean) => {
                patchFilters(active ? entityRemoval(entity) : entityPatch(entity))
                onOpenChange?.(false)
              }
            : undefined
        }
      />
    ),
    [patchFilters, onOpenChange, activeEntities],
  )
  return (
    <EventDetailModalView
      ref={ref}
      {...rest}
      event={shown}
      eventId={eventId}
      events={events}
      renderDetail={renderDetail}
    />
  )
})

/** {@link EventDetailView} with the location of the event's IP resolved (cached and batched). */
function GeoEventDetailView(props: EventDetailViewProps) {
  const { event } = props
  const geo = useGeoResolve(event.ipAddress, { location: event.location })
  return <EventDetailView {...props} geo={geo} />
}
