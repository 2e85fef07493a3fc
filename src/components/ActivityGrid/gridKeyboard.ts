/**
 * Keyboard movement in the activity grid, as index maths over the chronological cell list.
 *
 * | key | moves to |
 * |---|---|
 * | ArrowUp / ArrowDown | the previous / next day (wrapping into the neighbouring week) |
 * | ArrowLeft / ArrowRight | the same weekday one week earlier / later (mirrored in right-to-left) |
 * | Home / End | the first / last day of the row (the same weekday in the oldest / newest week) |
 * | Ctrl+Home / Ctrl+End | the first / last day of the grid |
 * | PageUp / PageDown | the same day of the previous / next month (clamped to the grid) |
 *
 * Moves past an edge stop at the edge.
 */
import { dayKeyToUtcDate } from '../shared/formatDayKey'

/** The facts about the grid the moves need. */
export type GridShape = {
  /** Number of days. */
  count: number
  /** Empty rows before the first day in the first column. */
  offset: number
  /** The day key of a cell index. */
  dateAt: (index: number) => string | undefined
}

/** Modifiers and direction that change a move. */
export type GridMoveOptions = { ctrlKey?: boolean; metaKey?: boolean; rtl?: boolean }

const DAY_MS = 86_400_000

/** The index a key moves to from `index`, or `undefined` when the key is not a grid move. */
export function gridMove(
  key: string,
  index: number,
  shape: GridShape,
  options: GridMoveOptions = {},
): number | undefined {
  const { count, offset } = shape
  if (count === 0) return undefined
  const clamp = (target: number) => Math.min(count - 1, Math.max(0, target))
  const row = (index + offset) % 7
  const back = options.rtl ? 'ArrowRight' : 'ArrowLeft'
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight'
  switch (key) {
    case 'ArrowUp':
      return clamp(index - 1)
    case 'ArrowDown':
      return clamp(index + 1)
    case back:
      return index - 7 >= 0 ? index - 7 : index
    case forward:
      return index + 7 < count ? index + 7 : index
    case 'Home': {
      if (options.ctrlKey || options.metaKey) return 0
      const first = row >= offset ? row - offset : row + 7 - offset
      return clamp(first)
    }
    case 'End': {
      if (options.ctrlKey || options.metaKey) return count - 1
      const lastPosition = count - 1 + offset
      const position = lastPosition - ((lastPosition - row + 7) % 7)
      return clamp(position - offset)
    }
    case 'PageUp':
      return clamp(index + monthShift(shape.dateAt(index), -1))
    case 'PageDown':
      return clamp(index + monthShift(shape.dateAt(index), 1))
    default:
      return undefined
  }
}

// Days between a date and the same day-of-month `months` away (clamped to the month's length).
function monthShift(date: string | undefined, months: number): number {
  if (!date) return 0
  const from = dayKeyToUtcDate(date)
  const year = from.getUTCFullYear()
  const month = from.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const to = Date.UTC(year, month, Math.min(from.getUTCDate(), lastDay))
  return Math.round((to - from.getTime()) / DAY_MS)
}
