'use client'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { devWarn } from './dev'

/** A new value, or a function of the current one. */
export type SetStateAction<T> = T | ((previous: T) => T)

/** Options of {@link useControllableState}. */
export type UseControllableStateOptions<T> = {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined
  /** The initial value when uncontrolled. */
  defaultProp: T
  /** Called with every new value (controlled or not), when it differs from the current one. */
  onChange?: (value: T) => void
  /** Names the state in development warnings. @default 'value' */
  name?: string
}

// Layout effects warn during server rendering; there is nothing to sync there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/**
 * State that a parent may control (`prop` + `onChange`) or leave to the component
 * (`defaultProp`). Warns in development when a prop switches between the two.
 * @example
 * const [value, setValue] = useControllableState({ prop: valueProp, defaultProp: {}, onChange: onValueChange })
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  name = 'value',
}: UseControllableStateOptions<T>): [T, (next: SetStateAction<T>) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp)
  const controlled = prop !== undefined
  const value = controlled ? prop : uncontrolled

  // The latest value and callback, for setters called between renders.
  const valueRef = useRef(value)
  const onChangeRef = useRef(onChange)
  useIsomorphicLayoutEffect(() => {
    valueRef.current = value
    onChangeRef.current = onChange
  })

  const wasControlled = useRef(controlled)
  useEffect(() => {
    // Development only. Bundlers replace `process.env.NODE_ENV`, so production drops this block,
    // message included; without `process` (files imported as they are) it throws: silent.
    try {
      if (process.env.NODE_ENV !== 'production' && wasControlled.current !== controlled) {
        devWarn(
          `A component changed \`${name}\` from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ` +
            `${controlled ? 'controlled' : 'uncontrolled'}. Decide once: pass \`${name}\` always (with an ` +
            'onChange) or never (with a default).',
        )
        wasControlled.current = controlled
      }
    } catch {
      // No `process`: production.
    }
  }, [controlled, name])

  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      const previous = valueRef.current
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next
      if (Object.is(resolved, previous)) return
      valueRef.current = resolved
      if (!controlled) setUncontrolled(resolved)
      onChangeRef.current?.(resolved)
    },
    [controlled],
  )

  return [value, setValue]
}
