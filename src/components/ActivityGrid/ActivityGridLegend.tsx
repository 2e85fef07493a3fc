'use client'
import type { CSSProperties } from 'react'
import { partClass } from '../shared/classNames'
import type { ActivityGridLabels } from './activityGridLabels'

const LEVELS = [0, 1, 2, 3, 4] as const

/** Props of {@link ActivityGridLegend}. */
export interface ActivityGridLegendProps {
  labels: ActivityGridLabels
  unstyled?: boolean
}

/** "Less ▢▢▢▢▢ More" plus the key to the failed-share mark. The swatches are decorative. */
export function ActivityGridLegend({ labels, unstyled }: ActivityGridLegendProps) {
  return (
    <div className={partClass(unstyled, 'activity-grid', 'legend')}>
      <span className={partClass(unstyled, 'activity-grid', 'legend-scale')}>
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
      <span className={partClass(unstyled, 'activity-grid', 'legend-failed')}>
        <span aria-hidden="true" className={partClass(unstyled, 'activity-grid', 'swatch')} data-level={2}>
          <span
            className={partClass(unstyled, 'activity-grid', 'failed')}
            style={{ '--ae-activity-grid-failed-share': '0.4' } as CSSProperties}
          />
        </span>
        <span>{labels.failedMark}</span>
      </span>
    </div>
  )
}
