'use client'
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'
import type { AuthEvent, SortOrder } from '../../api/types'
import { partClass } from '../shared/classNames'
import { buildColumns } from './columns'
import { EventListHeader } from './EventListHeader'
import { EventListRow } from './EventListRow'
import type { EventListLabels } from './labels'
import type { EventEntity } from '../EventFilters/entityFilters'
import { useRowWindow } from './useRowWindow'
import { useScrollAnchor } from './useScrollAnchor'

/** Imperative handle of the grid. */
export type EventListGridHandle = {
  /** Scrolls the event's row into view and focuses it (e.g. when a dialog closes). */
  focusEvent: (id: string) => void
}

/** Props of {@link EventListGrid}. */
export type EventListGridProps = {
  events: AuthEvent[]
  labels: EventListLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
  sort: SortOrder
  onSortChange?: (sort: SortOrder) => void
  newIds?: ReadonlySet<string>
  selectedEventId: string | null
  /** Row click, Enter or Space. */
  onActivate: (event: AuthEvent) => void
  /** A user cell's filter button was clicked: narrow the filters to that entity. */
  onFilterBy?: (entity: EventEntity) => void
  rowHeight: number
  initialRect?: { width: number; height: number }
  overscan: number
}

// The header depends on the columns and the sort only: a scroll frame or a live row leaves it alone.
const Header = memo(EventListHeader)

/**
 * Above this many arrivals at once (the stream keeps ids new for 3 s) rows are no longer animated
 * in: at 200 events a second every visible row is new, so a highlight points at nothing, and the
 * animation of always-arriving rows kept the main thread 75–85 % busy (28 % without; issue 12).
 * The rows still carry `data-new` and the list still announces how many arrived.
 */
const MAX_ANIMATED_ARRIVALS = 50

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'])

/**
 * The virtualised `role="grid"`: a header row and only the rows in view (plus overscan and the
 * focused row) in the DOM, `aria-rowcount` = held events + 1.
 */
