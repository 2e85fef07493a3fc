'use client'
import type { ReactTable } from '@tanstack/react-table'
import type { AuthEvent } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import type { eventListFeatures } from './columns'

/** Props of {@link EventListHeader}. */
export type EventListHeaderProps = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any selected table state
  table: ReactTable<typeof eventListFeatures, AuthEvent, any>
  unstyled?: boolean
}

/** The header row (`aria-rowindex` 1). The time column sorts (newest or oldest first) when allowed. */
export function EventListHeader({ table, unstyled }: EventListHeaderProps) {
  return (
    <div role="rowgroup" className={partClass(unstyled, 'event-list', 'head')}>
      {table.getHeaderGroups().map((group) => (
        <div
          role="row"
          aria-rowindex={1}
          key={group.id}
          className={partClass(unstyled, 'event-list', 'header-row')}
        >
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted()
            const canSort = header.column.getCanSort()
            const content = header.isPlaceholder ? null : <table.FlexRender header={header} />
            return (
              <div
                key={header.id}
                role="columnheader"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                className={modifierClass(unstyled, 'event-list', 'header', [header.column.id])}
              >
                {canSort ? (
                  <button
                    type="button"
                    className={partClass(unstyled, 'event-list', 'sort')}
                    onClick={header.column.getToggleSortingHandler()}
                    data-state={sorted || undefined}
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
      ))}
    </div>
  )
}
