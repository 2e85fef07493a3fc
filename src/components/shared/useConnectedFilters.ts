'use client'
import { useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { useEventFilters } from '../../hooks/useEventFilters'
import type { EventFilters } from '../../api/types'

/** The filters a connected component reads and writes. */
export type ConnectedFilters = {
  filters: EventFilters
  /** Writes new filters: to the provider (or the component's own state) and to `onFiltersChange`. */
  setFilters: (next: EventFilters) => void
}

/**
 * Where a connected component's filters live: the `filters` prop when given (controlled: changes
 * only go to `onFiltersChange`), else the nearest `<EventFiltersProvider>`, else a state of its
 * own, so a lone `<ActivityGrid />` still opens days.
 */
export function useConnectedFilters(
  filtersProp: EventFilters | undefined,
  onFiltersChange: ((filters: EventFilters) => void) | undefined,
): ConnectedFilters {
  const shared = useEventFiltersContext()
  const own = useEventFilters()
  const state = filtersProp !== undefined ? undefined : (shared ?? own)
  return {
    filters: filtersProp ?? state?.filters ?? {},
    setFilters: (next) => {
      state?.setFilters(next)
      onFiltersChange?.(next)
    },
  }
}
