'use client'
import { useLayoutEffect, useRef } from 'react'
import type { RefObject } from 'react'

/**
 * Keeps what the user is reading in place when rows are inserted above it (live events in a
 * newest-first list): when the list is scrolled down, the first visible row is found again in
 * the new list and `scrollTop` moves by the height of the rows inserted above it. At the very
 * top nothing is adjusted, so new rows slide in where the user is looking.
 * Rows have a fixed height, so the arithmetic is exact.
 */
export function useScrollAnchor(
  scrollRef: RefObject<HTMLElement | null>,
  items: readonly { id: string }[],
  rowHeight: number,
): void {
  const previous = useRef(items)
  useLayoutEffect(() => {
    const before = previous.current
    previous.current = items
    const element = scrollRef.current
    if (!element || before === items || before.length === 0) return
    const scrollTop = element.scrollTop
    if (scrollTop <= 0) return
    const firstVisible = Math.min(before.length - 1, Math.floor(scrollTop / rowHeight))
    const anchor = before[firstVisible]
    if (!anchor) return
    // Common case first: the anchor only moved down by the number of rows prepended.
    let now = items[firstVisible]?.id === anchor.id ? firstVisible : -1
    if (now < 0) now = items.findIndex((item) => item.id === anchor.id)
    if (now < 0 || now === firstVisible) return
    element.scrollTop = scrollTop + (now - firstVisible) * rowHeight
  }, [items, rowHeight, scrollRef])
}
