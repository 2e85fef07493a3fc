'use client'
/**
 * The drawn chart, in its own module so its code is only downloaded when a chart is shown:
 * `EventStatsChart` loads it with `React.lazy`. Plain SVG: stacked bars of at most 371 days
 * need a scale, a few ticks and rectangles, not a charting library (recharts was 112 KB
 * gzipped, most of it a state store, d3 and decimal arithmetic; issue 12).
 */
import { useLayoutEffect, useRef, useState } from 'react'
import type { PointerEvent } from 'react'
import { SEVERITIES } from '../../api/types'
import { partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'
import { formatDayKey } from '../shared/formatDayKey'
import type { ChartPoint } from './chartData'
import { chartTicks } from './chartScale'
import type { EventStatsLabels } from './eventStatsLabels'

/** Props of {@link EventsChart}. */
export interface EventsChartProps {
  /** One bar per day, oldest first. */
  points: readonly ChartPoint[]
  labels: EventStatsLabels
  /** BCP 47 locale of the axis labels and the tooltip. */
  locale?: string
  /** Drop the library classes (the drawing keeps its colours and sizes). */
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
const MARGIN = { top: 8, right: 8, bottom: 22, left: 40 }
const AXIS_TEXT = { fill: 'var(--ae-fg-muted)', fontSize: 11 }
// A date label is about this wide; labels are spaced at least this far apart.
const X_LABEL_SPACE = 64

/**
 * Stacked bars of events per day by bucket, with a hover readout of the day. The drawing is one
 * `img` for assistive technology; the data table beside it (in `EventStatsChart`) is the text
 * alternative.
 */
export function EventsChart({ points, labels, locale, unstyled, height = 160 }: EventsChartProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  const [hovered, setHovered] = useState<number>()

  useLayoutEffect(() => {
    const frame = frameRef.current
    if (!frame) return
    const measure = () => setWidth(frame.clientWidth)
    measure()
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    observer?.observe(frame)
    return () => observer?.disconnect()
  }, [])

  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right)
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom)
  const ticks = chartTicks(Math.max(0, ...points.map((point) => point.total)))
  const top = ticks[ticks.length - 1] || 1
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const band = points.length > 0 ? plotWidth / points.length : 0
  const barWidth = Math.max(1, band * 0.8)
  const labelEvery = Math.max(1, Math.ceil(X_LABEL_SPACE / Math.max(band, 1)))

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left - MARGIN.left
    const index = Math.floor(x / Math.max(band, 1))
    setHovered(index >= 0 && index < points.length ? index : undefined)
  }
  const point = hovered === undefined ? undefined : points[hovered]

  return (
    <div
      ref={frameRef}
      role="img"
      aria-label={labels.chartImage}
      className={partClass(unstyled, 'event-stats', 'plot')}
      style={{ position: 'relative', width: '100%', height }}
    >
      {width > 0 ? (
        <svg
          width={width}
          height={height}
          aria-hidden="true"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHovered(undefined)}
          style={{ display: 'block' }}
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plotWidth}
                y1={y(tick)}
                y2={y(tick)}
                style={{ stroke: 'var(--ae-border)' }}
                strokeDasharray={tick === 0 ? undefined : '3 3'}
              />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" style={AXIS_TEXT}>
                {formatCount(tick, locale)}
              </text>
            </g>
          ))}
          {point ? (
            <rect
              x={MARGIN.left + hovered! * band}
              y={MARGIN.top}
              width={band}
              height={plotHeight}
              style={{ fill: 'var(--ae-surface-hover)' }}
            />
          ) : null}
          {points.map((day, index) => {
            let base = 0
            const x = MARGIN.left + index * band + (band - barWidth) / 2
            return (
              <g key={day.date} data-date={day.date}>
                {SEVERITIES.map((severity) => {
                  const value = day[severity]
                  if (value <= 0) return null
                  const from = base
                  base += value
                  return (
                    <rect
                      key={severity}
                      data-severity={severity}
                      x={x}
                      y={y(base)}
                      width={barWidth}
                      height={Math.max(0, y(from) - y(base))}
                      style={{ fill: SERIES_FILL[severity] }}
                    />
                  )
                })}
                {index % labelEvery === 0 ? (
                  <text
                    x={x + barWidth / 2}
                    y={MARGIN.top + plotHeight + 15}
                    textAnchor="middle"
                    style={AXIS_TEXT}
                  >
                    {formatDayKey(day.date, 'short', locale)}
                  </text>
                ) : null}
              </g>
            )
          })}
        </svg>
      ) : null}
      {point ? (
        <div
          aria-hidden="true"
          className={partClass(unstyled, 'event-stats', 'chart-tooltip')}
          style={{
            position: 'absolute',
            top: MARGIN.top,
            // Beside the hovered bar, on the side with room.
            ...(MARGIN.left + hovered! * band < width / 2
              ? { left: MARGIN.left + (hovered! + 1) * band + 8 }
              : { right: width - (MARGIN.left + hovered! * band) + 8 }),
            pointerEvents: 'none',
            background: 'var(--ae-surface)',
            border: '1px solid var(--ae-border)',
            color: 'var(--ae-fg)',
            padding: '4px 8px',
            fontSize: 12,
            whiteSpace: 'nowrap',
          }}
        >
          <div>{formatDayKey(point.date, 'medium', locale)}</div>
          {SEVERITIES.map((severity) => (
            <div key={severity}>
              <span aria-hidden="true" style={{ color: SERIES_FILL[severity] }}>
                ■{' '}
              </span>
              {labels.severity[severity]}: {formatCount(point[severity], locale)}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
