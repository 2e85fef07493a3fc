'use client'
import { partClass } from '../shared/classNames'
import type { ActivityGridLabels } from './activityGridLabels'
import type { ActivityGridScale } from './activityScale'

const LEVELS = [0, 1, 2, 3, 4] as const

/** Props of {@link ActivityGridLegend}. */
export interface ActivityGridLegendProps {
  labels: ActivityGridLabels
  /** The scale the cells are drawn in; the swatches inherit its colours from the grid's root. */
  scale: ActivityGridScale
  unstyled?: boolean
}

/**
 * "Failed events per day: Less ▢▢▢▢▢ More". The caption names what the colour counts, so the
 * legend can never show one scale while the cells show another. The swatches are decorative.
 */
export function ActivityGridLegend({ labels, scale, unstyled }: ActivityGridLegendProps) {
  return (
    <div className={partClass(unstyled, 'activity-grid', 'legend')} data-scale={scale}>
      <span className={partClass(unstyled, 'activity-grid', 'legend-scale')}>
        <span className={partClass(unstyled, 'activity-grid', 'legend-caption')}>{labels.scale[scale]}</span>
        <span>{labels.less}</span>
        {LEVELS.map((level) => (
          <span
            key={level}
            aria-hidden="true"
            className={partClass(unstyled, 'activity-grid', 'swatch')}
            data-level={level}
          />
        ))}
        <span>{labels.more}</span>
      </span>
    </div>
  )
}
