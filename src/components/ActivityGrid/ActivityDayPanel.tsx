'use client'
import { useId } from 'react'
import { CATEGORIES, SEVERITIES } from '../../api/types'
import type { ActivityDay, Category } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'
import type { ActivityGridLabels } from './activityGridLabels'
import { dayCategories } from './activityGridModel'
import { formatDayKey } from '../shared/formatDayKey'

/** Props of {@link ActivityDayPanel}. */
export interface ActivityDayPanelProps {
  day: ActivityDay
  labels: ActivityGridLabels
  /** Categories currently in the filters (their rows show as pressed). */
  activeCategories?: readonly Category[]
  /** A category row was clicked. */
  onCategorySelect?: (category: Category) => void
  /** The "Clear day" button was clicked. */
  onClear?: () => void
  /** The day's numbers are only the events narrowing filters select: says so. */
  filtered?: boolean
  locale?: string
  unstyled?: boolean
}

/**
 * The selected day: its total, the four buckets and one row per category that had events. A
 * category row is a toggle button that adds (or removes) the category in the filters. Under
 * narrowing filters the numbers are those of the filtered events, and the panel says so.
 */
export function ActivityDayPanel({
  day,
  labels,
  activeCategories = [],
  onCategorySelect,
  onClear,
  filtered = false,
  locale,
  unstyled,
}: ActivityDayPanelProps) {
  const titleId = useId()
  const part = (element: string) => partClass(unstyled, 'activity-grid', element)
  const categories = dayCategories(day, CATEGORIES)
  return (
    <section aria-labelledby={titleId} className={part('panel')} data-date={day.date}>
      <div className={part('panel-header')}>
        <p id={titleId} className={part('panel-title')}>
          {formatDayKey(day.date, 'full', locale)}
        </p>
        {onClear ? (
          <button
            type="button"
            className={unstyled ? undefined : 'ae-button ae-button--small'}
            onClick={onClear}
          >
            {labels.clearDay}
          </button>
        ) : null}
      </div>
      <p className={part('panel-total')}>{labels.dayTotal(formatCount(day.total, locale), day.total)}</p>
      {filtered ? <p className={part('panel-note')}>{labels.filteredDay}</p> : null}
      {day.total === 0 ? (
        <p className={part('panel-empty')}>{labels.noEventsOnDay}</p>
      ) : (
        <>
          <dl className={part('breakdown')}>
            {SEVERITIES.map((severity) => (
              <div key={severity} className={modifierClass(unstyled, 'activity-grid', 'bucket', [severity])}>
                <dt>{labels.severity[severity]}</dt>
                <dd>{formatCount(day[severity], locale)}</dd>
              </div>
            ))}
          </dl>
          {categories.length > 0 ? (
            <div role="group" aria-label={labels.byCategory} className={part('categories')}>
              <p aria-hidden="true" className={part('categories-title')}>
                {labels.byCategory}
              </p>
              <ul className={part('category-list')}>
                {categories.map(({ category, counts }) => (
                  <li key={category}>
                    <button
                      type="button"
                      className={part('category')}
                      aria-pressed={activeCategories.includes(category)}
                      title={labels.filterByCategory(labels.category(category))}
                      disabled={!onCategorySelect}
                      onClick={() => onCategorySelect?.(category)}
                    >
                      <span className={part('category-name')}>{labels.category(category)}</span>{' '}
                      <span className={part('category-count')}>{formatCount(counts.total, locale)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}
