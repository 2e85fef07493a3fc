'use client'
import { forwardRef, useCallback, useId, useMemo } from 'react'
import type { ComponentPropsWithoutRef, CSSProperties, ReactNode } from 'react'
import { clsx } from 'clsx'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import { gridRange } from '../../api/dates'
import type { ActivityDay, Category } from '../../api/types'
import { useControllableState } from '../../hooks/useControllableState'
import { partClass, rootClass } from '../shared/classNames'
import { ErrorMessage } from '../shared/ErrorMessage'
import type { ErrorDescription } from '../shared/describeError'
import { formatCount } from '../shared/format'
import { useMergedLabels } from '../shared/labels'
import { useRootProps, type ColorScheme } from '../shared/Root'
import { ActivityDayPanel } from './ActivityDayPanel'
import { ActivityGridDays } from './ActivityGridDays'
import { ActivityGridLegend } from './ActivityGridLegend'
import { DEFAULT_ACTIVITY_GRID_LABELS } from './activityGridLabels'
import type { ActivityGridLabels } from './activityGridLabels'
import { buildActivityGrid } from './activityGridModel'
import type { ActivityGridScale } from './activityScale'
import { browserTimeZone } from '../../api/dates'
import { formatDayKey } from '../shared/formatDayKey'

/** What the grid shows: loading, the error, or the days. */
export type ActivityGridStatus = 'pending' | 'error' | 'success'

/** The window of days shown: inclusive `YYYY-MM-DD` days (the shape `useActivity` reports). */
export type ActivityGridRange = {
  /** Inclusive first day, `YYYY-MM-DD`. */
  since: string
  /** Inclusive last day, `YYYY-MM-DD`. */
  until: string
}

const NO_DAYS: readonly ActivityDay[] = []

/** Props of {@link ActivityGridView}. */
export interface ActivityGridViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Which state to render (exposed as `data-state`). */
  status: ActivityGridStatus
  /** Per-day counts; days absent from the list count as zero. @default [] */
  days?: readonly ActivityDay[]
  /** The days to show. @default the `weeks` columns ending today in `timeZone` */
  range?: ActivityGridRange
  /** Number of week columns when `range` is not given. @default 53 */
  weeks?: number
  /** First day of each week column: 0 = Sunday … 6 = Saturday. @default 0 */
  weekStart?: number
  /** IANA time zone the days are counted in. @default the runtime's time zone */
  timeZone?: string
  /** "Now", for the default range (stories and tests pin it). @default new Date() */
  now?: Date
  /** The error to explain when `status` is `error`. */
  error?: unknown
  /** Shows a retry button in the error state. */
  onRetry?: () => void
  /** Replace the error rendering (receives the default element). */
  renderError?: (defaultElement: ReactNode, error: unknown, description: ErrorDescription) => ReactNode
  /** The counts come from a capped client-side scan: says so above the grid. @default false */
  approximate?: boolean
  /** Events a client-side scan has read: shown while loading, and in the approximate notice. */
  scanned?: number
  /** The open day (`YYYY-MM-DD`), or null for none (controlled). */
  selectedDate?: string | null
  /** The day open at first (uncontrolled). @default null */
  defaultSelectedDate?: string | null
  /** Called with the new day (null when the open day is clicked again or cleared). */
  onSelectedDateChange?: (date: string | null) => void
  /** Categories currently filtered on; their rows in the day panel show as pressed. */
  activeCategories?: readonly Category[]
  /** A category row of the day panel was clicked. Without it the rows are disabled. */
  onCategorySelect?: (category: Category, date: string) => void
  /**
   * What the counts are, for the colour scale and the legend: `activity` (all events, blue) or
   * one severity (the counts are only that bucket's, drawn in its colour with the same four
   * levels). `<ActivityGrid>` derives it from the filters.
   * @default 'activity'
   */
  scale?: ActivityGridScale
  /**
   * The days that count: the filters' time window as inclusive `YYYY-MM-DD` days (either end
   * open). Days outside it stay visible but dimmed, are left out of the summary and the colour
   * levels, and say so in their names; a line under the grid (its accessible description) names
   * the window. `<ActivityGrid>` derives it from the filters' `from`/`until`.
   * @default every day counts
   */
  countedRange?: { since?: string; until?: string }
  /**
   * The number of events the filters select, counted by the backend (the number the stat cards
   * show), for the summary instead of the cells' sum: one number on screen for one question,
   * live too. `<ActivityGrid summarySource="counts">` passes it.
   * @default the sum of the counted cells
   */
  summaryTotal?: number
  /** The days are counted under narrowing filters (type, status, search…): the day panel says so. @default false */
  filtered?: boolean
  /** Shows the colour legend under the grid. @default true */
  showLegend?: boolean
  /** Shows the month names above the columns. @default true */
  showMonthLabels?: boolean
  /** Shows the weekday names beside the rows. @default true */
  showWeekdayLabels?: boolean
  /** Texts, merged over {@link DEFAULT_ACTIVITY_GRID_LABELS}. */
  labels?: Partial<ActivityGridLabels>
  /** BCP 47 locale of dates and numbers. @default the runtime's locale */
  locale?: string
  /** Drop the library's classes; behaviour and ARIA stay. @default false */
  unstyled?: boolean
  /** Light, dark, or the system's preference; inherited from the nearest `<AeRoot>` when absent. @default 'system' */
  colorScheme?: ColorScheme
}

