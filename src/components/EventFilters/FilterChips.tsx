'use client'
import { partClass } from '../shared/classNames'
import type { FilterChip } from './activeFilters'
import type { EventFiltersLabels } from './labels'

/** Props of {@link FilterChips}. */
export interface FilterChipsProps {
  chips: FilterChip[]
  /** Called with the chip the user removed. */
  onRemove: (chip: FilterChip) => void
  /** Removes every filter. */
  onClearAll: () => void
  labels: EventFiltersLabels
  unstyled?: boolean
}

/** The active filters, each a button that removes it, then "Clear all". Renders nothing without filters. */
export function FilterChips({ chips, onRemove, onClearAll, labels, unstyled }: FilterChipsProps) {
  if (chips.length === 0) return null
  const part = (element: string) => partClass(unstyled, 'event-filters', element)
  return (
    <div className={part('active')}>
      <ul className={part('chips')} aria-label={labels.activeFilters}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className={part('chip')}
              data-state="on"
              aria-label={labels.removeFilter(chip.text)}
              onClick={() => onRemove(chip)}
            >
              <span className={part('chip-text')}>{chip.text}</span>
              <svg
                className={part('chip-remove')}
                viewBox="0 0 16 16"
                width="12"
                height="12"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={part('clear')} onClick={onClearAll}>
        {labels.clearAll}
      </button>
    </div>
  )
}
