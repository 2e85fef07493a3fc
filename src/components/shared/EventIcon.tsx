'use client'
import { forwardRef } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import { getEventTypeInfo } from '../../api/catalogue/catalogue'
import type { IconKey } from '../../api/catalogue/catalogue'
import type { Severity } from '../../api/types'
import { modifierClass } from './classNames'
import { ICON_PATHS } from './iconPaths'

/** Props of {@link EventIcon}. */
export interface EventIconProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'type'> {
  /** The icon to draw. Takes precedence over `type`. */
  icon?: IconKey
  /** An event type; its catalogue icon is drawn when `icon` is not given. */
  type?: string
  /**
   * Colours the icon by severity (the status-coloured variant). Decorative only: the severity is
   * always also given as text elsewhere.
   */
  severity?: Severity
  /** Width and height in pixels. @default 16 */
  size?: number
  /** Drop the library classes. @default false */
  unstyled?: boolean
}

/**
 * The inline SVG icon of an event type or icon key. Always decorative (`aria-hidden`): pair it
 * with a text label. Unknown keys draw the `other` icon.
 * @example <EventIcon type={event.type} severity={event.severity} />
 */
export const EventIcon = forwardRef<SVGSVGElement, EventIconProps>(function EventIcon(
  { icon, type, severity, size = 16, unstyled, className, ...rest },
  ref,
) {
  const key: IconKey = icon ?? (type !== undefined ? getEventTypeInfo(type).icon : 'other')
  const drawing = (ICON_PATHS as Record<string, (typeof ICON_PATHS)[IconKey]>)[key] ?? ICON_PATHS.other
  return (
    <svg
      ref={ref}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...rest}
      aria-hidden="true"
      className={
        [modifierClass(unstyled, 'event-icon', undefined, [severity]), className].filter(Boolean).join(' ') ||
        undefined
      }
      data-icon={key}
      data-severity={severity}
    >
      {drawing}
    </svg>
  )
})
