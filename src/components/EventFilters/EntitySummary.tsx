'use client'
import { useMemo } from 'react'
import type { EventFilters } from '../../api/types'
import { useEventCounts } from '../../hooks/useEventCounts'
import { useEvents } from '../../hooks/useEvents'
import { partClass } from '../shared/classNames'
import { formatCount, formatTimestamp } from '../shared/format'
import { userTextInline } from '../shared/boundUserText'
import { entityField, filteredEntities } from './entityFilters'
import type { EventFiltersLabels } from './labels'

/** Props of {@link EntitySummary}. */
export interface EntitySummaryProps {
  filters: EventFilters
  labels: EventFiltersLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

/**
 * While the filters name a user, an IP or an organization: that entity's recent activity in one
 * line (events in the window, failures, last seen). The numbers come from the queries the cards
 * and the list already hold for these filters (the same keys), so they agree and cost nothing
 * more; where the backend could not filter by the entity, it says the browser did.
 */
export function EntitySummary({ filters, labels, locale, timeZone, unstyled }: EntitySummaryProps) {
  const entities = filteredEntities(filters)
  // The cards' key (their counts ignore the status filter) and the list's newest-first key.
  const countFilters = useMemo(() => {
    const { severities: _severities, ...rest } = filters
    return rest
  }, [filters])
  const listFilters = useMemo(() => {
    const { sort: _sort, ...rest } = filters
    return rest
  }, [filters])
  const counts = useEventCounts({ filters: countFilters }).data
  const list = useEvents({ filters: listFilters })
  if (entities.length === 0) return null

  const newest = list.events[0]
  const who = entities
    .map((entity) => labels.entityName(entity.kind, userTextInline(entity.value, 100)))
    .join(', ')
  const unfiltered = entities.filter((entity) => list.clientFiltered.includes(entityField(entity.kind)))
  const part = (element: string) => partClass(unstyled, 'event-filters', element)
  return (
    <section aria-label={labels.entityRegion} className={part('entity')}>
      <p className={part('entity-activity')}>
        {counts
          ? labels.entityActivity({
              who,
              count: formatCount(counts.total, locale),
              total: counts.total,
              failed: counts.failed === null ? null : formatCount(counts.failed, locale),
              lastSeen: newest ? formatTimestamp(newest.timestamp, { locale, timeZone }) : undefined,
              windowed: filters.from !== undefined || filters.until !== undefined,
            })
          : `${who}…`}
      </p>
      {unfiltered.length > 0 && list.scanned > 0 ? (
        <p className={part('entity-note')}>
          {labels.entityScanned(
            unfiltered.map((entity) => labels.entityKind[entity.kind]).join(', '),
            formatCount(list.scanned, locale),
            list.scanned,
          )}
        </p>
      ) : null}
    </section>
  )
}
