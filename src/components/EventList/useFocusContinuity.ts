'use client'
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react'
import type { Ref } from 'react'
import type { AuthEvent, SortOrder } from '../../api/types'
import type { EventListGridHandle } from './EventListGrid'

type Status = 'pending' | 'error' | 'success'

/**
 * Keyboard focus survives the list's own controls (issue 13: Enter on "Time ↓" and on "Load more"
 * dropped focus to `<body>`).
 * - Sorting: while the other order loads, the grid keeps its rows (marked busy) instead of
 *   swapping to the skeleton, so the sort button stays mounted and focused.
 * - Load more: the button is never `disabled` while loading (a disabled button loses focus);
 *   when it goes away (the end or the cap is reached), focus moves to the first new row.
 */
export function useFocusContinuity(options: {
  events: readonly AuthEvent[]
  status: Status
  sort: SortOrder
  onSortChange?: (sort: SortOrder) => void
  onLoadMore?: () => void
  isFetchingMore: boolean
  gridRef?: Ref<EventListGridHandle>
}) {
  const { events, status, sort, onSortChange, onLoadMore, isFetchingMore, gridRef } = options
  const grid = useRef<EventListGridHandle>(null)
  useImperativeHandle(gridRef, () => ({ focusEvent: (id) => grid.current?.focusEvent(id) }), [])

  // ---------------------------------------------------------------- sorting
  const [sortRequested, setSortRequested] = useState<SortOrder | null>(null)
  // The rows last shown in order, kept as state from the previous render (not a ref read during
  // render), so the grid can keep showing them while the other order loads.
  const [lastShown, setLastShown] = useState<readonly AuthEvent[]>(events)
  if (status === 'success' && events.length > 0 && lastShown !== events) setLastShown(events)
  // The requested order has arrived: stop holding (adjusting state while rendering, not in an effect).
  if (sortRequested !== null && status !== 'pending' && sort === sortRequested) setSortRequested(null)
  const holding = sortRequested !== null && status === 'pending' && lastShown.length > 0
  const handleSortChange = onSortChange
    ? (next: SortOrder) => {
        setSortRequested(next)
        onSortChange(next)
      }
    : undefined

  // ---------------------------------------------------------------- load more
  const loadMore = useRef<{ from: number; button: HTMLElement | null } | null>(null)
  const handleLoadMore = useCallback(
    (button: HTMLElement | null) => {
      loadMore.current = { from: events.length, button }
      onLoadMore?.()
    },
    [events.length, onLoadMore],
  )
  // Every render: the new rows and the button's removal may land in different renders.
  useEffect(() => {
    const pending = loadMore.current
    if (!pending || events.length <= pending.from) return
    if (pending.button?.isConnected) {
      // The button stays (more to load): focus is still on it.
      if (!isFetchingMore) loadMore.current = null
      return
    }
    loadMore.current = null
    const first = events[pending.from]
    const focusLost = !document.activeElement || document.activeElement === document.body
    if (focusLost && first) grid.current?.focusEvent(first.id)
  })

  return {
    grid,
    shownEvents: holding ? lastShown : events,
    shownStatus: holding ? ('success' as const) : status,
    holding,
    handleSortChange,
    handleLoadMore: onLoadMore ? handleLoadMore : undefined,
  }
}
