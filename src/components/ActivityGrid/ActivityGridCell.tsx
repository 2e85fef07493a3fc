'use client'
import { memo } from 'react'
import { partClass } from '../shared/classNames'
import type { ActivityGridCell as CellModel } from './activityGridModel'

/** Props of one day cell. */
export interface ActivityGridCellProps {
  cell: CellModel
  /** Accessible name (and tooltip text) of the day. */
  label: string
  selected: boolean
  /** The one cell of the grid in the tab order (roving tabindex). */
  tabbable: boolean
  unstyled?: boolean
  onSelect: (date: string) => void
}

/**
 * One day: a `gridcell` holding a button whose colour is the day's level (the failures are in
 * its name, the tooltip and the day panel, and get a scale of their own under the Failed filter).
 */
export const ActivityGridCell = memo(function ActivityGridCell({
  cell,
  label,
  selected,
  tabbable,
  unstyled,
  onSelect,
}: ActivityGridCellProps) {
  return (
    <div
      role="gridcell"
      aria-selected={selected}
      className={partClass(unstyled, 'activity-grid', 'cell')}
      data-date={cell.date}
      data-level={cell.level}
      data-selected={selected ? '' : undefined}
      data-security={cell.security > 0 ? '' : undefined}
      data-outside={cell.outside ? '' : undefined}
    >
      <button
        type="button"
        className={partClass(unstyled, 'activity-grid', 'day')}
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        onClick={() => onSelect(cell.date)}
      >
        {/* A day with security alerts carries the shield the list's security rows carry. */}
        {cell.security > 0 ? (
          <svg
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 24 24"
            className={partClass(unstyled, 'activity-grid', 'security')}
          >
            <path d="M12 3l7 3v5c0 4.6-3 8.3-7 10-4-1.7-7-5.4-7-10V6z" />
          </svg>
        ) : null}
      </button>
    </div>
  )
}, sameCell)

/**
 * Equal when what the cell draws is equal. The grid's model is rebuilt whenever the activity
 * changes (a live event), giving every cell a new object: comparing by value keeps that to the
 * one day that changed instead of all 371 (issue 12).
 */
function sameCell(a: ActivityGridCellProps, b: ActivityGridCellProps): boolean {
  return (
    a.label === b.label &&
    a.selected === b.selected &&
    a.tabbable === b.tabbable &&
    a.unstyled === b.unstyled &&
    a.onSelect === b.onSelect &&
    a.cell.date === b.cell.date &&
    a.cell.level === b.cell.level &&
    a.cell.day.failed === b.cell.day.failed &&
    a.cell.failedShare === b.cell.failedShare &&
    a.cell.security === b.cell.security &&
    a.cell.outside === b.cell.outside
  )
}
