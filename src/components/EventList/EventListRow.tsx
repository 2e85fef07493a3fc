'use client'
import type { Row } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { AuthEvent } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import type { eventListFeatures } from './columns'

/** Props of {@link EventListRow}. */
export type EventListRowProps = {
  row: Row<typeof eventListFeatures, AuthEvent>
  /** 0-based position among the held events. */
  index: number
  /** Top offset in pixels inside the rows container. */
  start: number
  height: number
  selected: boolean
  /** The row that takes Tab (roving tabindex). */
  active: boolean
  /** Arrived live, shown with a short highlight. */
  isNew: boolean
  unstyled?: boolean
  renderCell: (cell: ReturnType<Row<typeof eventListFeatures, AuthEvent>['getAllCells']>[number]) => ReactNode
}

/**
 * One virtual row: absolutely positioned (that is behaviour, kept when unstyled), focusable with a
 * roving tabindex, with `aria-rowindex` counted from the header row (1).
 */
export function EventListRow({
  row,
  index,
  start,
  height,
  selected,
  active,
  isNew,
  unstyled,
  renderCell,
}: EventListRowProps) {
  const event = row.original
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-index={index}
      data-event-id={event.id}
      data-state={selected ? 'selected' : 'unselected'}
      data-severity={event.severity}
      data-type={event.type}
      data-category={event.category}
      data-new={isNew ? '' : undefined}
      className={modifierClass(unstyled, 'event-list', 'row', [isNew && 'new', selected && 'selected'])}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${start}px)` }}
    >
      {row.getAllCells().map((cell) => (
        <div
          key={cell.id}
          role="gridcell"
          className={modifierClass(unstyled, 'event-list', 'cell', [cell.column.id])}
        >
          {renderCell(cell)}
        </div>
      ))}
    </div>
  )
}

/** Placeholder rows shown while the first page loads. */
export function EventListSkeleton({ rows, unstyled }: { rows: number; unstyled?: boolean }) {
  return (
    <div className={partClass(unstyled, 'event-list', 'skeleton')} aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={partClass(unstyled, 'event-list', 'skeleton-row')}>
          <span
            className={unstyled ? undefined : 'ae-skeleton'}
            style={{ width: `${40 + ((i * 37) % 50)}%` }}
          />
        </div>
      ))}
    </div>
  )
}
