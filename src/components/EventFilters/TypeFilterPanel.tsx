'use client'
import { useId, useState } from 'react'
import { categoryLabel } from '../../api/catalogue/catalogue'
import type { Category, EventFilters } from '../../api/types'
import { partClass } from '../shared/classNames'
import type { EventFiltersLabels } from './labels'
import { TriStateCheckbox } from './TriStateCheckbox'
import type { TypeGroup } from './typeOptions'
import { categoryCheckState, isOptionChecked, setCategory, setOption } from './typeSelection'

/** Props of {@link TypeFilterPanel}. */
export interface TypeFilterPanelProps {
  value: EventFilters
  onValueChange: (value: EventFilters) => void
  groups: TypeGroup[]
  labels: EventFiltersLabels
  unstyled?: boolean
}

/**
 * The event type picker: one select-all checkbox per category (mixed when only some of its types
 * are selected) and a disclosure button that shows the category's types.
 */
export function TypeFilterPanel({ value, onValueChange, groups, labels, unstyled }: TypeFilterPanelProps) {
  const baseId = useId()
  const [expanded, setExpanded] = useState<ReadonlySet<Category>>(() => new Set())
  const toggle = (category: Category) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(category)) next.delete(category)
      else next.add(category)
      return next
    })
  const part = (element: string) => partClass(unstyled, 'event-filters', element)

  if (groups.length === 0) return <p className={part('empty')}>{labels.noTypes}</p>

  return (
    <ul className={part('categories')} aria-label={labels.categories}>
      {groups.map((group) => {
        const name = categoryLabel(group.category)
        const state = categoryCheckState(value, group)
        const isOpen = expanded.has(group.category)
        const listId = `${baseId}-${group.category}`
        return (
          <li key={group.category} className={part('category')} data-state={isOpen ? 'open' : 'closed'}>
            <div className={part('category-row')}>
              <label className={part('option')}>
                <TriStateCheckbox
                  className={part('checkbox')}
                  state={state}
                  onCheckedChange={(checked) => onValueChange(setCategory(value, group, checked))}
                />
                <span>{labels.categoryOption(name, group.options.length)}</span>
              </label>
              <button
                type="button"
                className={part('category-toggle')}
                aria-expanded={isOpen}
                aria-controls={isOpen ? listId : undefined}
                aria-label={labels.toggleCategory(name)}
                onClick={() => toggle(group.category)}
              >
                <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                  <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth={2} />
                </svg>
              </button>
            </div>
            {isOpen ? (
              <ul id={listId} className={part('types')}>
                {group.options.map((option) => (
                  <li key={option.types[0]}>
                    <label className={part('option')}>
                      <input
                        type="checkbox"
                        className={part('checkbox')}
                        checked={isOptionChecked(value, group.category, option.types)}
                        onChange={(event) =>
                          onValueChange(setOption(value, group, option.types, event.target.checked))
                        }
                      />
                      <span>{option.label}</span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
