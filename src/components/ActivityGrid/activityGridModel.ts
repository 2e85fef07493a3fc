/**
 * The activity grid as data: one cell per calendar day from `since` to `until`, laid out in
 * columns of weeks (starting on `weekStart`) and rows of weekdays, with colour levels and month
 * labels. Pure, so the view only maps it to markup and the keyboard code only does index maths.
 */
import { emptyActivityDay } from '../../api/aggregate'
import { addDays, dayOfWeek } from '../../api/dates'
import type { ActivityDay, Category } from '../../api/types'
import { activityLevel, activityThresholds } from './activityLevels'
import type { ActivityLevel } from './activityLevels'

/** One day of the grid. */
export type ActivityGridCell = {
  /** `YYYY-MM-DD` in the grid's time zone. */
  date: string
  /** Position in chronological order (0 = `since`). */
  index: number
  /** Display row, 0 = the week's first day. */
  row: number
  /** Display column, 0 = the oldest week. */
  column: number
  /** The day's counts; all zero when the data has no entry for it. */
  day: ActivityDay
  level: ActivityLevel
  /** Failed events / all events, 0 when there were none. */
  failedShare: number
  /** Security alerts that day: failed or warning events of category `security` (blocks, detections). */
  security: number
  /** Outside the counted window (the time-window filter): drawn dimmed, left out of the totals. */
  outside: boolean
}

/** A month label above the column where the month's first week starts. */
export type ActivityGridMonth = { column: number; date: string }

/** The whole grid. */
export type ActivityGridModel = {
  /** Every day, oldest first. */
  cells: ActivityGridCell[]
  /** Seven rows, each with its cells in column order. Rows may start one column late or end early. */
  rows: ActivityGridCell[][]
  /** Weekday number (0 = Sunday) shown in each row. */
  weekdays: number[]
  columns: number
  /** Empty rows before the first day in column 0 (non-zero only when `since` is not a `weekStart`). */
  offset: number
  months: ActivityGridMonth[]
  /** Events across the grid (inside the counted window only). */
  total: number
  /** Days with at least one event (inside the counted window only). */
  activeDays: number
}

/** Inputs of {@link buildActivityGrid}. */
export type BuildActivityGridOptions = {
  /** First day shown (inclusive). */
  since: string
  /** Last day shown (inclusive), usually today. */
  until: string
  days: readonly ActivityDay[]
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number
  /**
   * The days that count (inclusive `YYYY-MM-DD`; either end open): the time window of the
   * filters. Days outside are marked `outside` and left out of `total`, `activeDays` and the
   * colour thresholds. @default every day
   */
  counted?: { since?: string; until?: string }
}

// Guards a caller passing a reversed or absurd range from freezing the page.
const MAX_DAYS = 7 * 60

/** Builds the grid model. */
export function buildActivityGrid({
  since,
  until,
  days,
  weekStart,
  counted,
}: BuildActivityGridOptions): ActivityGridModel {
  const isOutside = (date: string) =>
    (counted?.since !== undefined && date < counted.since) ||
    (counted?.until !== undefined && date > counted.until)
  const byDate = new Map(days.map((day) => [day.date, day]))
  const offset = (dayOfWeek(since) - weekStart + 7) % 7
  const dates: string[] = []
  for (let date = since; date <= until && dates.length < MAX_DAYS; date = addDays(date, 1)) dates.push(date)

  const thresholds = activityThresholds(
    dates.filter((date) => !isOutside(date)).map((date) => byDate.get(date)?.total ?? 0),
  )
  const rows: ActivityGridCell[][] = Array.from({ length: 7 }, () => [])
  let total = 0
  let activeDays = 0
  const cells = dates.map((date, index): ActivityGridCell => {
    const day = byDate.get(date) ?? emptyActivityDay(date)
    const position = index + offset
    const cell: ActivityGridCell = {
      date,
      index,
      row: position % 7,
      column: Math.floor(position / 7),
      day,
      level: activityLevel(day.total, thresholds),
      failedShare: day.total > 0 ? Math.min(1, day.failed / day.total) : 0,
      security: securityAlerts(day),
      outside: isOutside(date),
    }
    rows[cell.row]?.push(cell)
    if (cell.outside) return cell
    total += day.total
    if (day.total > 0) activeDays += 1
    return cell
  })

  const columns = cells.length === 0 ? 0 : Math.floor((cells.length - 1 + offset) / 7) + 1
  return {
    cells,
    rows,
    weekdays: Array.from({ length: 7 }, (_, row) => (weekStart + row) % 7),
    columns,
    offset,
    months: monthLabels(cells),
    total,
    activeDays,
  }
}

// A label where a column holds the 1st of a month; the first column is labelled too unless the
// next label is so close that the two would overlap.
function monthLabels(cells: readonly ActivityGridCell[]): ActivityGridMonth[] {
  const months: ActivityGridMonth[] = []
  for (const cell of cells) {
    if (cell.date.endsWith('-01') && !months.some((month) => month.column === cell.column)) {
      months.push({ column: cell.column, date: cell.date })
    }
  }
  const first = cells[0]
  const next = months[0]
  if (first && !first.date.endsWith('-01') && (!next || next.column >= 3)) {
    months.unshift({ column: 0, date: first.date })
  }
  return months
}

/** Failed and warning events of category `security` (routine checks do not count). */
function securityAlerts(day: ActivityDay): number {
  const security = day.categories.security
  return security ? security.failed + security.warning : 0
}

/** Categories of a day that had events, in the catalogue's display order. */
export function dayCategories(
  day: ActivityDay,
  order: readonly Category[],
): { category: Category; counts: NonNullable<ActivityDay['categories'][Category]> }[] {
  return order.flatMap((category) => {
    const counts = day.categories[category]
    return counts && counts.total > 0 ? [{ category, counts }] : []
  })
}