export const EventListGrid = forwardRef<EventListGridHandle, EventListGridProps>(
  function EventListGrid(props, ref) {
    const { events, labels, locale, timeZone, unstyled, sort, onSortChange, newIds, selectedEventId } = props
    const { onActivate, onFilterBy, rowHeight, initialRect, overscan } = props
    const filterable = onFilterBy !== undefined
    const scrollRef = useRef<HTMLDivElement>(null)

    // Stable across renders, so the memoised rows hold (a new array re-renders every row).
    const columns = useMemo(
      () => buildColumns({ labels, locale, timeZone, unstyled, filterable }),
      [labels, locale, timeZone, unstyled, filterable],
    )

    // ---------------------------------------------------------------- roving focus
    const [activeId, setActiveId] = useState<string | null>(selectedEventId)
    const foundIndex = activeId === null ? -1 : events.findIndex((event) => event.id === activeId)
    const activeIndex = foundIndex >= 0 ? foundIndex : events.length > 0 ? 0 : -1
    const pendingFocus = useRef<string | null>(null)
    // Bumped on every move so the focusing effect runs even when the active row does not change.
    const [, setFocusRequest] = useState(0)

    const { range, totalHeight, scrollToIndex } = useRowWindow(scrollRef, {
      count: events.length,
      rowHeight,
      overscan,
      initialRect,
    })

    useScrollAnchor(scrollRef, events, rowHeight)

    const moveTo = useCallback(
      (index: number) => {
        const event = events[index]
        if (!event) return
        pendingFocus.current = event.id
        setActiveId(event.id)
        setFocusRequest((n) => n + 1)
        scrollToIndex(index)
      },
      [events, scrollToIndex],
    )

    useEffect(() => {
      const id = pendingFocus.current
      if (id === null) return
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)
      if (row) {
        pendingFocus.current = null
        row.focus({ preventScroll: true })
      }
    })

    useImperativeHandle(
      ref,
      () => ({
        focusEvent: (id: string) => {
          const index = events.findIndex((event) => event.id === id)
          if (index >= 0) moveTo(index)
        },
      }),
      [events, moveTo],
    )

    const indexOf = (target: EventTarget): number => {
      const row = (target as HTMLElement).closest?.<HTMLElement>('[role="row"][data-index]')
      return row ? Number(row.dataset.index) : -1
    }

    const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      const index = indexOf(e.target)
      if (index < 0) return
      const target = e.target as HTMLElement
      const row = target.closest<HTMLElement>('[role="row"]')
      if (target.matches('[data-filter-user]')) {
        // The user cell's button, reached with →: ← or Escape go back to its row; Enter and Space
        // are the button's own (a click); ↑ and ↓ still move between rows.
        if (e.key === 'ArrowLeft' || e.key === 'Escape') {
          e.preventDefault()
          row?.focus()
          return
        }
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
      } else if (target !== row) {
        return
      } else if (e.key === 'ArrowRight') {
        // → reaches the row's one-click filter, which is outside the tab order like every cell.
        const filter = row.querySelector<HTMLElement>('[data-filter-user]')
        if (filter) {
          e.preventDefault()
          filter.focus()
        }
        return
      }
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        const event = events[index]
        if (event) onActivate(event)
        return
      }
      if (!NAV_KEYS.has(e.key)) return
      e.preventDefault()
      const page = Math.max(
        1,
        Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1,
      )
      const last = events.length - 1
      const next = {
        ArrowDown: Math.min(last, index + 1),
        ArrowUp: Math.max(0, index - 1),
        Home: 0,
        End: last,
        PageDown: Math.min(last, index + page),
        PageUp: Math.max(0, index - page),
      }[e.key]
      if (next !== undefined) moveTo(next)
    }

    const onClick = (e: MouseEvent<HTMLDivElement>) => {
      // The user cell's button: that user's events, not the dialog.
      const user = (e.target as HTMLElement).closest?.<HTMLElement>('[data-filter-user]')?.dataset.filterUser
      if (user !== undefined && onFilterBy) {
        onFilterBy({ kind: 'user', value: user })
        return
      }
      const index = indexOf(e.target)
      const event = events[index]
      if (!event) return
      setActiveId(event.id)
      onActivate(event)
    }

    const cls = (element: string) => partClass(unstyled, 'event-list', element)
    const animateArrivals = (newIds?.size ?? 0) <= MAX_ANIMATED_ARRIVALS
    const indexes: number[] = []
    for (let index = range.first; index <= range.last; index += 1) indexes.push(index)
    // The focused row stays mounted so Tab always finds it and focus survives scrolling.
    if (
      activeIndex >= 0 &&
      activeIndex < events.length &&
      (activeIndex < range.first || activeIndex > range.last)
    ) {
      indexes.push(activeIndex)
      indexes.sort((x, y) => x - y)
    }
    return (
      <div
        role="grid"
        aria-label={labels.gridLabel}
        aria-rowcount={events.length + 1}
        className={cls('grid')}
      >
        <Header columns={columns} sort={sort} onSortChange={onSortChange} unstyled={unstyled} />
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- delegated from the focusable rows inside */}
        <div
          ref={scrollRef}
          role="rowgroup"
          className={cls('viewport')}
          // overflow-anchor: none — our own anchoring (useScrollAnchor) works the same in every
          // browser; Chrome's native anchoring would otherwise compete with it.
          style={{
            overflowY: 'auto',
            overflowAnchor: 'none',
            position: 'relative',
            // As tall as its rows up to a maximum (a host-set height is the maximum too); in
            // `fillHeight` mode eventList.css lets it take the container's height instead.
            height: 'var(--ae-event-list-height, auto)',
            maxHeight: 'var(--ae-event-list-max-height, var(--ae-event-list-height, 480px))',
          }}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          <div role="presentation" style={{ height: totalHeight, position: 'relative', width: '100%' }}>
            {indexes.map((index) => {
              const event = events[index]!
              return (
                <EventListRow
                  key={event.id}
                  event={event}
                  columns={columns}
                  index={index}
                  height={rowHeight}
                  selected={event.id === selectedEventId}
                  active={index === activeIndex}
                  isNew={newIds?.has(event.id) ?? false}
                  highlight={animateArrivals}
                  unstyled={unstyled}
                />
              )
            })}
          </div>
        </div>
      </div>
    )
  },
)
