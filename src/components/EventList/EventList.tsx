'use client'
import { forwardRef, useRef, useState } from 'react'
import type { AuthEvent, EventFilters, SortOrder } from '../../api/types'
import { useControllableState } from '../../hooks/useControllableState'
import { useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { useEvents } from '../../hooks/useEvents'
import { useEventStream } from '../../hooks/useEventStream'
import { useEventsStatus } from '../../hooks/useEventsStatus'
import { EventDetailModal } from '../EventDetailModal/EventDetailModal'
import type { EventDetailModalProps } from '../EventDetailModal/EventDetailModal'
import { preloadEventDetailModal } from '../EventDetailModal/preloadEventDetailModal'
import { entityPatch } from '../EventFilters/entityFilters'
import type { EventListGridHandle } from './EventListGrid'
import { EventListView } from './EventListView'
import type { EventListViewProps } from './EventListView'

type DataProps =
  | 'events'
  | 'status'
  | 'error'
  | 'onRetry'
  | 'ready'
  | 'firstRun'
  | 'skipped'
  | 'scanned'
  | 'scanLimitReached'
  | 'hasMore'
  | 'onLoadMore'
  | 'isFetchingMore'
  | 'newIds'
  | 'newerCount'
  | 'onShowNewer'
  | 'sort'
  | 'gridRef'

/** Props of {@link EventList}. */
export interface EventListProps extends Omit<EventListViewProps, DataProps> {
  /** Which events. @default the nearest `<EventFiltersProvider>`'s filters, else `{}` */
  filters?: EventFilters
  /** The most events held (≤ 500). @default 500 */
  maxEvents?: number
  /** Events per "Load more". @default 50 */
  pageSize?: number
  /** Poll for new events and slide them in. @default false */
  live?: boolean
  /** Milliseconds between live polls. @default the backend's */
  liveInterval?: number
  /**
   * How late a row may become visible and still appear live, on backends without the `sequence`
   * capability (Studio): each poll re-reads this window, de-duplicated by id. @default 5000
   */
  latenessWindowMs?: number
  /** Receives every batch of live events. */
  onLiveEvents?: (batch: AuthEvent[]) => void
  /**
   * Ids to highlight as just arrived, when a stream runs elsewhere (the dashboard runs one for
   * all its parts). @default the list's own stream's `newIds` when `live`
   */
  highlightIds?: ReadonlySet<string>
  /** Open `<EventDetailModal>` when a row is opened (paging through the list). @default true */
  showDetail?: boolean
  /** Props passed to the built-in detail dialog. */
  detailProps?: Partial<Omit<EventDetailModalProps, 'events' | 'eventId'>>
}

/**
 * The event list, connected: `useEvents` (filters from props or the nearest
 * `<EventFiltersProvider>`), optional live updates through `useEventStream`, newest or oldest
 * first, "Load more" to the 500 cap, export, and the detail dialog on Enter or click.
 * Needs an `<EventsProvider>` above it. {@link EventListView} renders the same markup from any data.
 * @example
 * <EventsProvider client={client}><EventList live timeZone="Europe/Paris" /></EventsProvider>
 */
export const EventList = forwardRef<HTMLDivElement, EventListProps>(function EventList(props, ref) {
  const {
    filters: filtersProp,
    maxEvents,
    pageSize,
    live = false,
    liveInterval,
    latenessWindowMs,
    onLiveEvents,
    highlightIds,
    showDetail = true,
    detailProps,
    onSortChange,
    onEventOpen,
    selectedEventId: selectedProp,
    defaultSelectedEventId = null,
    onSelectedEventIdChange,
    ...rest
  } = props
  const context = useEventFiltersContext()
  const [localSort, setLocalSort] = useState<SortOrder | undefined>(undefined)
  const base = filtersProp ?? context?.filters ?? {}
  const filters: EventFilters = localSort && !context ? { ...base, sort: localSort } : base
  const sort = filters.sort ?? 'desc'

  const list = useEvents({ filters, maxEvents, pageSize })
  // Backends that list newest first only (the Better Auth plugins) get no sort toggle.
  const canSortAscending = useEventsStatus().data?.capabilities.sortAsc !== false
  const stream = useEventStream({
    enabled: live,
    filters,
    interval: liveInterval,
    latenessWindowMs,
    onEvents: onLiveEvents,
  })

  const [selectedEventId, setSelectedEventId] = useControllableState<string | null>({
    prop: selectedProp,
    defaultProp: defaultSelectedEventId,
    onChange: onSelectedEventIdChange,
    name: 'selectedEventId',
  })
  const [detailOpen, setDetailOpen] = useState(false)
  const gridRef = useRef<EventListGridHandle>(null)

  const streamStopped = live && stream.status === 'error' && list.status !== 'error'
  const status = streamStopped ? 'error' : list.status

  return (
    <>
      <EventListView
        ref={ref}
        {...rest}
        // The dialog's code comes on the way to a row (pointer or focus), so opening one is instant.
        onPointerEnter={(event) => {
          rest.onPointerEnter?.(event)
          if (showDetail) void preloadEventDetailModal().catch(() => undefined)
        }}
        onFocus={(event) => {
          rest.onFocus?.(event)
          if (showDetail) void preloadEventDetailModal().catch(() => undefined)
        }}
        gridRef={gridRef}
        events={list.events}
        status={status}
        error={streamStopped ? stream.error : list.error}
        onRetry={streamStopped ? stream.retry : () => void list.refetch()}
        ready={!list.notReady}
        firstRun={list.firstRun}
        skipped={list.skipped.length}
        scanned={list.clientFiltered.length > 0 ? list.scanned : undefined}
        scanLimitReached={list.scanLimitReached}
        hasMore={list.hasNextPage}
        onLoadMore={() => void list.fetchNextPage()}
        isFetchingMore={list.isFetchingNextPage}
        maxEvents={maxEvents}
        newIds={highlightIds ?? (live ? stream.newIds : undefined)}
        newerCount={list.newerCount}
        onShowNewer={() => void list.refetch()}
        sort={sort}
        onSortChange={
          canSortAscending
            ? (next) => {
                if (context && !filtersProp) context.setSort(next)
                else if (!filtersProp) setLocalSort(next)
                onSortChange?.(next)
              }
            : undefined
        }
        // A row's user button narrows the shared filters (a chip appears; removing it restores).
        onFilterBy={
          context && !filtersProp ? (entity) => context.patchFilters(entityPatch(entity)) : undefined
        }
        selectedEventId={selectedEventId}
        onSelectedEventIdChange={setSelectedEventId}
        onEventOpen={(event) => {
          onEventOpen?.(event)
          if (showDetail) setDetailOpen(true)
        }}
      />
      {showDetail ? (
        <EventDetailModal
          locale={rest.locale}
          timeZone={rest.timeZone}
          colorScheme={rest.colorScheme}
          unstyled={rest.unstyled}
          {...detailProps}
          events={list.events}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          matchingCount={list.total}
          matchingMoreThan={list.totalMoreThan}
          eventId={selectedEventId}
          open={detailOpen}
          onOpenChange={(open) => {
            setDetailOpen(open)
            detailProps?.onOpenChange?.(open)
          }}
          onEventChange={(event) => {
            setSelectedEventId(event.id)
            detailProps?.onEventChange?.(event)
          }}
          onCloseAutoFocus={(event) => {
            detailProps?.onCloseAutoFocus?.(event)
            if (event.defaultPrevented || !selectedEventId) return
            // Back to the row of the event last shown, which paging may have changed.
            event.preventDefault()
            gridRef.current?.focusEvent(selectedEventId)
          }}
        />
      ) : null}
    </>
  )
})
