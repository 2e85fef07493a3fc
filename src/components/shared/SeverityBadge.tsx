'use client'
import { forwardRef } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import type { Severity } from '../../api/types'
import { modifierClass, partClass, rootClass } from './classNames'
import { useMergedLabels } from './labels'

/** Text of each severity bucket. */
export type SeverityLabels = Record<Severity, string>

/** Default English severity labels. */
export const DEFAULT_SEVERITY_LABELS: SeverityLabels = {
  success: 'Success',
  failed: 'Failed',
  warning: 'Warning',
  info: 'Info',
}

// A distinct shape per bucket, so the badge never relies on colour alone.
const GLYPHS: Record<Severity, string> = {
  success: 'M3.5 8.5l3 3 6-7',
  failed: 'M4 4l8 8M12 4l-8 8',
  warning: 'M8 3v6M8 12.5v.5',
  info: 'M8 7v6M8 3.5v.5',
}

/** Props of {@link SeverityBadge}. */
export interface SeverityBadgeProps extends ComponentPropsWithoutRef<'span'> {
  /** The classification to show. */
  severity: Severity
  /** Bucket labels, merged over {@link DEFAULT_SEVERITY_LABELS}. */
  labels?: Partial<SeverityLabels>
  /** Drop the library classes. @default false */
  unstyled?: boolean
}

/**
 * A severity shown as text, a shape and a colour (never colour alone).
 * @example <SeverityBadge severity="failed" />
 */
export const SeverityBadge = forwardRef<HTMLSpanElement, SeverityBadgeProps>(function SeverityBadge(
  { severity, labels: labelsProp, unstyled, className, children, ...rest },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_SEVERITY_LABELS, labelsProp)
  return (
    <span
      ref={ref}
      {...rest}
      className={rootClass(
        unstyled,
        'severity-badge',
        className,
        modifierClass(false, 'severity-badge', undefined, [severity]),
      )}
      data-severity={severity}
    >
      <svg
        className={partClass(unstyled, 'severity-badge', 'glyph')}
        viewBox="0 0 16 16"
        width="12"
        height="12"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={GLYPHS[severity]} />
      </svg>
      {children ?? labels[severity]}
    </span>
  )
})
