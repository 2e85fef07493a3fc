'use client'
import { forwardRef, useId } from 'react'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { clsx } from 'clsx'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import { toDayKey } from '../../api/dates'
import { SEVERITIES } from '../../api/types'
import type { ActivityDay, EventCounts, Severity } from '../../api/types'
import { partClass, rootClass } from '../shared/classNames'
import { ErrorMessage } from '../shared/ErrorMessage'
import type { ErrorDescription } from '../shared/describeError'
import { formatCount } from '../shared/format'
import { useMergedLabels } from '../shared/labels'
import { useRootProps, type ColorScheme } from '../shared/Root'
import { browserTimeZone } from '../../api/dates'
import { formatDayKey } from '../shared/formatDayKey'
import { useControllableState } from '../../hooks/useControllableState'
import { EventStatsChart } from './EventStatsChart'
import type { EventStatsChartStatus } from './EventStatsChart'
import { DEFAULT_EVENT_STATS_LABELS } from './eventStatsLabels'
import type { EventStatsLabels } from './eventStatsLabels'
import { StatCard } from './StatCard'
import { StatCardTrend } from './StatCardTrend'
import type { StatTrend, StatTrendKey } from './statTrend'

/** What the cards show: loading, the error, or the counts. */
export type EventStatsStatus = 'pending' | 'error' | 'success'

/** Counts as the view takes them: `EventCounts` plus, for a sample, how many events it holds. */
export type EventStatsCounts = EventCounts & {
  /** Events counted in the client (scope `sample`). */
  sampleSize?: number
  /** The sample stopped at the scan limit: the counts cover only the newest `sampleSize` events. */
  scanLimitReached?: boolean
}

/** The chart's data and state, for {@link EventStatsViewProps.chart}. */
export type EventStatsChartData = {
  /** Where the chart's data stands. */
  status: EventStatsChartStatus
  /** Per-day counts; days absent count as zero. */
  days?: readonly ActivityDay[]
  /** Inclusive `YYYY-MM-DD` days drawn. */
  range: { since: string; until: string }
  /** The error to explain when the chart's data failed. */
  error?: unknown
  /** Shows a retry button in the chart's error state. */
  onRetry?: () => void
}

/** Props of {@link EventStatsView}. */
export interface EventStatsViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Which state the cards render (exposed as `data-state`). */
  status: EventStatsStatus
  /** The counts, when `status` is `success`. */
  counts?: EventStatsCounts
  /** The error to explain when `status` is `error`. */
  error?: unknown
  /** Shows a retry button in the error state. */
  onRetry?: () => void
  /** Replace the error rendering (receives the default element). */
  renderError?: (defaultElement: ReactNode, error: unknown, description: ErrorDescription) => ReactNode
  /** The date range the counts cover (`until` exclusive), named in the scope line. */
  range?: { from?: Date; until?: Date }
  /** IANA time zone the range's days are named in. @default the runtime's time zone */
  timeZone?: string
  /** The pressed card's bucket, or null for none (controlled). */
  activeSeverity?: Severity | null
  /** The pressed card at first (uncontrolled). @default null */
  defaultActiveSeverity?: Severity | null
  /** Called when a card is pressed (its bucket) or released (null). */
  onActiveSeverityChange?: (severity: Severity | null) => void
  /**
   * Each card's trend for the chosen period (line of its days, change against the period before);
   * `<EventStats>` computes them from `useActivity`. No trend row when absent.
   */
  trends?: Partial<Record<StatTrendKey, StatTrend>>
  /** The trends are on their way: their room is kept under each number, so nothing jumps. @default false */
  trendsPending?: boolean
  /** Show the total card. @default true */
  showTotal?: boolean
  /** Show the events-over-time chart (its code loads only then). @default false */
  showChart?: boolean
  /** The chart's data; needed when `showChart`. */
  chart?: EventStatsChartData
  /** Texts, merged over {@link DEFAULT_EVENT_STATS_LABELS}. */
  labels?: Partial<EventStatsLabels>
  /** BCP 47 locale of numbers and dates. @default the runtime's locale */
  locale?: string
  /** Drop the library's classes; behaviour and ARIA stay. @default false */
  unstyled?: boolean
  /** Light, dark, or the system's preference; inherited from the nearest `<AeRoot>` when absent. @default 'system' */
  colorScheme?: ColorScheme
}

const NO_DAYS: readonly ActivityDay[] = []

// The range as days in the zone; `until` is exclusive, so its day is the one just before it.
function rangeDays(range: EventStatsViewProps['range'], timeZone: string, locale: string | undefined) {
  const day = (date: Date) => formatDayKey(toDayKey(date, timeZone), 'medium', locale)
  return {
    from: range?.from ? day(range.from) : undefined,
    to: range?.until ? day(new Date(range.until.getTime() - 1)) : undefined,
  }
}

/**
 * Success / Failed / Warning / Info (and Total) cards with the scope they cover, as a pure view.
 * Each bucket card toggles the quick status filter; a count the server did not report shows "—"
 * with a note. With `showChart`, a small stacked bar chart of events per day follows, loaded
 * lazily. `<EventStats>` is this view fed by `useEventCounts` and `useActivity`.
 * @example <EventStatsView status="success" counts={{ total: 12, success: 9, failed: 3, warning: 0, info: 0, scope: 'window' }} />
 */
