'use client'
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { EventFilters } from '../../api/types'
import { partClass } from '../shared/classNames'
import { dayInputToInstant, instantToDayInput, lastDayOf, nextDay } from './dateRange'
import type { EventFiltersLabels } from './labels'

/** Props of {@link RangeFilterPanel}. */
export interface RangeFilterPanelProps {
  value: EventFilters
  /** Called with the filters carrying the new range. */
  onValueChange: (value: EventFilters) => void
  /** Called after the range was applied (closes the menu). */
  onApplied: () => void
  /** IANA time zone the days are taken in. */
  timeZone: string | undefined
  labels: EventFiltersLabels
  unstyled?: boolean
}

/**
 * The timestamp range picker: two native date inputs (first and last day, both inclusive),
 * taken as whole days in `timeZone`. On the filters the end becomes the exclusive start of the
 * following day.
 */
export function RangeFilterPanel({
  value,
  onValueChange,
  onApplied,
  timeZone,
  labels,
  unstyled,
}: RangeFilterPanelProps) {
  const id = useId()
  const [from, setFrom] = useState(() => (value.from ? instantToDayInput(value.from, timeZone) : ''))
  const [to, setTo] = useState(() => (value.until ? lastDayOf(value.until, timeZone) : ''))
  const invalid = Boolean(from && to && to < from)
  const part = (element: string) => partClass(unstyled, 'event-filters', element)

  const apply = (event: FormEvent) => {
    event.preventDefault()
    if (invalid) return
    const next = { ...value }
    if (from) next.from = dayInputToInstant(from, timeZone)
    else delete next.from
    if (to) next.until = dayInputToInstant(nextDay(to), timeZone)
    else delete next.until
    onValueChange(next)
    onApplied()
  }

  return (
    <form className={part('range')} onSubmit={apply} noValidate>
      <div className={part('range-field')}>
        <label htmlFor={`${id}-from`}>{labels.from}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          max={to || undefined}
          onChange={(event) => setFrom(event.target.value)}
        />
      </div>
      <div className={part('range-field')}>
        <label htmlFor={`${id}-to`}>{labels.to}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          min={from || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      {invalid ? (
        <p id={`${id}-error`} className={part('range-error')} role="alert">
          {labels.invalidRange}
        </p>
      ) : null}
      <button
        type="submit"
        className={unstyled ? undefined : 'ae-button ae-event-filters__apply'}
        disabled={invalid || (!from && !to)}
      >
        {labels.applyRange}
      </button>
    </form>
  )
}
