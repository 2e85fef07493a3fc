'use client'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react'
import * as VisuallyHidden from '../shared/ScreenReaderOnly'
import { formatCount } from '../shared/format'
import { partClass } from '../shared/classNames'
import type { ActivityGridLabels } from './activityGridLabels'
import type { ActivityGridModel } from './activityGridModel'
import { ActivityGridCell } from './ActivityGridCell'
import { ActivityGridTooltip } from './ActivityGridTooltip'
import type { ActivityGridTip } from './ActivityGridTooltip'
import { formatDayKey, formatWeekday } from '../shared/formatDayKey'
import { gridMove } from './gridKeyboard'

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** Props of {@link ActivityGridDays}. */
export interface ActivityGridDaysProps {
  model: ActivityGridModel
  labels: ActivityGridLabels
  selectedDate: string | undefined
  onSelect: (date: string) => void
  locale?: string
  unstyled?: boolean
  showMonthLabels: boolean
  showWeekdayLabels: boolean
  /** Id of the text describing the grid (the counted time window). */
  describedBy?: string
}

/**
 * The keyboard grid of days (`role="grid"`, one row per weekday, roving tabindex; moves are
 * listed in `gridKeyboard.ts`) inside a horizontal scroller that starts scrolled to the newest
 * week, with month labels above and one shared tooltip.
 */
