'use client'
import { useCallback, useLayoutEffect, useState } from 'react'
import type { RefObject } from 'react'

/** The rows to mount: `[first, last]` inclusive (empty when `last < first`), plus one kept row. */
export type RowWindow = { first: number; last: number }

/** Options of {@link useRowWindow}. */
export type RowWindowOptions = {
  count: number
  /** Every row has this height in pixels: the window is plain arithmetic, nothing is measured per row. */
  rowHeight: number
  /** Rows mounted beyond each edge of the view. */
  overscan: number
  /** Size of the viewport before it is measured (server rendering, tests without layout). */
  initialRect?: { width: number; height: number }
}

// `scrollTop` is a whole number of rows; the real offset may be up to one row more, so the bottom
// edge counts that row too.
function rowWindow(
  scrollTop: number,
  height: number,
  { count, rowHeight, overscan }: RowWindowOptions,
): RowWindow {
  if (count === 0) return { first: 0, last: -1 }
  const top = Math.min(count - 1, Math.max(0, Math.floor(scrollTop / rowHeight)))
  const bottom = Math.min(
    count - 1,
    Math.max(top, Math.floor((scrollTop + rowHeight + height - 1) / rowHeight)),
  )
  return { first: Math.max(0, top - overscan), last: Math.min(count - 1, bottom + overscan) }
}

/**
 * Windowing for fixed-height rows, in place of @tanstack/react-virtual (10 KB gzipped, issue 12).
 * The state is the window itself, not the scroll offset: a scroll event that keeps the same rows
 * in view renders nothing, and one that moves the window renders the grid once, where memoised
 * rows keyed by id make only the entering rows render.
 */
export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, options: RowWindowOptions) {
  const { count, rowHeight, initialRect } = options
  const [viewportHeight, setViewportHeight] = useState(initialRect?.height ?? 0)
  const [scrollTop, setScrollTop] = useState(0)
  const range = rowWindow(scrollTop, viewportHeight, options)

  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    // Quantised to whole rows so a scroll inside one row changes no state at all.
    const sync = () => {
      setScrollTop(Math.floor(element.scrollTop / rowHeight) * rowHeight)
      if (element.clientHeight > 0) setViewportHeight(element.clientHeight)
    }
    sync()
    element.addEventListener('scroll', sync, { passive: true })
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(sync)
    observer?.observe(element)
    return () => {
      element.removeEventListener('scroll', sync)
      observer?.disconnect()
    }
  }, [scrollRef, rowHeight])

  /** Scrolls the least needed to show row `index` (nothing when it is fully in view). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current
      if (!element) return
      const top = index * rowHeight
      const height = element.clientHeight || viewportHeight
      if (top < element.scrollTop) element.scrollTop = top
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height
    },
    [scrollRef, rowHeight, viewportHeight],
  )

  return { range, totalHeight: count * rowHeight, scrollToIndex }
}
