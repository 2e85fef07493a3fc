'use client'
import { memo } from 'react'
import type { AuthEvent } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import type { EventListColumn } from './columns'
import { sameEvent } from './sameEvent'

/** Props of {@link EventListRow}. Every prop is a primitive or a stable object, so `memo` holds. */
export type EventListRowProps = {
  event: AuthEvent
  /** The list's columns (one array for every row, rebuilt only when labels, locale or zone change). */
  columns: readonly EventListColumn[]
  /** 0-based position among the held events. */
  index: number
  height: number
  selected: boolean
  /** The row that takes Tab (roving tabindex). */
  active: boolean
  /** Arrived live (`data-new`). */
  isNew: boolean
  /** Show the arrival with the short animated highlight (off when too many rows arrive at once). */
  highlight: boolean
  unstyled?: boolean
}

/**
 * One virtual row: absolutely positioned (that is behaviour, kept when unstyled), focusable with a
 * roving tabindex, with `aria-rowindex` counted from the header row (1). Memoised: a scroll frame,
 * an idle poll or a live event renders only the rows whose props changed (issue 12).
 */
export const EventListRow = memo(function EventListRow({
  event,
  columns,
  index,
  height,
  selected,
  active,
  isNew,
  highlight,
  unstyled,
}: EventListRowProps) {
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
      className={modifierClass(unstyled, 'event-list', 'row', [
        isNew && highlight && 'new',
        selected && 'selected',
      ])}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height,
        transform: `translateY(${index * height}px)`,
      }}
    >
      <EventListCells event={event} columns={columns} unstyled={unstyled} />
    </div>
  )
}, sameRow)

/** Equal props, the event compared by its data (see {@link sameEvent}). */
function sameRow(a: EventListRowProps, b: EventListRowProps): boolean {
  return (
    sameEvent(a.event, b.event) &&
    a.columns === b.columns &&
    a.index === b.index &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.active === b.active &&
    a.isNew === b.isNew &&
    a.highlight === b.highlight &&
    a.unstyled === b.unstyled
  )
}

/**
 * The cells of a row, memoised apart from the row: a live event moves every mounted row down one
 * place (new `aria-rowindex` and offset), which re-renders the rows but not what is inside them.
 */
const EventListCells = memo(
  function EventListCells({
    event,
    columns,
    unstyled,
  }: Pick<EventListRowProps, 'event' | 'columns' | 'unstyled'>) {
    return columns.map((column) => (
      <div
        key={column.id}
        role="gridcell"
        className={modifierClass(unstyled, 'event-list', 'cell', [column.id])}
      >
        {column.cell(event)}
      </div>
    ))
  },
  (a, b) => sameEvent(a.event, b.event) && a.columns === b.columns && a.unstyled === b.unstyled,
)

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
