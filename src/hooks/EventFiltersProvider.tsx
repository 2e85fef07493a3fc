'use client'
import { createContext, useContext, type ReactNode } from 'react'
import { useEventFilters, type UseEventFiltersOptions, type UseEventFiltersResult } from './useEventFilters'
import { useFiltersUrlSync } from './useFiltersUrlSync'

const EventFiltersContext = createContext<UseEventFiltersResult | null>(null)

/** Props of {@link EventFiltersProvider}. */
export type EventFiltersProviderProps = UseEventFiltersOptions & {
  /** Mirror the filters in the page URL's search params. @default false */
  syncWithUrl?: boolean
  /** The part of the page sharing these filters. */
  children?: ReactNode
}

/**
 * One filter state shared by separate components (the filter bar, the stat cards, the list and
 * the grid), controlled or not.
 * @example
 * <EventFiltersProvider defaultValue={{ severities: ['failed'] }} syncWithUrl>
 *   <EventFilters />
 *   <EventList />
 * </EventFiltersProvider>
 */
export function EventFiltersProvider({
  syncWithUrl = false,
  children,
  ...options
}: EventFiltersProviderProps) {
  const state = useEventFilters(options)
  useFiltersUrlSync({ filters: state.filters, onFiltersChange: state.setFilters, enabled: syncWithUrl })
  return <EventFiltersContext.Provider value={state}>{children}</EventFiltersContext.Provider>
}

/**
 * The shared filter state of the nearest {@link EventFiltersProvider}, or null when there is none
 * (a component then keeps its own state).
 */
export function useEventFiltersContext(): UseEventFiltersResult | null {
  return useContext(EventFiltersContext)
}
