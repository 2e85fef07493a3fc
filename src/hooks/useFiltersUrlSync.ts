'use client'
import { useEffect, useRef } from 'react'
import { FILTER_SEARCH_PARAMS, filtersFromSearchParams, filtersToSearchParams } from '../api/filters'
import type { EventFilters } from '../api/types'
import { toFiltersKey } from './keys'

export { FILTER_SEARCH_PARAMS }

/** Options of {@link useFiltersUrlSync}. */
export type UseFiltersUrlSyncOptions = {
  /** The filters to mirror in the URL. */
  filters: EventFilters
  /** Called with the URL's filters on mount (when it has any) and on back/forward navigation. */
  onFiltersChange: (filters: EventFilters) => void
  /** Sync at all. @default true */
  enabled?: boolean
  /** `replace` keeps one history entry; `push` adds one per change (back undoes a filter). @default 'replace' */
  history?: 'replace' | 'push'
}

const sameFilters = (a: EventFilters, b: EventFilters) =>
  JSON.stringify(toFiltersKey(a)) === JSON.stringify(toFiltersKey(b))

/** `url` with its filter params replaced by `filters` (other params untouched). */
export function urlWithFilters(url: string | URL, filters: EventFilters): URL {
  const next = new URL(url)
  for (const name of FILTER_SEARCH_PARAMS) next.searchParams.delete(name)
  for (const [name, value] of filtersToSearchParams(filters)) next.searchParams.set(name, value)
  return next
}

/**
 * Opt-in: mirrors filters in the page URL's search params (`?severities=failed&from=…`), so a
 * filtered view can be bookmarked and shared. Reads the URL on mount and on back/forward, writes
 * it on every change. Browser only; does nothing during server rendering.
 * @example
 * const { filters, setFilters } = useEventFilters()
 * useFiltersUrlSync({ filters, onFiltersChange: setFilters })
 */
export function useFiltersUrlSync({
  filters,
  onFiltersChange,
  enabled = true,
  history = 'replace',
}: UseFiltersUrlSyncOptions): void {
  const onChangeRef = useRef(onFiltersChange)
  const filtersRef = useRef(filters)
  useEffect(() => {
    onChangeRef.current = onFiltersChange
    filtersRef.current = filters
  })

  // Read first: the URL wins on mount, so a shared link opens the view it describes. The write
  // of that same mount render (still the old filters) is skipped.
  const readUrl = useRef(false)
  const skipWrite = useRef(false)
  useEffect(() => {
    if (!enabled) return
    const applyUrl = () => {
      const fromUrl = filtersFromSearchParams(window.location.search)
      if (sameFilters(fromUrl, filtersRef.current)) return false
      onChangeRef.current(fromUrl)
      return true
    }
    if (!readUrl.current) {
      readUrl.current = true
      const hasFilters = Object.keys(filtersFromSearchParams(window.location.search)).length > 0
      skipWrite.current = hasFilters && applyUrl()
    }
    window.addEventListener('popstate', applyUrl)
    return () => window.removeEventListener('popstate', applyUrl)
  }, [enabled])

  useEffect(() => {
    if (!enabled) return
    if (skipWrite.current) {
      skipWrite.current = false
      return
    }
    const next = urlWithFilters(window.location.href, filters)
    if (next.href === window.location.href) return
    if (history === 'push') window.history.pushState(window.history.state, '', next)
    else window.history.replaceState(window.history.state, '', next)
  }, [filters, enabled, history])
}
