'use client'
import { preloadDialog } from '../shared/lazyDialog'

/**
 * Loads the event detail dialog's code (Radix Dialog) ahead of its first opening. The dialog
 * works without it: opened first, it appears as soon as its code is in. `EventList` calls it when
 * the pointer or the focus enters the list; call it where something else of yours opens the
 * dialog, on hover or focus, so that the click finds it in. Resolves once loaded.
 * @example <button onPointerEnter={() => void preloadEventDetailModal()} onClick={open}>Details</button>
 */
export function preloadEventDetailModal(): Promise<void> {
  return preloadDialog()
}
