'use client'
import { SEVERITIES } from '../../api/types'
import { partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'
import type { ActivityGridLabels } from './activityGridLabels'
import type { ActivityGridCell } from './activityGridModel'

/** Where the tooltip points: a cell index and the middle of its top or bottom edge inside the grid's frame. */
export type ActivityGridTip = {
  index: number
  left: number
  top: number
  /** Which side of the cell the tooltip is on. */
  side: 'top' | 'bottom'
  /** Which side of the tooltip sits on the point, so tooltips near an edge stay inside it. */
  align: 'start' | 'center' | 'end'
}

/** Props of {@link ActivityGridTooltip}. */
export interface ActivityGridTooltipProps {
  tip: ActivityGridTip
  cell: ActivityGridCell
  /** The cell's accessible name, shown as the first line. */
  label: string
  labels: ActivityGridLabels
  locale?: string
  unstyled?: boolean
}

/**
 * The one visual tooltip of the grid (on hover and on keyboard focus). It repeats the focused
 * button's accessible name plus the bucket breakdown, so it is hidden from assistive technology
 * rather than announced twice.
 */
export function ActivityGridTooltip({
  tip,
  cell,
  label,
  labels,
  locale,
  unstyled,
}: ActivityGridTooltipProps) {
  const { day } = cell
  return (
    <div
      aria-hidden="true"
      className={partClass(unstyled, 'activity-grid', 'tooltip')}
      data-align={tip.align}
      data-side={tip.side}
      style={{ position: 'absolute', left: tip.left, top: tip.top }}
    >
      <span className={partClass(unstyled, 'activity-grid', 'tooltip-title')}>{label}</span>
      {day.total > 0 ? (
        <span className={partClass(unstyled, 'activity-grid', 'tooltip-breakdown')}>
          {SEVERITIES.filter((severity) => day[severity] > 0)
            .map((severity) => `${labels.severity[severity]} ${formatCount(day[severity], locale)}`)
            .join(' · ')}
        </span>
      ) : null}
    </div>
  )
}
