/** The active filters as removable chips, in a stable order. */
import { categoryLabel, getEventTypeInfo } from '../../api/catalogue/catalogue'
import type { EventFilters } from '../../api/types'
import type { EventFiltersLabels } from './labels'
import { withList } from './typeSelection'
import { userTextInline } from '../shared/boundUserText'

/** One active filter. */
export type FilterChip = {
  /** Stable key, e.g. `severity:failed`. */
  key: string
  /** Visible text, e.g. "Status: Failed". */
  text: string
  /** The filters without this one. */
  remove: (value: EventFilters) => EventFilters
}

const without =
  <K extends keyof EventFilters>(...keys: K[]) =>
  (value: EventFilters): EventFilters => {
    const next = { ...value }
    for (const key of keys) delete next[key]
    return next
  }

/**
 * Lists the chips of `value`. Typed or URL-given values (search, ids) are user strings: bounded,
 * invisible characters shown, and bidi-isolated inside the chip's sentence. `formatDay` shows an instant as the day it falls on, and the
 * range's exclusive end is shown as the inclusive last day.
 */
export function activeFilterChips(
  value: EventFilters,
  labels: EventFiltersLabels,
  formatDay: (date: Date) => string,
): FilterChip[] {
  const chips: FilterChip[] = []
  if (value.q)
    chips.push({ key: 'q', text: labels.chipSearch(userTextInline(value.q)), remove: without('q') })
  for (const category of value.categories ?? []) {
    chips.push({
      key: `category:${category}`,
      text: labels.chipCategory(categoryLabel(category)),
      remove: (v) =>
        withList(
          v,
          'categories',
          (v.categories ?? []).filter((c) => c !== category),
        ),
    })
  }
  // Both spellings of one event (infra code and documentation names) make one chip.
  const covered = new Set<string>()
  for (const type of value.types ?? []) {
    if (covered.has(type)) continue
    const info = getEventTypeInfo(type)
    const group = [type, ...(info.aliases ?? []).filter((alias) => value.types?.includes(alias))]
    for (const t of group) covered.add(t)
    chips.push({
      key: `type:${type}`,
      text: labels.chipType(userTextInline(info.label)),
      remove: (v) =>
        withList(
          v,
          'types',
          (v.types ?? []).filter((t) => !group.includes(t)),
        ),
    })
  }
  if (value.from || value.until) {
    const lastDay = value.until ? new Date(value.until.getTime() - 1) : undefined
    chips.push({
      key: 'range',
      text: labels.chipRange(value.from && formatDay(value.from), lastDay && formatDay(lastDay)),
      remove: without('from', 'until'),
    })
  }
  for (const severity of value.severities ?? []) {
    chips.push({
      key: `severity:${severity}`,
      text: labels.chipSeverity(labels.severities[severity]),
      remove: (v) =>
        withList(
          v,
          'severities',
          (v.severities ?? []).filter((s) => s !== severity),
        ),
    })
  }
  if (value.userId)
    chips.push({
      key: 'userId',
      text: labels.chipUser(userTextInline(value.userId)),
      remove: without('userId'),
    })
  if (value.organizationId) {
    chips.push({
      key: 'organizationId',
      text: labels.chipOrganization(userTextInline(value.organizationId)),
      remove: without('organizationId'),
    })
  }
  if (value.ipAddress) {
    chips.push({
      key: 'ipAddress',
      text: labels.chipIp(userTextInline(value.ipAddress)),
      remove: without('ipAddress'),
    })
  }
  if (value.sessionId) {
    chips.push({
      key: 'sessionId',
      text: labels.chipSession(userTextInline(value.sessionId)),
      remove: without('sessionId'),
    })
  }
  return chips
}
