'use client'
/**
 * The drawn chart, in its own module so recharts is only downloaded when a chart is shown:
 * `EventStatsChart` loads it with `React.lazy`. Keep every recharts import in this file.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { SEVERITIES } from '../../api/types'
import { partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'
import { formatDayKey } from '../shared/formatDayKey'
import type { ChartPoint } from './chartData'
import type { EventStatsLabels } from './eventStatsLabels'

/** Props of {@link EventsChart}. */
export interface EventsChartProps {
  points: readonly ChartPoint[]
  labels: EventStatsLabels
  locale?: string
  unstyled?: boolean
  /** Height of the plot in pixels. @default 160 */
  height?: number
}

// Series order = token order: --ae-series-1 success, -2 failed, -3 warning, -4 info.
const SERIES_FILL = {
  success: 'var(--ae-series-1)',
  failed: 'var(--ae-series-2)',
  warning: 'var(--ae-series-3)',
  info: 'var(--ae-series-4)',
} as const

/**
 * Stacked bars of events per day by bucket. The drawing is one `img` for assistive technology;
 * the data table beside it (in `EventStatsChart`) is the text alternative.
 */
export function EventsChart({ points, labels, locale, unstyled, height = 160 }: EventsChartProps) {
  return (
    <div role="img" aria-label={labels.chartImage} className={partClass(unstyled, 'event-stats', 'plot')}>
      <BarChart
        responsive
        data={points as ChartPoint[]}
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--ae-border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="date"
          tickFormatter={(date: string) => formatDayKey(date, 'short', locale)}
          tick={{ fill: 'var(--ae-fg-muted)', fontSize: 11 }}
          stroke="var(--ae-border)"
          minTickGap={24}
        />
        <YAxis
          allowDecimals={false}
          width={40}
          tick={{ fill: 'var(--ae-fg-muted)', fontSize: 11 }}
          stroke="var(--ae-border)"
          tickFormatter={(value: number) => formatCount(value, locale)}
        />
        <Tooltip
          cursor={{ fill: 'var(--ae-surface-hover)' }}
          labelFormatter={(date) => formatDayKey(String(date), 'medium', locale)}
          formatter={(value) => formatCount(Number(value), locale)}
          contentStyle={{
            background: 'var(--ae-surface)',
            border: '1px solid var(--ae-border)',
            color: 'var(--ae-fg)',
          }}
        />
        {SEVERITIES.map((severity) => (
          <Bar
            key={severity}
            dataKey={severity}
            name={labels.severity[severity]}
            stackId="events"
            fill={SERIES_FILL[severity]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  )
}
