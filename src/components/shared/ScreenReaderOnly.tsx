'use client'
import { cloneElement, forwardRef, isValidElement } from 'react'
import type { ComponentPropsWithoutRef, CSSProperties, ReactElement } from 'react'
import { visuallyHidden } from './visuallyHidden'

/** Props of {@link Root}. */
export interface VisuallyHiddenProps extends ComponentPropsWithoutRef<'span'> {
  /** Hide the one child element itself instead of wrapping it in a span. */
  asChild?: boolean
}

/**
 * Radix's `VisuallyHidden.Root`, same props: a span (or, with `asChild`, its one child) that is
 * hidden from sight and kept for assistive technology. Ours, because Radix's brought its Slot and
 * Primitive (3.7 KB minified) into every component's first download for one styled span (issue 12).
 */
export const Root = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden(
  { asChild, style, children, ...rest },
  ref,
) {
  const hidden = { ...visuallyHidden, wordWrap: 'normal', ...style } satisfies CSSProperties
  if (asChild && isValidElement(children)) {
    const child = children as ReactElement<{ style?: CSSProperties }>
    return cloneElement(child, { ...rest, style: { ...hidden, ...child.props.style } })
  }
  return (
    <span ref={ref} {...rest} style={hidden}>
      {children}
    </span>
  )
})
