'use client'
/**
 * The number of events the filters select, from the same counts query `<EventStats>` reads
 * (its key: the filters without their status buckets), so the grid's summary and the cards are
 * one number that moves at the same moment, live or not. Under a status filter it is the sum of
 * the chosen buckets (what the grid's cells count). Undefined while unknown, when disabled, or
 * when the counts are a partial sample or lack a bucket: the grid then sums its cells.
 */
import { useMemo } from 'react'
import type { EventFilters } from '../../api/types'
import { useEventCounts } from '../../hooks/useEventCounts'

export function useSelectedCount(filters: EventFilters, enabled: boolean): number | undefined {
  const countFilters = useMemo(() => {
    const { severities: _severities, ...rest } = filters
    return rest
  }, [filters])
  const counts = useEventCounts({ filters: countFilters, enabled }).data
  if (!enabled || !counts || counts.scanLimitReached) return undefined
  const severities = filters.severities ?? []
  if (severities.length === 0) return counts.total
  let sum = 0
  for (const severity of severities) {
    const bucket = counts[severity]
    if (bucket === null) return undefined
    sum += bucket
  }
  return sum
}
