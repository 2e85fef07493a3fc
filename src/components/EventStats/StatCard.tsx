'use client'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import type { ReactNode } from 'react'
import type { Severity } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'

/** Props of {@link StatCard}. */
export interface StatCardProps {
  title: string
  /** The count, or null when the server did not report it. */
  value: number | null
  /** The bucket; without one the card is the static total card. */
  severity?: Severity
  /** Whether the card's bucket is the active quick filter. */
  pressed?: boolean
  onToggle?: (severity: Severity) => void
  /** Ids of the scope line and notes that describe the card. */
  describedBy?: string
  /** Visible text for a missing count. */
  unknownValue: string
  /** Spoken text for a missing count. */
  unknownValueSpoken: string
  /**
   * Under the number: the period's trend line and change (`StatCardTrend`). It is the card's
   * description, not part of its name (the name stays "Failed 71"): give it `trendId`.
   */
  trend?: ReactNode
  /** Id of the element inside `trend` that holds its text; added to the card's description. */
  trendId?: string
  locale?: string
  unstyled?: boolean
}

/**
 * One count. A bucket card is a toggle button (`aria-pressed`) that sets the quick status
 * filter; the total card is plain text.
 */
export function StatCard({
  title,
  value,
  severity,
  pressed = false,
  onToggle,
  describedBy,
  unknownValue,
  unknownValueSpoken,
  trend,
  trendId,
  locale,
  unstyled,
}: StatCardProps) {
  const className = modifierClass(unstyled, 'event-stats', 'card', [severity ?? 'total'])
  const description = [trendId, describedBy].filter(Boolean).join(' ') || undefined
  const content = (
    <>
      <span className={partClass(unstyled, 'event-stats', 'card-title')}>{title}</span>{' '}
      <span className={partClass(unstyled, 'event-stats', 'card-value')}>
        {value === null ? (
          <>
            <span aria-hidden="true">{unknownValue}</span>
            <VisuallyHidden.Root>{unknownValueSpoken}</VisuallyHidden.Root>
          </>
        ) : (
          formatCount(value, locale)
        )}
      </span>
      {trend}
    </>
  )
  if (!severity) {
    return (
      <div className={className} aria-describedby={description} data-severity="total">
        {content}
      </div>
    )
  }
  return (
    <button
      type="button"
      className={className}
      aria-pressed={pressed}
      aria-describedby={description}
      data-severity={severity}
      data-state={pressed ? 'on' : 'off'}
      onClick={() => onToggle?.(severity)}
    >
      {content}
    </button>
  )
}