export function ActivityGridDays({
  model,
  labels,
  selectedDate,
  onSelect,
  locale,
  unstyled,
  showMonthLabels,
  showWeekdayLabels,
  describedBy,
}: ActivityGridDaysProps) {
  const frameRef = useRef<HTMLDivElement>(null)
  const scrollerRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const [activeDate, setActiveDate] = useState<string>()
  const [tip, setTip] = useState<ActivityGridTip>()
  // One callback for every cell, whatever the parent passes: a new `onSelect` (it changes with
  // the selection) would otherwise re-render all the memoised cells.
  const onSelectRef = useRef(onSelect)
  useIsomorphicLayoutEffect(() => {
    onSelectRef.current = onSelect
  })
  const selectCell = useCallback((date: string) => onSelectRef.current(date), [])

  const indexByDate = useMemo(() => new Map(model.cells.map((cell) => [cell.date, cell.index])), [model])
  const tabbableDate =
    [activeDate, selectedDate].find((date) => date !== undefined && indexByDate.has(date)) ??
    model.cells[model.cells.length - 1]?.date

  const cellLabels = useMemo(
    () =>
      model.cells.map((cell) =>
        labels.day({
          count: formatCount(cell.day.total, locale),
          total: cell.day.total,
          failedCount: formatCount(cell.day.failed, locale),
          failed: cell.day.failed,
          date: formatDayKey(cell.date, 'full', locale),
          security: cell.security,
          securityCount: formatCount(cell.security, locale),
          outside: cell.outside,
        }),
      ),
    [model, labels, locale],
  )

  // Newest weeks first on narrow screens: start at the end (the left edge in right-to-left).
  useIsomorphicLayoutEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const rtl = getComputedStyle(scroller).direction === 'rtl'
    scroller.scrollLeft = rtl ? -scroller.scrollWidth : scroller.scrollWidth
  }, [])

  const cellFromEvent = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest<HTMLElement>('[data-date]') : null
    const date = element?.dataset.date
    const index = date === undefined ? undefined : indexByDate.get(date)
    return index === undefined || !element ? undefined : { element, index, date: date as string }
  }

  const showTip = (target: EventTarget | null) => {
    const hit = cellFromEvent(target)
    const frame = frameRef.current
    if (!hit || !frame) return
    const cellRect = hit.element.getBoundingClientRect()
    const frameRect = frame.getBoundingClientRect()
    const left = cellRect.left - frameRect.left + cellRect.width / 2
    // Below the top rows, so the tooltip stays inside the component instead of over what is above it.
    const side = (model.cells[hit.index]?.row ?? 0) < 3 ? 'bottom' : 'top'
    setTip({
      index: hit.index,
      left,
      top: (side === 'bottom' ? cellRect.bottom : cellRect.top) - frameRect.top,
      side,
      align: left < frameRect.width / 4 ? 'start' : left > (frameRect.width * 3) / 4 ? 'end' : 'center',
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const hit = cellFromEvent(event.target)
    if (!hit) return
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl'
    const next = gridMove(
      event.key,
      hit.index,
      { count: model.cells.length, offset: model.offset, dateAt: (index) => model.cells[index]?.date },
      { ctrlKey: event.ctrlKey, metaKey: event.metaKey, rtl },
    )
    if (next === undefined) return
    event.preventDefault()
    const date = model.cells[next]?.date
    if (date === undefined || next === hit.index) return
    setActiveDate(date)
    const button = gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"] button`)
    button?.focus()
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const hit = cellFromEvent(event.target)
    if (!hit) return
    setActiveDate(hit.date)
    showTip(event.target)
  }

  const hideTip = useCallback(() => setTip(undefined), [])
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => showTip(event.target)

  const tipCell = tip ? model.cells[tip.index] : undefined
  return (
    <div ref={frameRef} className={partClass(unstyled, 'activity-grid', 'frame')}>
      <div ref={scrollerRef} className={partClass(unstyled, 'activity-grid', 'scroller')}>
        {showMonthLabels ? (
          <div aria-hidden="true" className={partClass(unstyled, 'activity-grid', 'months')}>
            <span className={partClass(unstyled, 'activity-grid', 'corner')} />
            {Array.from({ length: model.columns }, (_, column) => {
              const month = model.months.find((m) => m.column === column)
              return (
                <span key={column} className={partClass(unstyled, 'activity-grid', 'month')}>
                  {month ? formatDayKey(month.date, 'month', locale) : null}
                </span>
              )
            })}
          </div>
        ) : null}
        {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- focus lives on one cell (roving tabindex), not on the grid */}
        <div
          ref={gridRef}
          role="grid"
          aria-label={labels.grid}
          aria-describedby={describedBy}
          className={partClass(unstyled, 'activity-grid', 'grid')}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={hideTip}
          onPointerOver={onPointerOver}
          onPointerLeave={hideTip}
        >
          {model.rows.map((cells, row) => {
            const weekday = model.weekdays[row] ?? row
            return (
              <div role="row" key={weekday} className={partClass(unstyled, 'activity-grid', 'row')}>
                <div role="rowheader" className={partClass(unstyled, 'activity-grid', 'weekday')}>
                  {/* GitHub-style: every other weekday is written, so the labels stay legible. */}
                  <span aria-hidden="true">
                    {showWeekdayLabels && row % 2 === 1
                      ? formatWeekday(weekday, 'weekday-short', locale)
                      : null}
                  </span>
                  <VisuallyHidden.Root>{formatWeekday(weekday, 'weekday-long', locale)}</VisuallyHidden.Root>
                </div>
                {cells[0] && cells[0].column > 0 ? (
                  <span aria-hidden="true" className={partClass(unstyled, 'activity-grid', 'spacer')} />
                ) : null}
                {cells.map((cell) => (
                  <ActivityGridCell
                    key={cell.date}
                    cell={cell}
                    label={cellLabels[cell.index] ?? cell.date}
                    selected={cell.date === selectedDate}
                    tabbable={cell.date === tabbableDate}
                    unstyled={unstyled}
                    onSelect={selectCell}
                  />
                ))}
              </div>
            )
          })}
        </div>
      </div>
      {tip && tipCell ? (
        <ActivityGridTooltip
          tip={tip}
          cell={tipCell}
          label={cellLabels[tip.index] ?? ''}
          labels={labels}
          locale={locale}
          unstyled={unstyled}
        />
      ) : null}
    </div>
  )
}
