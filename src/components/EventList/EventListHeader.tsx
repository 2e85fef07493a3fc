'use client'
import type { SortOrder } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import type { EventListColumn } from './columns'

/** Props of {@link EventListHeader}. */
export type EventListHeaderProps = {
  columns: readonly EventListColumn[]
  sort: SortOrder
  /** Without it the time column shows its order but does not toggle it. */
  onSortChange?: (sort: SortOrder) => void
  unstyled?: boolean
}

/** The header row (`aria-rowindex` 1). The time column sorts (newest or oldest first) when allowed. */
export function EventListHeader({ columns, sort, onSortChange, unstyled }: EventListHeaderProps) {
  return (
    <div role="rowgroup" className={partClass(unstyled, 'event-list', 'head')}>
      <div role="row" aria-rowindex={1} className={partClass(unstyled, 'event-list', 'header-row')}>
        {columns.map((column) => {
          const sorted = column.sortable ? sort : undefined
          const content = column.header()
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              className={modifierClass(unstyled, 'event-list', 'header', [column.id])}
            >
              {column.sortable && onSortChange ? (
                <button
                  type="button"
                  className={partClass(unstyled, 'event-list', 'sort')}
                  onClick={() => onSortChange(sort === 'desc' ? 'asc' : 'desc')}
                  data-state={sorted}
                >
                  {content}
                  <span aria-hidden="true" className={partClass(unstyled, 'event-list', 'sort-arrow')}>
                    {sorted === 'asc' ? '↑' : '↓'}
                  </span>
                </button>
              ) : (
                content
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
