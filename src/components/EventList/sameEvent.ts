import type { AuthEvent } from '../../api/types'

/**
 * Whether two event objects hold the same data. A refetched list page brings new objects for
 * the events already shown (TanStack Query's structural sharing keeps plain objects but not the
 * `Date` inside them), and comparing by identity would re-render every mounted row (issue 12).
 */
export function sameEvent(a: AuthEvent, b: AuthEvent): boolean {
  return a === b || (a.id === b.id && equalData(a, b))
}

function equalData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      equalData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
