'use client'
import { forwardRef } from 'react'
import type { EventFilters as EventFiltersValue } from '../../api/types'
import { useEventFilters } from '../../hooks/useEventFilters'
import { useEventFiltersContext } from '../../hooks/EventFiltersProvider'
import { useOptionalEventsClient } from '../../hooks/EventsProvider'
import { useMergedLabels } from '../shared/labels'
import { EntitySummary } from './EntitySummary'
import { filteredEntities } from './entityFilters'
import { DEFAULT_EVENT_FILTERS_LABELS } from './labels'
import { EventFiltersView } from './EventFiltersView'
import type { EventFiltersBaseProps } from './EventFiltersView'

/** Props of {@link EventFilters}. */
export interface EventFiltersProps extends EventFiltersBaseProps {
  /** The filters (controlled). Without `value` and `defaultValue`, the nearest `<EventFiltersProvider>` is used. */
  value?: EventFiltersValue
  /** The initial filters (uncontrolled). */
  defaultValue?: EventFiltersValue
  /** Called with the complete new filters after every change. */
  onValueChange?: (value: EventFiltersValue) => void
}

/**
 * The filter bar: search (debounced), quick status, "Add filter" (event type by category,
 * timestamp range), removable chips and Clear all. Controlled (`value` + `onValueChange`),
 * uncontrolled (`defaultValue`), or, with neither, bound to the nearest `<EventFiltersProvider>`
 * so the list, stats and grid below it follow.
 * @example
 * <EventFiltersProvider>
 *   <EventFilters />
 *   <EventList />
 * </EventFiltersProvider>
 */
export const EventFilters = forwardRef<HTMLDivElement, EventFiltersProps>(function EventFilters(
  { value, defaultValue, onValueChange, ...rest },
  ref,
) {
  const shared = useEventFiltersContext()
  const own = useEventFilters({ value, defaultValue, onValueChange })
  const useShared = shared !== null && value === undefined && defaultValue === undefined
  const state = useShared ? shared : own
  const client = useOptionalEventsClient()
  const labels = useMergedLabels(DEFAULT_EVENT_FILTERS_LABELS, rest.labels)
  // The activity of a filtered user, IP or organization: only with a client to count with.
  const showEntity = client !== null && filteredEntities(state.filters).length > 0
  return (
    <EventFiltersView
      ref={ref}
      {...rest}
      entitySummary={
        showEntity ? (
          <EntitySummary
            filters={state.filters}
            labels={labels}
            locale={rest.locale}
            timeZone={rest.timeZone}
            unstyled={rest.unstyled}
          />
        ) : undefined
      }
      value={state.filters}
      onValueChange={(next) => {
        state.setFilters(next)
        // The provider's own onValueChange fires already; a host's handler on this component too.
        if (useShared) onValueChange?.(next)
      }}
    />
  )
})
