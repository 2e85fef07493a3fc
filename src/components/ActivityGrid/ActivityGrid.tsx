'use client'
import { forwardRef, useMemo } from 'react'
import type { Category, EventFilters } from '../../api/types'
import { browserTimeZone } from '../../api/dates'
import { isEmptyFilters } from '../../api/filters'
import { useActivity } from '../../hooks/useActivity'
import { patchEventFilters } from '../../hooks/useEventFilters'
import { useSelectedCount } from './useSelectedCount'
import { ActivityGridView } from './ActivityGridView'
import type { ActivityGridViewProps } from './ActivityGridView'
import { countedDays, filteredDay, gridFilters, withDay } from './dayFilters'
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
  | 'countedRange'
  | 'summaryTotal'
  | 'filtered'
> {
  /**
   * Which events count: every filter, as for the cards and the list. The date range does not
   * move the grid's 53 weeks: days outside it are dimmed and not counted. Controlled: changes go
   * to `onFiltersChange` only.
   * @default the nearest `<EventFiltersProvider>`'s filters, else a state of its own
   */
  filters?: EventFilters
  /**
   * Where the summary's total comes from. `days`: the sum of the counted cells. `counts`: the
   * counts for the same filters that `<EventStats>` shows (the same query, so one number on
   * screen for one question, live too; the cells may lag a live event or two until the next
   * refresh). The dashboard uses `counts`; alone, `days` saves a request.
   * @default 'days'
   */
  summarySource?: 'days' | 'counts'
  /** Called with the new filters when a day or a category is clicked. */
  onFiltersChange?: (filters: EventFilters) => void
}

/**
 * The 53-week contribution graph, connected: `useActivity` supplies the days (one request on
 * backends that aggregate, otherwise a capped scan labelled "approximate"), counted under every
 * filter; days outside the filters' date range are dimmed and not counted. Clicking a day
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
    summarySource = 'days',
    ...rest
  },
  ref,
) {
  const { filters, setFilters } = useConnectedFilters(filtersProp, onFiltersChange)
  const timeZone = timeZoneProp ?? browserTimeZone()
  const activityFilters = useMemo(() => gridFilters(filters), [filters])
  const activity = useActivity({ weeks, weekStart, timeZone, filters: activityFilters })
  const selectedDate = filteredDay(filters, timeZone)
  const counted = countedDays(filters, timeZone)
  const selectedCount = useSelectedCount(filters, summarySource === 'counts')

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
      countedRange={counted}
      summaryTotal={selectedCount}
      filtered={!isEmptyFilters(activityFilters)}
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
