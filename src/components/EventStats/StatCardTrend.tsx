'use client'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import { partClass } from '../shared/classNames'
import type { EventStatsLabels } from './eventStatsLabels'
import { trendChange } from './statTrend'
import type { StatTrend } from './statTrend'

/** Props of {@link StatCardTrend}. */
export interface StatCardTrendProps {
  trend: StatTrend
  /** Id of the text, which the card lists in its `aria-describedby`. */
  id: string
  labels: EventStatsLabels
  locale?: string
  unstyled?: boolean
}

/** Which way the period went, for the arrow and `data-direction`. */
export type TrendDirection = 'up' | 'down' | 'flat' | 'new' | 'unknown'

// The line's box; the SVG stretches to the card's width (non-scaling stroke keeps it thin).
const WIDTH = 100
const HEIGHT = 24

/** The polyline of `points` in the WIDTH × HEIGHT box, 1 unit of padding top and bottom. */
export function sparklinePoints(points: readonly number[]): string {
  if (points.length === 0) return ''
  const max = Math.max(1, ...points)
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0
  return points
    .map((value, index) => {
      const x = points.length > 1 ? index * step : WIDTH / 2
      const y = HEIGHT - 1 - (value / max) * (HEIGHT - 2)
      return `${x.toFixed(2)},${y.toFixed(2)}`
    })
    .join(' ')
}

/**
 * Under a card's number: a small line of the period's days (decorative: the numbers are in the
 * text) and the change against the previous period, e.g. "▲ 12% vs previous 30 days", read as
 * "Up 12% vs previous 30 days". Hidden from the accessibility tree where it stands and read as
 * the card's description instead, so the card's name stays its title and number. Plain SVG: no
 * chart library in the cards' chunk.
 */
export function StatCardTrend({ trend, id, labels, locale, unstyled }: StatCardTrendProps) {
  const change = trendChange(trend)
  const direction: TrendDirection =
    change === null ? 'unknown' : change === 'new' ? 'new' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat'
  const percent =
    typeof change === 'number'
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(change))
      : undefined
  const points = sparklinePoints(trend.points)
  const part = (element: string) => partClass(unstyled, 'event-stats', element)
  return (
    <span aria-hidden="true" className={part('card-trend')} data-direction={direction}>
      {trend.points.length > 1 ? (
        <svg
          aria-hidden="true"
          focusable="false"
          className={part('sparkline')}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
        >
          <polygon points={`0,${HEIGHT} ${points} ${WIDTH},${HEIGHT}`} className={part('sparkline-area')} />
          <polyline points={points} className={part('sparkline-line')} vectorEffect="non-scaling-stroke" />
        </svg>
      ) : null}
      <span id={id} className={part('card-change')}>
        {direction === 'unknown' ? (
          labels.trendPeriod(trend.days)
        ) : (
          <>
            {/* The arrow is drawn by CSS (a shape, no text, so the description has no "▲" to read). */}
            <span className={part('card-arrow')} />
            <VisuallyHidden.Root>{labels.trendDirection[direction]}</VisuallyHidden.Root>{' '}
            {direction === 'new' ? labels.trendNew : percent}
            {/* The period is named once above the cards; here only for the description. */}{' '}
            <VisuallyHidden.Root>
              {labels.trendAgainst(trend.days, trend.rolling ?? false)}
            </VisuallyHidden.Root>
          </>
        )}
      </span>
    </span>
  )
}
