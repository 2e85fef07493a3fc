'use client'
import { forwardRef, useCallback, useMemo } from 'react'
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react'
import { clsx } from 'clsx'
import type { AuthEvent, SortOrder } from '../../api/types'
import { ExportButtons } from '../export/ExportButtons'
import { partClass, rootClass } from '../shared/classNames'
import { ErrorMessage } from '../shared/ErrorMessage'
import type { ErrorDescription, ErrorLabels } from '../shared/describeError'
import { formatCount } from '../shared/format'
import { useMergedLabels } from '../shared/labels'
import { useRootProps, type ColorScheme } from '../shared/Root'
import { useControllableState } from '../../hooks/useControllableState'
import { visuallyHidden } from '../shared/visuallyHidden'
import { EventListGrid } from './EventListGrid'
import type { EventListGridHandle } from './EventListGrid'
import { EventListFooter, EventListNotices, EventListStatus, eventListState } from './EventListNotices'
import type { EventListState } from './EventListNotices'
import { DEFAULT_EVENT_LIST_LABELS } from './labels'
import type { EventListLabels } from './labels'
import type { EventEntity } from '../EventFilters/entityFilters'
import { useFocusContinuity } from './useFocusContinuity'
import { STACKED_ROW_HEIGHT, useStackedLayout } from './useStackedLayout'

export type { EventListState }

/** Props of {@link EventListView}: the data and everything about how it is shown. */
export interface EventListViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The events held, in display order. @default [] */
  events?: AuthEvent[]
  /** The query status: `pending` before the first answer. */
  status: 'pending' | 'error' | 'success'
  /** The error when `status` is `error` (already loaded rows stay visible). */
  error?: unknown
  /** Retry after an error (e.g. the query's `refetch`). */
  onRetry?: () => void
  /** Custom error rendering, see `ErrorMessage`. */
  renderError?: (defaultElement: ReactNode, error: unknown, description: ErrorDescription) => ReactNode
  /** False when the backend is set up but not ready yet. @default true */
  ready?: boolean
  /**
   * No events and the backend holds none at all (no filter set): show the first-run state
   * ("No events recorded yet" and what to check) instead of "No events match these filters".
   * @default false
   */
  firstRun?: boolean
  /** Number of malformed events left out. @default 0 */
  skipped?: number
  /** Events read to apply filters in the browser; set it to show "Searched the newest N events". */
  scanned?: number
  /** The browser-side search stopped at its limit: older matches may exist. @default false */
  scanLimitReached?: boolean
  /** More events can be loaded. @default false */
  hasMore?: boolean
  /** Loads the next page ("Load more"). */
  onLoadMore?: () => void
  /** A next page is loading. @default false */
  isFetchingMore?: boolean
  /** The most events the list holds; at the cap "Load more" becomes a note. @default 500 */
  maxEvents?: number
  /** The order of `events`. @default 'desc' */
  sort?: SortOrder
  /** Makes the time column a sort toggle. */
  onSortChange?: (sort: SortOrder) => void
  /** Ids of events that just arrived live: shown with a short highlight. */
  newIds?: ReadonlySet<string> | readonly string[]
  /** Oldest first: live events announced instead of inserted. @default 0 */
  newerCount?: number
  /** Makes the "N newer events" note a button. */
  onShowNewer?: () => void
  /** A row was clicked or Enter/Space was pressed on it. */
  onEventOpen?: (event: AuthEvent) => void
  /**
   * Gives each row's user a button (one click, mouse; the dialog offers the same by keyboard)
   * that calls this with the user: `<EventList>` under an `<EventFiltersProvider>` narrows the
   * shared filters to that user's events.
   */
  onFilterBy?: (entity: EventEntity) => void
  /** The selected event (controlled). `null` for none. */
  selectedEventId?: string | null
  /** The initially selected event (uncontrolled). @default null */
  defaultSelectedEventId?: string | null
  /** Called when the selection changes. */
  onSelectedEventIdChange?: (id: string | null) => void
  /** Show the CSV/JSON export buttons. @default true */
  showExport?: boolean
  /** Base name of exported files. @default 'auth-events' */
  exportFileName?: string
  /**
   * Row height in pixels (rows have a fixed height so inserting keeps the viewport exact).
   * @default 44, or 76 when the list is 520 px wide or less (stacked rows)
   */
  rowHeight?: number
  /** Rows rendered beyond the viewport on each side. @default 8 */
  overscan?: number
  /**
   * Height. By default the list is as tall as its rows up to `--ae-event-list-max-height`
   * (480px), so two results make a two-row box; `--ae-event-list-height` sets a fixed height.
   * With `fillHeight` the list takes the height of its container (give the container a height,
   * e.g. a flex item or `height: 100vh`) and the rows scroll inside.
   * @default false
   */
  fillHeight?: boolean
  /** Viewport size before it can be measured (server rendering, tests). */
  initialRect?: { width: number; height: number }
  /** Receives the grid's imperative handle (`focusEvent(id)`). */
  gridRef?: Ref<EventListGridHandle>
  /** Texts, merged over {@link DEFAULT_EVENT_LIST_LABELS}. */
  labels?: Partial<EventListLabels>
  /** Texts of the error view. */
  errorLabels?: Partial<ErrorLabels>
  /** BCP 47 locale of dates and numbers. @default the runtime's */
  locale?: string
  /** IANA time zone of the timestamps. @default the runtime's */
  timeZone?: string
  /** Drop the library classes (behaviour and ARIA stay). @default false */
  unstyled?: boolean
  /** Light, dark, or the system's preference; inherited from the nearest `<AeRoot>` when absent. @default 'system' */
  colorScheme?: ColorScheme
}

