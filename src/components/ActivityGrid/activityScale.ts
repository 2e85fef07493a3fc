/**
 * Which colour scale the grid draws. The grid counts whatever the filters let through: under a
 * one-status filter (the quick "Failed" button, a stat card) every count is a count of that
 * status, so the cells and the legend take that status's colour in four levels instead of the
 * all-events blue. Any other filter keeps the blue scale.
 */
import type { EventFilters, Severity } from '../../api/types'

/** `activity`: all events (blue); a severity: only that bucket is counted, drawn in its colour. */
export type ActivityGridScale = 'activity' | Severity

/** The scale of the counts the filters produce. */
export function scaleOfFilters(filters: Pick<EventFilters, 'severities'>): ActivityGridScale {
  const severities = filters.severities ?? []
  return severities.length === 1 && severities[0] ? severities[0] : 'activity'
}
