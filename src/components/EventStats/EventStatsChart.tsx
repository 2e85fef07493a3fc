'use client'
import { Suspense, lazy, useId, useMemo } from 'react'
import type { ReactNode } from 'react'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import { SEVERITIES } from '../../api/types'
import type { ActivityDay } from '../../api/types'
import { partClass } from '../shared/classNames'
import { ErrorMessage } from '../shared/ErrorMessage'
import type { ErrorDescription } from '../shared/describeError'
import { formatCount } from '../shared/format'
import { formatDayKey } from '../shared/formatDayKey'
import { chartPoints, summarizePoints } from './chartData'
import type { EventStatsLabels } from './eventStatsLabels'

// The drawing lives behind this import: pages that never show a chart never download it.
const EventsChart = lazy(() => import('./EventsChart').then((module) => ({ default: module.EventsChart })))

/** What the chart shows: loading, the error, or the days. */
export type EventStatsChartStatus = 'pending' | 'error' | 'success'

/** Props of {@link EventStatsChart}. */
export interface EventStatsChartProps {
  status: EventStatsChartStatus
  days: readonly ActivityDay[]
  /** Inclusive `YYYY-MM-DD` days drawn. */
  range: { since: string; until: string }
  error?: unknown
  onRetry?: () => void
  renderError?: (defaultElement: ReactNode, error: unknown, description: ErrorDescription) => ReactNode
  labels: EventStatsLabels
  locale?: string
  unstyled?: boolean
}

/**
 * The events-over-time figure: caption, the lazily loaded bar chart, a one-line summary and a
 * visually hidden table of every day (the chart's text alternative, rendered without waiting
 * for the chart's code).
 */
export function EventStatsChart({
  status,
  days,
  range,
  error,
  onRetry,
  renderError,
  labels,
  locale,
  unstyled,
}: EventStatsChartProps) {
  const titleId = useId()
  const points = useMemo(() => chartPoints(days, range.since, range.until), [days, range.since, range.until])
  const { total, busiest } = summarizePoints(points)
  const part = (element: string) => partClass(unstyled, 'event-stats', element)
  const loading = (
    <div role="status" className={part('chart-skeleton')}>
      <VisuallyHidden.Root>{labels.chartLoading}</VisuallyHidden.Root>
    </div>
  )

  return (
    <figure aria-labelledby={titleId} className={part('chart')} data-state={status}>
      <figcaption id={titleId} className={part('chart-title')}>
        {labels.chartTitle}
      </figcaption>
      {status === 'pending' ? (
        loading
      ) : status === 'error' ? (
        <ErrorMessage error={error} onRetry={onRetry} renderError={renderError} unstyled={unstyled} />
      ) : (
        <>
          <Suspense fallback={loading}>
            <EventsChart points={points} labels={labels} locale={locale} unstyled={unstyled} />
          </Suspense>
          <p className={part('chart-summary')}>
            {labels.chartSummary({
              total: formatCount(total, locale),
              totalCount: total,
              from: formatDayKey(range.since, 'medium', locale),
              to: formatDayKey(range.until, 'medium', locale),
              busiestDay: busiest ? formatDayKey(busiest.date, 'medium', locale) : undefined,
              busiestCount: busiest ? formatCount(busiest.total, locale) : undefined,
            })}
          </p>
          <VisuallyHidden.Root asChild>
            <table>
              <caption>{labels.chartTableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.chartDate}</th>
                  {SEVERITIES.map((severity) => (
                    <th key={severity} scope="col">
                      {labels.severity[severity]}
                    </th>
                  ))}
                  <th scope="col">{labels.total}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.date}>
                    <th scope="row">{formatDayKey(point.date, 'medium', locale)}</th>
                    {SEVERITIES.map((severity) => (
                      <td key={severity}>{formatCount(point[severity], locale)}</td>
                    ))}
                    <td>{formatCount(point.total, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden.Root>
        </>
      )}
    </figure>
  )
}
