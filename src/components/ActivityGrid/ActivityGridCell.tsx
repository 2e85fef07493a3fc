'use client'
import { memo } from 'react'
import type { CSSProperties } from 'react'
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
 * One day: a `gridcell` holding a button. The button's colour is the day's level; a red bar
 * rises from its bottom edge in proportion to the share of failed events (at least 1 px, so a
 * single failure on a busy day still shows).
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
    >
      <button
        type="button"
        className={partClass(unstyled, 'activity-grid', 'day')}
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        onClick={() => onSelect(cell.date)}
      >
        {cell.day.failed > 0 ? (
          <span
            aria-hidden="true"
            className={partClass(unstyled, 'activity-grid', 'failed')}
            style={{ '--ae-activity-grid-failed-share': cell.failedShare.toFixed(3) } as CSSProperties}
          />
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
    a.cell.failedShare === b.cell.failedShare
  )
}