/**
 * The 53-week contribution graph as a pure view: pass the days and a status. Weeks are columns,
 * weekdays rows; colour levels 0–4 are quartiles of the active days, in the colour of what is
 * counted (`scale`); the cells share the container's width between a minimum and a maximum
 * size. Clicking a day opens its panel (total, buckets,
 * categories). `<ActivityGrid>` is this view fed by `useActivity` and wired to the filters.
 *
 * Keyboard (one tab stop, roving focus): ↑/↓ previous/next day; ←/→ same weekday a week
 * earlier/later (mirrored right to left); Home/End first/last day of the row; Ctrl+Home/Ctrl+End
 * first/last day of the grid; PageUp/PageDown same day a month earlier/later; Enter/Space opens
 * or closes the day. When the cells reach their minimum size the grid scrolls sideways, starting
 * at the newest week.
 * @example <ActivityGridView status="success" days={days} timeZone="Europe/Paris" />
 */
export const ActivityGridView = forwardRef<HTMLDivElement, ActivityGridViewProps>(function ActivityGridView(
  {
    status,
    days = NO_DAYS,
    range: rangeProp,
    weeks = 53,
    weekStart = 0,
    timeZone,
    now,
    error,
    onRetry,
    renderError,
    approximate = false,
    scanned,
    selectedDate: selectedDateProp,
    defaultSelectedDate = null,
    onSelectedDateChange,
    activeCategories,
    onCategorySelect,
    scale = 'activity',
    countedRange,
    summaryTotal,
    filtered = false,
    showLegend = true,
    showMonthLabels = true,
    showWeekdayLabels = true,
    labels: labelsProp,
    locale,
    unstyled,
    colorScheme,
    className,
    style,
    ...rest
  },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_ACTIVITY_GRID_LABELS, labelsProp)
  const rootProps = useRootProps(unstyled, false, colorScheme)
  const zone = timeZone ?? browserTimeZone()
  const nowMs = now?.getTime()
  const { since, until } = useMemo(() => {
    if (rangeProp) return rangeProp
    const grid = gridRange({
      weeks,
      weekStart,
      timeZone: zone,
      now: nowMs === undefined ? undefined : new Date(nowMs),
    })
    return { since: grid.firstDay, until: grid.lastDay }
  }, [rangeProp, weeks, weekStart, zone, nowMs])
  const countedSince = countedRange?.since
  const countedUntil = countedRange?.until
  const model = useMemo(
    () =>
      buildActivityGrid({
        since,
        until,
        days,
        weekStart,
        counted: { since: countedSince, until: countedUntil },
      }),
    [since, until, days, weekStart, countedSince, countedUntil],
  )
  const windowId = useId()
  const hasWindow = countedSince !== undefined || countedUntil !== undefined
  const total = summaryTotal ?? model.total
  const [selectedDate, setSelectedDate] = useControllableState<string | null>({
    prop: selectedDateProp,
    defaultProp: defaultSelectedDate,
    onChange: onSelectedDateChange,
    name: 'ActivityGrid selectedDate',
  })
  const toggleDate = useCallback(
    (date: string) => setSelectedDate(date === selectedDate ? null : date),
    [selectedDate, setSelectedDate],
  )
  const selectedCell = selectedDate ? model.cells.find((cell) => cell.date === selectedDate) : undefined
  const empty = status === 'success' && total === 0
  const part = (element: string) => partClass(unstyled, 'activity-grid', element)

  return (
    <div
      ref={ref}
      {...rest}
      className={clsx(rootProps.className, rootClass(unstyled, 'activity-grid', className)) || undefined}
      data-color-scheme={rootProps['data-color-scheme']}
      // The week count sizes the cells (activityGrid.css: cells share the width between a min and a max).
      style={{ '--ae-activity-grid-columns': model.columns || weeks, ...style } as CSSProperties}
      data-state={status}
      data-scale={scale}
      data-empty={empty ? '' : undefined}
      data-approximate={approximate && status === 'success' ? '' : undefined}
    >
      {status === 'pending' ? (
        <div role="status" className={part('skeleton')}>
          <VisuallyHidden.Root>{labels.loading}</VisuallyHidden.Root>{' '}
          {scanned ? (
            <span className={part('progress')}>{labels.progress(formatCount(scanned, locale), scanned)}</span>
          ) : null}
        </div>
      ) : status === 'error' ? (
        <ErrorMessage error={error} onRetry={onRetry} renderError={renderError} unstyled={unstyled} />
      ) : (
        <>
          {approximate ? (
            <p className={part('notice')}>
              {labels.approximate(scanned === undefined ? undefined : formatCount(scanned, locale), scanned)}
            </p>
          ) : null}
          <ActivityGridDays
            model={model}
            labels={labels}
            selectedDate={selectedCell?.date}
            onSelect={toggleDate}
            locale={locale}
            unstyled={unstyled}
            showMonthLabels={showMonthLabels}
            showWeekdayLabels={showWeekdayLabels}
            describedBy={hasWindow ? windowId : undefined}
          />
          {hasWindow ? (
            <p id={windowId} className={part('window')}>
              {labels.countedWindow(
                countedSince === undefined ? undefined : formatDayKey(countedSince, 'medium', locale),
                countedUntil === undefined ? undefined : formatDayKey(countedUntil, 'medium', locale),
              )}
            </p>
          ) : null}
          <div className={part('footer')}>
            {empty ? (
              <p role="status" className={part('empty')}>
                {labels.empty}
              </p>
            ) : (
              <p className={part('summary')}>
                {(summaryTotal === undefined ? labels.summary : labels.summaryOfFilters)(
                  formatCount(total, locale),
                  formatCount(model.activeDays, locale),
                  total,
                  model.activeDays,
                )}
              </p>
            )}
            {showLegend ? <ActivityGridLegend labels={labels} scale={scale} unstyled={unstyled} /> : null}
          </div>
          {selectedCell ? (
            <ActivityDayPanel
              day={selectedCell.day}
              labels={labels}
              activeCategories={activeCategories}
              onCategorySelect={
                onCategorySelect ? (category) => onCategorySelect(category, selectedCell.date) : undefined
              }
              onClear={() => setSelectedDate(null)}
              filtered={filtered}
              locale={locale}
              unstyled={unstyled}
            />
          ) : null}
        </>
      )}
    </div>
  )
})
