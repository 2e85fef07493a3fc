import type { CSSProperties } from 'react'

/**
 * Hides content visually while keeping it for assistive technology. Inline, so it still works
 * when a component is `unstyled` or the stylesheet is not loaded.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
