'use client'
import { useMemo } from 'react'

/**
 * The component's labels: `defaults` with every defined entry of `labels` on top. Entries set to
 * `undefined` keep the default, so a partial object is always safe.
 * @example mergeLabels(DEFAULT_EVENT_LIST_LABELS, { empty: 'Nothing here' })
 */
export function mergeLabels<T extends object>(defaults: T, labels?: Partial<T>): T {
  if (!labels) return defaults
  const merged = { ...defaults }
  for (const key of Object.keys(labels) as (keyof T)[]) {
    const value = labels[key]
    if (value !== undefined) merged[key] = value as T[keyof T]
  }
  return merged
}

/**
 * {@link mergeLabels} as a hook, memoised on `defaults` and `labels`. Merging is cheap, so an
 * inline `labels={{ … }}` only costs a shallow copy per render.
 */
export function useMergedLabels<T extends object>(defaults: T, labels?: Partial<T>): T {
  return useMemo(() => mergeLabels(defaults, labels), [defaults, labels])
}