export const EventStatsView = forwardRef<HTMLDivElement, EventStatsViewProps>(function EventStatsView(
  {
    status,
    counts,
    error,
    onRetry,
    renderError,
    activeSeverity: activeSeverityProp,
    defaultActiveSeverity = null,
    onActiveSeverityChange,
    showTotal = true,
    trends,
    trendsPending = false,
    showChart = false,
    chart,
    range,
    timeZone,
    labels: labelsProp,
    locale,
    unstyled,
    colorScheme,
    className,
    ...rest
  },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_EVENT_STATS_LABELS, labelsProp)
  const rootProps = useRootProps(unstyled, false, colorScheme)
  const [activeSeverity, setActiveSeverity] = useControllableState<Severity | null>({
    prop: activeSeverityProp,
    defaultProp: defaultActiveSeverity,
    onChange: onActiveSeverityChange,
    name: 'EventStats',
  })
  const scopeId = useId()
  const hintId = useId()
  const noteId = useId()
  const trendIdBase = useId()
  const part = (element: string) => partClass(unstyled, 'event-stats', element)
  const hasUnknown = !!counts && SEVERITIES.some((severity) => counts[severity] === null)
  const describedBy = [scopeId, hintId, hasUnknown ? noteId : undefined].filter(Boolean).join(' ')
  const trendOf = (key: StatTrendKey) => {
    const trend = trends?.[key]
    if (trend) {
      return (
        <StatCardTrend
          trend={trend}
          id={`${trendIdBase}-${key}`}
          labels={labels}
          locale={locale}
          unstyled={unstyled}
        />
      )
    }
    return trendsPending ? <span aria-hidden="true" className={part('card-trend-placeholder')} /> : undefined
  }

  return (
    <div
      ref={ref}
      {...rest}
      className={clsx(rootProps.className, rootClass(unstyled, 'event-stats', className)) || undefined}
      data-color-scheme={rootProps['data-color-scheme']}
      data-state={status}
      data-empty={status === 'success' && counts?.total === 0 ? '' : undefined}
    >
      {status === 'pending' || (status === 'success' && !counts) ? (
        <div role="status" className={part('skeleton')}>
          <VisuallyHidden.Root>{labels.loading}</VisuallyHidden.Root>
        </div>
      ) : status === 'error' || !counts ? (
        <ErrorMessage error={error} onRetry={onRetry} renderError={renderError} unstyled={unstyled} />
      ) : (
        <>
          <p id={scopeId} className={part('scope')} data-scope={counts.scope}>
            {labels.scope({
              scope: counts.scope,
              sampleSize:
                counts.sampleSize === undefined ? undefined : formatCount(counts.sampleSize, locale),
              sampleCount: counts.sampleSize,
              complete: counts.scanLimitReached === false,
              ...rangeDays(range, timeZone ?? browserTimeZone(), locale),
            })}
            {/* The period the trends compare, said once for all cards (each card's description says it too). */}
            {trends?.total ? (
              <span aria-hidden="true" className={part('trend-note')}>
                {labels.trendNote(trends.total.days, trends.total.rolling ?? false)}
              </span>
            ) : null}
          </p>
          <div role="group" aria-label={labels.group} className={part('cards')}>
            {SEVERITIES.map((severity) => (
              <StatCard
                key={severity}
                severity={severity}
                title={labels.severity[severity]}
                value={counts[severity]}
                pressed={activeSeverity === severity}
                onToggle={(bucket) => setActiveSeverity(activeSeverity === bucket ? null : bucket)}
                describedBy={describedBy}
                unknownValue={labels.unknownValue}
                unknownValueSpoken={labels.unknownValueSpoken}
                trend={trendOf(severity)}
                trendId={trends?.[severity] ? `${trendIdBase}-${severity}` : undefined}
                locale={locale}
                unstyled={unstyled}
              />
            ))}
            {showTotal ? (
              <StatCard
                title={labels.total}
                value={counts.total}
                unknownValue={labels.unknownValue}
                unknownValueSpoken={labels.unknownValueSpoken}
                trend={trendOf('total')}
                trendId={trends?.total ? `${trendIdBase}-total` : undefined}
                locale={locale}
                unstyled={unstyled}
              />
            ) : null}
          </div>
          <VisuallyHidden.Root id={hintId}>{labels.cardHint}</VisuallyHidden.Root>
          {hasUnknown ? (
            <p id={noteId} className={part('note')}>
              {labels.unknownNote}
            </p>
          ) : null}
        </>
      )}
      {showChart && chart ? (
        <EventStatsChart
          status={chart.status}
          days={chart.days ?? NO_DAYS}
          range={chart.range}
          error={chart.error}
          onRetry={chart.onRetry}
          renderError={renderError}
          labels={labels}
          locale={locale}
          unstyled={unstyled}
        />
      ) : null}
    </div>
  )
})
