'use client'
import { forwardRef, useEffect, useMemo, useRef } from 'react'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { typesForCategories } from '../../api/catalogue/catalogue'
import type { EventBackend } from '../../api/catalogue/catalogue'
import { CATEGORIES } from '../../api/types'
import type { EventFilters } from '../../api/types'
import { partClass, rootClass } from '../shared/classNames'
import { useMergedLabels } from '../shared/labels'
import { useRootProps, type ColorScheme } from '../shared/Root'
import { activeFilterChips } from './activeFilters'
import { AddFilterMenu } from './AddFilterMenu'
import { formatDay } from './dateRange'
import { FilterChips } from './FilterChips'
import { FilterSearch } from './FilterSearch'
import { DEFAULT_EVENT_FILTERS_LABELS } from './labels'
import type { EventFiltersLabels } from './labels'
import { QuickStatusFilter } from './QuickStatusFilter'
import { groupTypeOptions } from './typeOptions'

/** Default debounce of the search field, in milliseconds. */
export const DEFAULT_SEARCH_DELAY_MS = 250

/** Props shared by {@link EventFiltersView} and `EventFilters`. */
export interface EventFiltersBaseProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'children'
> {
  /** Texts, merged over {@link DEFAULT_EVENT_FILTERS_LABELS}. */
  labels?: Partial<EventFiltersLabels>
  /** BCP 47 locale of dates in chips. @default the runtime's locale */
  locale?: string
  /** IANA time zone the date range is taken in. @default the runtime's time zone */
  timeZone?: string
  /** Drop the library classes (behaviour and ARIA stay). @default false */
  unstyled?: boolean
  /** Light, dark, or the system's preference; inherited from the nearest `<AeRoot>` when absent. @default 'system' */
  colorScheme?: ColorScheme
  /**
   * The event types offered by the type picker (all spellings are merged into one choice).
   * @default the known types of `backend`
   */
  eventTypes?: readonly string[]
  /** Whose types to offer when `eventTypes` is not given. @default 'studio' */
  backend?: EventBackend
  /** Debounce of the search field in milliseconds. @default 250 */
  searchDelay?: number
}

/** Props of {@link EventFiltersView}. */
export interface EventFiltersViewProps extends EventFiltersBaseProps {
  /** The filters shown. */
  value: EventFilters
  /** Called with the complete new filters after every change. */
  onValueChange: (value: EventFilters) => void
  /**
   * Shown under the chips: `<EventFilters>` puts the activity of the filtered user, IP or
   * organization here (its `EntitySummary`).
   */
  entitySummary?: ReactNode
}

/**
 * The filter bar as a pure view: search, quick status, "Add filter" (event type, timestamp range),
 * active filters as removable chips and Clear all. It holds no filters of its own.
 * @example <EventFiltersView value={filters} onValueChange={setFilters} />
 */
export const EventFiltersView = forwardRef<HTMLDivElement, EventFiltersViewProps>(function EventFiltersView(
  {
    value,
    onValueChange,
    labels: labelsProp,
    locale,
    timeZone,
    unstyled,
    colorScheme,
    eventTypes,
    backend = 'studio',
    searchDelay = DEFAULT_SEARCH_DELAY_MS,
    entitySummary,
    className,
    ...rest
  },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_EVENT_FILTERS_LABELS, labelsProp)
  const root = useRootProps(unstyled, false, colorScheme)
  const part = (element: string) => partClass(unstyled, 'event-filters', element)
  const groups = useMemo(
    () => groupTypeOptions(eventTypes ?? typesForCategories([...CATEGORIES], backend)),
    [eventTypes, backend],
  )
  const chips = activeFilterChips(value, labels, (date) => formatDay(date, locale, timeZone))

  // The debounced search commits later than it was typed: merge into the filters of that moment.
  const latest = useRef(value)
  useEffect(() => {
    latest.current = value
  })

  return (
    <div
      ref={ref}
      role="search"
      aria-label={labels.region}
      {...rest}
      className={rootClass(unstyled, 'event-filters', className, root.className)}
      data-color-scheme={root['data-color-scheme']}
      data-state={chips.length ? 'filtered' : 'idle'}
    >
      <div className={part('bar')}>
        <FilterSearch
          value={value.q}
          onCommit={(q) => {
            const next = { ...latest.current }
            if (q) next.q = q
            else delete next.q
            onValueChange(next)
          }}
          delay={searchDelay}
          label={labels.search}
          placeholder={labels.searchPlaceholder}
          unstyled={unstyled}
        />
        <QuickStatusFilter
          value={value.severities}
          onChange={(severities) => {
            const next = { ...value }
            if (severities) next.severities = severities
            else delete next.severities
            onValueChange(next)
          }}
          labels={labels}
          unstyled={unstyled}
        />
        <AddFilterMenu
          value={value}
          onValueChange={onValueChange}
          groups={groups}
          timeZone={timeZone}
          labels={labels}
          unstyled={unstyled}
        />
      </div>
      <FilterChips
        chips={chips}
        onRemove={(chip) => onValueChange(chip.remove(value))}
        onClearAll={() => onValueChange(value.sort ? { sort: value.sort } : {})}
        labels={labels}
        unstyled={unstyled}
      />
      {entitySummary}
    </div>
  )
})
