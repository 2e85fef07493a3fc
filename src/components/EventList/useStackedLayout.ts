'use client'
import { useCallback, useState } from 'react'

/** At or below this container width (px) rows stack: type and status, message, who and when. */
export const STACKED_MAX_WIDTH = 520

/** Height of a stacked row (three lines); the virtual window needs it in pixels. */
export const STACKED_ROW_HEIGHT = 76

/**
 * Whether the list's own box is narrow enough for the stacked row layout. Measured on the
 * container, not the viewport (the dashboard is embedded), with the same threshold as the
 * stylesheet's `@container (max-width: 520px)`, so the virtual rows get the stacked height.
 * Returns a callback ref for the list's root.
 */
export function useStackedLayout(): [(node: HTMLElement | null) => void, boolean] {
  const [stacked, setStacked] = useState(false)
  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = entries[0]?.contentRect.width
          // 0 while hidden or not laid out (jsdom): keep the table layout.
          if (width) setStacked(width <= STACKED_MAX_WIDTH)
        }),
  )
  const ref = useCallback(
    (node: HTMLElement | null) => {
      observer?.disconnect()
      if (node) observer?.observe(node)
    },
    [observer],
  )
  return [ref, stacked]
}
