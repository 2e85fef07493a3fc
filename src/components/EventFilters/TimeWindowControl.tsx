'use client'
import { forwardRef, useId, useState } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import { clsx } from 'clsx'
import { browserTimeZone } from '../../api/dates'
import type { EventFilters } from '../../api/types'
import { patchEventFilters } from '../../hooks/useEventFilters'
import { partClass, rootClass } from '../shared/classNames'
import { useMergedLabels } from '../shared/labels'
import { useConnectedFilters } from '../shared/useConnectedFilters'
import { visuallyHidden } from '../shared/visuallyHidden'
import { dayInputToInstant, instantToDayInput, lastDayOf, nextDay } from './dateRange'
import { TIME_WINDOWS, windowOfFilters, windowRange } from './timeWindow'
import type { TimeWindow } from './timeWindow'

/** Texts of {@link TimeWindowControl}. */
export type TimeWindowLabels = {
  /** Accessible name of the group. */
  group: string
  /** Each option's text. */
  window: Record<TimeWindow, string>
  /** Label of the custom range's first day. */
  customFrom: string
  /** Label of the custom range's last day (inclusive). */
  customTo: string
}

/** The English defaults of {@link TimeWindowLabels}. */
export const DEFAULT_TIME_WINDOW_LABELS: TimeWindowLabels = {
  group: 'Time window',
  window: { '24h': '24 h', '7d': '7 d', '30d': '30 d', '90d': '90 d', all: 'All', custom: 'Custom' },
  customFrom: 'From',
  customTo: 'To',
}

/** Props of {@link TimeWindowControl}. */
export interface TimeWindowControlProps extends Omit<
  ComponentPropsWithoutRef<'fieldset'>,
  'children' | 'onChange'
> {
  /**
   * The filters whose `from`/`until` the control sets. Controlled: changes go to
   * `onFiltersChange` only.
   * @default the nearest `<EventFiltersProvider>`'s filters (with `syncWithUrl`, the URL follows)
   */
  filters?: EventFilters
  /** Called with the new filters when a window is picked. */
  onFiltersChange?: (filters: EventFilters) => void
  /** IANA time zone of the day presets and the custom days. @default the browser's zone */
  timeZone?: string
  /** "Now" (tests and stories pin it). @default new Date() at each render */
  now?: Date
  /** Texts, merged over {@link DEFAULT_TIME_WINDOW_LABELS}. */
  labels?: Partial<TimeWindowLabels>
  /** Drop the library's classes; behaviour and ARIA stay. @default false */
  unstyled?: boolean
}

/**
 * Last 24 h, 7 d, 30 d, 90 d, all time, or custom days, as one radio group over the shared
 * filters' `from`/`until`: everything under the same `<EventFiltersProvider>` (cards, grid,
 * chart, list) follows, and so does the URL when the provider syncs it. The checked option is
 * read back from the filters, so a range set elsewhere (a grid day) shows as Custom.
 * @example
 * <EventFiltersProvider syncWithUrl>
 *   <TimeWindowControl />
 *   <EventsDashboard />
 * </EventFiltersProvider>
 */
export const TimeWindowControl = forwardRef<HTMLFieldSetElement, TimeWindowControlProps>(
  function TimeWindowControl(
    {
      filters: filtersProp,
      onFiltersChange,
      timeZone: timeZoneProp,
      now,
      labels: labelsProp,
      unstyled,
      className,
      ...rest
    },
    ref,
  ) {
    const labels = useMergedLabels(DEFAULT_TIME_WINDOW_LABELS, labelsProp)
    const { filters, setFilters } = useConnectedFilters(filtersProp, onFiltersChange)
    const timeZone = timeZoneProp ?? browserTimeZone()
    const name = useId()
    const current = windowOfFilters(filters, timeZone, now ?? new Date())
    // Custom stays open after it is picked, even before a day is typed.
    const [customOpen, setCustomOpen] = useState(false)
    const checked: TimeWindow = customOpen && current === 'all' ? 'custom' : current
    const part = (element: string) => partClass(unstyled, 'time-window', element)
    const segment = (element: string) => partClass(unstyled, 'event-filters', element)

    const pick = (window: TimeWindow) => {
      setCustomOpen(window === 'custom')
      if (window === 'custom') return
      setFilters(patchEventFilters(filters, windowRange(window, timeZone, now ?? new Date())))
    }
    const setDay = (edge: 'from' | 'to', day: string) => {
      const patch: Partial<EventFilters> =
        edge === 'from'
          ? { from: day ? dayInputToInstant(day, timeZone) : undefined }
          : { until: day ? dayInputToInstant(nextDay(day), timeZone) : undefined }
      setFilters(patchEventFilters(filters, patch))
    }

    return (
      <fieldset
        ref={ref}
        {...rest}
        className={clsx(rootClass(unstyled, 'time-window', className), segment('status'))}
      >
        <legend style={visuallyHidden}>{labels.group}</legend>
        {TIME_WINDOWS.map((window) => (
          <label
            key={window}
            className={clsx(segment('status-option'), part('option'))}
            data-window={window}
            data-state={checked === window ? 'on' : 'off'}
          >
            <input
              type="radio"
              name={name}
              value={window}
              className={segment('status-input')}
              checked={checked === window}
              onChange={() => pick(window)}
            />
            <span>{labels.window[window]}</span>
          </label>
        ))}
        {checked === 'custom' ? (
          <span className={part('custom')}>
            <label className={part('day')}>
              <span>{labels.customFrom}</span>{' '}
              <input
                type="date"
                value={filters.from ? instantToDayInput(filters.from, timeZone) : ''}
                onChange={(event) => setDay('from', event.currentTarget.value)}
              />
            </label>
            <label className={part('day')}>
              <span>{labels.customTo}</span>{' '}
              <input
                type="date"
                value={filters.until ? lastDayOf(filters.until, timeZone) : ''}
                onChange={(event) => setDay('to', event.currentTarget.value)}
              />
            </label>
          </span>
        ) : null}
      </fieldset>
    )
  },
)
