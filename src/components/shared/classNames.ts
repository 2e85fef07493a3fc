import { clsx } from 'clsx'
import type { ClassValue } from 'clsx'

/** Prefix of every class name the library renders. */
export const CLASS_PREFIX = 'ae-'

/**
 * The stable BEM class of a component part, or `undefined` when the component is `unstyled`.
 * `block` is given without the prefix.
 * @example partClass(false, 'event-list', 'row') // 'ae-event-list__row'
 * @example partClass(false, 'event-list') // 'ae-event-list'
 * @example partClass(true, 'event-list', 'row') // undefined
 */
export function partClass(
  unstyled: boolean | undefined,
  block: string,
  element?: string,
): string | undefined {
  if (unstyled) return undefined
  return element ? `${CLASS_PREFIX}${block}__${element}` : `${CLASS_PREFIX}${block}`
}

/**
 * A part class plus BEM modifiers (`ae-button--primary`); `undefined` when `unstyled`.
 * Falsy modifiers are dropped.
 * @example modifierClass(false, 'button', undefined, ['primary', small && 'small'])
 */
export function modifierClass(
  unstyled: boolean | undefined,
  block: string,
  element: string | undefined,
  modifiers: (string | false | null | undefined)[],
): string | undefined {
  const base = partClass(unstyled, block, element)
  if (!base) return undefined
  return clsx(
    base,
    modifiers.filter(Boolean).map((m) => `${base}--${m}`),
  )
}

/**
 * The root class list: the library's block class (dropped when `unstyled`) merged with the host's
 * `className` (always kept) and any extra library classes.
 */
export function rootClass(
  unstyled: boolean | undefined,
  block: string,
  className: string | undefined,
  ...extra: ClassValue[]
): string | undefined {
  return clsx(unstyled ? undefined : [partClass(false, block), ...extra], className) || undefined
}
