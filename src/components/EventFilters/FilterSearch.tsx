'use client'
import { useEffect, useId, useRef, useState } from 'react'
import { partClass } from '../shared/classNames'
import { visuallyHidden } from '../shared/visuallyHidden'

/** Props of {@link FilterSearch}. */
export interface FilterSearchProps {
  /** The committed search text (`filters.q`). */
  value: string | undefined
  /** Called with the trimmed text (undefined when empty) once typing pauses for `delay` ms. */
  onCommit: (q: string | undefined) => void
  /** Debounce delay in milliseconds. */
  delay: number
  label: string
  placeholder: string
  unstyled?: boolean
}

const normalize = (text: string) => text.trim() || undefined

/**
 * The search field. Keeps what is typed locally and commits it after a pause, so every keystroke
 * does not start a request; a change from outside (a removed chip, Clear all) replaces the text.
 */
export function FilterSearch({ value, onCommit, delay, label, placeholder, unstyled }: FilterSearchProps) {
  const id = useId()
  const [draft, setDraft] = useState(value ?? '')
  // The search this field stands for: what it last committed, or what came from outside. Another
  // `value` (a removed chip, Clear all, a host that refused the change) replaces the draft.
  const [committed, setCommitted] = useState(value)
  if (value !== committed) {
    setCommitted(value)
    setDraft(value ?? '')
  }

  const onCommitRef = useRef(onCommit)
  useEffect(() => {
    onCommitRef.current = onCommit
  })

  useEffect(() => {
    const next = normalize(draft)
    if (next === committed) return
    const timer = setTimeout(() => {
      setCommitted(next)
      onCommitRef.current(next)
    }, delay)
    return () => clearTimeout(timer)
  }, [draft, committed, delay])

  return (
    <div className={partClass(unstyled, 'event-filters', 'search')}>
      <label
        htmlFor={id}
        className={partClass(unstyled, 'event-filters', 'search-label')}
        style={visuallyHidden}
      >
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={partClass(unstyled, 'event-filters', 'search-input')}
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
      />
    </div>
  )
}
