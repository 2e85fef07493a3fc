'use client'
import { useId } from 'react'
import { SEVERITIES } from '../../api/types'
import type { Severity } from '../../api/types'
import { partClass } from '../shared/classNames'
import { visuallyHidden } from '../shared/visuallyHidden'
import type { EventFiltersLabels } from './labels'

/** Props of {@link QuickStatusFilter}. */
export interface QuickStatusFilterProps {
  /** The current `filters.severities`. */
  value: Severity[] | undefined
  /** Called with the new severities (undefined for All). */
  onChange: (severities: Severity[] | undefined) => void
  labels: EventFiltersLabels
  unstyled?: boolean
}

type Option = 'all' | Severity

/**
 * All, Success, Failed, Warning, Info as one radio group (arrow keys move between them). With
 * several severities selected elsewhere (stat cards), no option is checked.
 */
export function QuickStatusFilter({ value, onChange, labels, unstyled }: QuickStatusFilterProps) {
  const name = useId()
  const current: Option | undefined = !value?.length ? 'all' : value.length === 1 ? value[0] : undefined
  const options: Option[] = ['all', ...SEVERITIES]
  return (
    <fieldset className={partClass(unstyled, 'event-filters', 'status')}>
      <legend className={partClass(unstyled, 'event-filters', 'status-legend')} style={visuallyHidden}>
        {labels.status}
      </legend>
      {options.map((option) => (
        <label
          key={option}
          className={partClass(unstyled, 'event-filters', 'status-option')}
          data-severity={option === 'all' ? undefined : option}
          data-state={current === option ? 'on' : 'off'}
        >
          <input
            type="radio"
            name={name}
            value={option}
            className={partClass(unstyled, 'event-filters', 'status-input')}
            checked={current === option}
            onChange={() => onChange(option === 'all' ? undefined : [option])}
          />
          <span>{option === 'all' ? labels.statusAll : labels.severities[option]}</span>
        </label>
      ))}
    </fieldset>
  )
}