const EMPTY: AuthEvent[] = []

/**
 * The event list's markup for any data: a virtualised, keyboard-navigable grid with loading,
 * error, empty and not-ready states, honest notes about what it does not show, "Load more" up to
 * the cap, and export. {@link EventList} feeds it from `useEvents`.
 */
export const EventListView = forwardRef<HTMLDivElement, EventListViewProps>(
  function EventListView(props, ref) {
    const {
      events = EMPTY,
      status,
      error,
      onRetry,
      renderError,
      ready = true,
      firstRun = false,
      skipped,
      scanned,
      scanLimitReached,
      hasMore = false,
      onLoadMore,
      isFetchingMore = false,
      maxEvents = 500,
      sort = 'desc',
      onSortChange,
      newIds,
      newerCount,
      onShowNewer,
      onEventOpen,
      onFilterBy,
      selectedEventId: selectedProp,
      defaultSelectedEventId = null,
      onSelectedEventIdChange,
      showExport = true,
      exportFileName,
      rowHeight: rowHeightProp,
      overscan = 8,
      initialRect,
      fillHeight = false,
      gridRef,
      labels: labelsProp,
      errorLabels,
      locale,
      timeZone,
      unstyled,
      colorScheme,
      className,
      ...rest
    } = props
    const labels = useMergedLabels(DEFAULT_EVENT_LIST_LABELS, labelsProp)
    const root = useRootProps(unstyled, false, colorScheme)
    const [selectedEventId, setSelectedEventId] = useControllableState<string | null>({
      prop: selectedProp,
      defaultProp: defaultSelectedEventId,
      onChange: onSelectedEventIdChange,
      name: 'EventList',
    })
    const continuity = useFocusContinuity({
      events,
      status,
      sort,
      onSortChange,
      onLoadMore,
      isFetchingMore,
      gridRef,
    })
    const newSet = useMemo(() => (newIds === undefined ? undefined : new Set(newIds)), [newIds])

    const [measure, stacked] = useStackedLayout()
    const rowHeight = rowHeightProp ?? (stacked ? STACKED_ROW_HEIGHT : 44)
    const rootRef = useCallback(
      (node: HTMLDivElement | null) => {
        measure(node)
        if (typeof ref === 'function') ref(node)
        else if (ref) ref.current = node
      },
      [measure, ref],
    )
    const state = eventListState(continuity.shownStatus, continuity.shownEvents.length, ready, firstRun)
    const cls = (element: string) => partClass(unstyled, 'event-list', element)
    const arrivedCount = newSet?.size ?? 0

    return (
      <div
        ref={rootRef}
        {...rest}
        className={clsx(root.className, rootClass(unstyled, 'event-list', className))}
        data-layout={stacked ? 'stacked' : 'table'}
        data-color-scheme={root['data-color-scheme']}
        data-state={state}
        data-fill={fillHeight ? '' : undefined}
        aria-busy={status === 'pending' || undefined}
      >
        {showExport && state !== 'pending' ? (
          <div className={cls('toolbar')}>
            <ExportButtons
              events={events}
              fileName={exportFileName}
              unstyled={unstyled}
              labels={{ csv: labels.exportCsv, json: labels.exportJson }}
            />
          </div>
        ) : null}
        {status === 'error' ? (
          <ErrorMessage
            error={error}
            onRetry={onRetry}
            renderError={renderError}
            labels={errorLabels}
            unstyled={unstyled}
          />
        ) : null}
        <EventListNotices
          labels={labels}
          locale={locale}
          unstyled={unstyled}
          skipped={skipped}
          scanned={scanned}
          scanLimitReached={scanLimitReached}
          newerCount={newerCount}
          onShowNewer={onShowNewer}
        />
        {state === 'pending' || state === 'empty' || state === 'first-run' || state === 'not-ready' ? (
          <EventListStatus state={state} labels={labels} unstyled={unstyled} />
        ) : continuity.shownEvents.length > 0 ? (
          <EventListGrid
            ref={continuity.grid}
            events={continuity.shownEvents as AuthEvent[]}
            labels={labels}
            locale={locale}
            timeZone={timeZone}
            unstyled={unstyled}
            sort={sort}
            onSortChange={continuity.handleSortChange}
            newIds={newSet}
            selectedEventId={selectedEventId}
            onActivate={(event) => {
              setSelectedEventId(event.id)
              onEventOpen?.(event)
            }}
            onFilterBy={onFilterBy}
            rowHeight={rowHeight}
            overscan={overscan}
            initialRect={initialRect}
          />
        ) : null}
        {state !== 'pending' ? (
          <EventListFooter
            labels={labels}
            locale={locale}
            unstyled={unstyled}
            held={events.length}
            maxEvents={maxEvents}
            sort={sort}
            hasMore={hasMore}
            onLoadMore={continuity.handleLoadMore}
            isFetchingMore={isFetchingMore}
          />
        ) : null}
        <div aria-live="polite" style={visuallyHidden}>
          {arrivedCount > 0 ? labels.arrived(arrivedCount, formatCount(arrivedCount, locale)) : ''}
        </div>
      </div>
    )
  },
)
