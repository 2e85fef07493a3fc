'use client'
import { useEffect, useRef } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import type { CategoryCheckState } from './typeSelection'

/** Props of {@link TriStateCheckbox}. */
export interface TriStateCheckboxProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'checked' | 'onChange'
> {
  state: CategoryCheckState
  /** Called with `true` to select everything, `false` to clear it (a mixed box selects all). */
  onCheckedChange: (checked: boolean) => void
}

/**
 * A native checkbox that can also be mixed (`indeterminate`, announced as "mixed"), for a
 * category whose types are partly selected.
 */
export function TriStateCheckbox({ state, onCheckedChange, ...rest }: TriStateCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed'
  }, [state])
  return (
    <input
      {...rest}
      ref={ref}
      type="checkbox"
      checked={state === 'on'}
      data-state={state === 'mixed' ? 'indeterminate' : state === 'on' ? 'checked' : 'unchecked'}
      onChange={() => onCheckedChange(state !== 'on')}
    />
  )
}
