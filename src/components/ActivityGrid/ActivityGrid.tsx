'use client'
import { forwardRef, useMemo } from 'react'
import type { Category, EventFilters } from '../../api/types'
import { browserTimeZone } from '../../api/dates'
import { useActivity } from '../../hooks/useActivity'
import { patchEventFilters } from '../../hooks/useEventFilters'
import { ActivityGridView } from './ActivityGridView'
import type { ActivityGridViewProps } from './ActivityGridView'
import { filteredDay, gridFilters, withDay } from './dayFilters'
import { scaleOfFilters } from './activityScale'
import { useConnectedFilters } from '../shared/useConnectedFilters'

/** Props of {@link ActivityGrid}. */
export interface ActivityGridProps extends Omit<
  ActivityGridViewProps,
  | 'status'
  | 'days'
  | 'range'
  | 'now'
  | 'error'
  | 'onRetry'
  | 'approximate'
  | 'scanned'
  | 'selectedDate'
  | 'defaultSelectedDate'
  | 'activeCategories'
  | 'onCategorySelect'
  | 'scale'
> {
  /**
   * Which events count. Their date range and categories are ignored: the grid shows its own
   * window, and its day panel is where categories are picked. Controlled: changes go to
   * `onFiltersChange` only.
   * @default the nearest `<EventFiltersProvider>`'s filters, else a state of its own
   */
  filters?: EventFilters
  /** Called with the new filters when a day or a category is clicked. */
  onFiltersChange?: (filters: EventFilters) => void
}

/**
 * The 53-week contribution graph, connected: `useActivity` supplies the days (one request on
 * backends that aggregate, otherwise a capped scan labelled "approximate"). Clicking a day
 * narrows the filters to that day in `timeZone` (`from`/`until`), so a list under the same
 * `<EventFiltersProvider>` shows that day's events, and opens the day panel; clicking it again
 * clears the range. A category row in the panel adds (or removes) that category.
 * @example
 * <EventFiltersProvider>
 *   <ActivityGrid weekStart={1} timeZone="Europe/Paris" />
 *   <EventList />
 * </EventFiltersProvider>
 */
export const ActivityGrid = forwardRef<HTMLDivElement, ActivityGridProps>(function ActivityGrid(
  {
    filters: filtersProp,
    onFiltersChange,
    weeks = 53,
    weekStart = 0,
    timeZone: timeZoneProp,
    onSelectedDateChange,
    ...rest
  },
  ref,
) {
  const { filters, setFilters } = useConnectedFilters(filtersProp, onFiltersChange)
  const timeZone = timeZoneProp ?? browserTimeZone()
  const activityFilters = useMemo(() => gridFilters(filters), [filters])
  const activity = useActivity({ weeks, weekStart, timeZone, filters: activityFilters })
  const selectedDate = filteredDay(filters, timeZone)

  return (
    <ActivityGridView
      ref={ref}
      {...rest}
      status={activity.status}
      days={activity.data?.days}
      range={activity.range}
      weeks={weeks}
      weekStart={weekStart}
      timeZone={timeZone}
      error={activity.error}
      onRetry={() => void activity.refetch()}
      approximate={activity.approximate}
      scale={scaleOfFilters(activityFilters)}
      scanned={activity.progress || undefined}
      selectedDate={selectedDate}
      onSelectedDateChange={(date) => {
        setFilters(withDay(filters, date, timeZone))
        onSelectedDateChange?.(date)
      }}
      activeCategories={filters.categories}
      onCategorySelect={(category: Category) => {
        const current = filters.categories ?? []
        const categories = current.includes(category)
          ? current.filter((value) => value !== category)
          : [...current, category]
        setFilters(patchEventFilters(filters, { categories }))
      }}
    />
  )
})
