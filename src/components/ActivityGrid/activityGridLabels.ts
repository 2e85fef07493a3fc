/** Texts of `<ActivityGrid>`; pass a partial `labels` object to translate or reword any of them. */
import { categoryLabel } from '../../api/catalogue/catalogue'
import type { Category, Severity } from '../../api/types'
import { eventsWord, plural } from '../shared/plural'
import type { ActivityGridScale } from './activityScale'

/** What a day cell's accessible name is built from. */
export type ActivityDayLabelInput = {
  /** Events that day, formatted for the locale. */
  count: string
  total: number
  /** Failed events, formatted for the locale. */
  failedCount: string
  failed: number
  /** The date spelled out, e.g. "Tuesday, 3 March 2026". */
  date: string
  /** Security alerts that day (failed or warning events of category `security`). */
  security?: number
  /** The same, formatted for the locale. */
  securityCount?: string
  /** The day is outside the time window of the filters (dimmed, not counted). */
  outside?: boolean
}

/** Every text `<ActivityGrid>` renders. */
export type ActivityGridLabels = {
  /** Accessible name of the grid. */
  grid: string
  /** A cell's accessible name (also its tooltip). */
  day: (input: ActivityDayLabelInput) => string
  /** Legend, start of the scale. */
  less: string
  /** Legend, end of the scale. */
  more: string
  /** Legend caption: what the colour counts (all events, or one status under a one-status filter). */
  scale: Record<ActivityGridScale, string>
  /** Shown (as a status) while the activity loads. */
  loading: string
  /** Added to the loading status while a client-side scan runs. */
  progress: (scanned: string, count?: number) => string
  /** Shown when the whole grid has no events. */
  empty: string
  /** Shown when the counts come from a capped client-side scan; `scanned` is the number of events read, when known. */
  approximate: (scanned: string | undefined, count?: number) => string
  /** Summary under the grid; the numbers come after their formatted texts. */
  summary: (total: string, activeDays: string, totalCount?: number, activeDaysCount?: number) => string
  /**
   * Summary under the grid when its total is the one the stat cards show (`summarySource:
   * 'counts'`): the events the filters select, and the active days among the cells.
   */
  summaryOfFilters: (
    total: string,
    activeDays: string,
    totalCount?: number,
    activeDaysCount?: number,
  ) => string
  /**
   * Under the grid when the filters have a time window: which days count (either may be
   * undefined for an open end); it is also the grid's accessible description.
   */
  countedWindow: (from: string | undefined, to: string | undefined) => string
  /** In the day panel when the filters narrow the events (type, status, search, user…): its numbers are only those. */
  filteredDay: string
  /** Heading of the day panel's total. */
  dayTotal: (count: string, total: number) => string
  /** Bucket names in the day panel. */
  severity: Record<Severity, string>
  /** Heading of the per-category rows. */
  byCategory: string
  /** A category's display name. @default categoryLabel from the catalogue */
  category: (category: Category) => string
  /** Tooltip of a category row's button. */
  filterByCategory: (category: string) => string
  /** Button that closes the day panel and clears the day from the filters. */
  clearDay: string
  /** Day panel text for a day without events. */
  noEventsOnDay: string
}

/** The English defaults of {@link ActivityGridLabels}. */
export const DEFAULT_ACTIVITY_GRID_LABELS: ActivityGridLabels = {
  grid: 'Event activity by day',
  day: ({ count, total, failed, failedCount, date, security = 0, securityCount, outside }) =>
    `${total === 0 ? 'No events' : `${count} ${eventsWord(total)}`} on ${date}${
      failed > 0 ? `, ${failedCount} failed` : ''
    }${security > 0 ? `, ${securityCount ?? security} ${plural(security, { one: 'security alert', other: 'security alerts' })}` : ''}${
      outside ? ' (outside the time window, not counted)' : ''
    }`,
  less: 'Less',
  more: 'More',
  scale: {
    activity: 'Events per day',
    success: 'Successful events per day',
    failed: 'Failed events per day',
    warning: 'Warnings per day',
    info: 'Info events per day',
  },
  loading: 'Loading activity…',
  progress: (scanned, count) =>
    `${scanned} ${count === undefined ? 'events' : eventsWord(count)} read so far.`,
  empty: 'No events in this period.',
  approximate: (scanned, count) =>
    scanned === undefined
      ? 'Approximate: based on the newest events only.'
      : `Approximate: based on the newest ${scanned} ${count === undefined ? 'events' : eventsWord(count)}.`,
  summary: (total, activeDays, totalCount, activeDaysCount) =>
    `${total} ${totalCount === undefined ? 'events' : eventsWord(totalCount)} on ${activeDays} ${
      activeDaysCount === undefined ? 'days' : plural(activeDaysCount, { one: 'day', other: 'days' })
    }`,
  summaryOfFilters: (total, activeDays, totalCount, activeDaysCount) =>
    `${total} ${totalCount === undefined ? 'events' : eventsWord(totalCount)} match the filters, on ${activeDays} ${
      activeDaysCount === undefined ? 'days' : plural(activeDaysCount, { one: 'day', other: 'days' })
    } of the grid`,
  countedWindow: (from, to) =>
    `Time window ${from ? `from ${from}` : ''}${from && to ? ' ' : ''}${to ? `to ${to}` : ''}: days outside it are dimmed and not counted.`,
  filteredDay: 'Only the events the current filters select.',
  dayTotal: (count, total) => `${count} ${eventsWord(total)}`,
  severity: { success: 'Success', failed: 'Failed', warning: 'Warning', info: 'Info' },
  byCategory: 'By category',
  category: categoryLabel,
  filterByCategory: (category) => `Add ${category} to the filters`,
  clearDay: 'Clear day',
  noEventsOnDay: 'No events on this day.',
}
