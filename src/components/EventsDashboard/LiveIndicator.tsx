'use client'
import type { EventStreamStatus } from '../../hooks/streamController'
import { partClass } from '../shared/classNames'
import { formatTimestamp } from '../shared/format'
import type { EventsDashboardLabels } from './dashboardLabels'

/** Props of {@link LiveIndicator}. */
export interface LiveIndicatorProps {
  /** The stream's status (`idle` when live updates are off). */
  status: EventStreamStatus
  /** When the last poll succeeded. */
  lastPollAt?: Date
  /** During a backoff, milliseconds until the next try. */
  retryInMs?: number
  /** Whether live updates are on. */
  live: boolean
  /** Turns live updates on or off. */
  onLiveChange: (live: boolean) => void
  labels: EventsDashboardLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

type Shown = 'live' | 'paused' | 'backoff'

/**
 * Live, paused or backing off, the time of the last update, and a button to pause or resume.
 * The state text is a polite live region, so a connection problem is announced once.
 */
export function LiveIndicator(props: LiveIndicatorProps) {
  const { status, lastPollAt, retryInMs, live, onLiveChange, labels, locale, timeZone, unstyled } = props
  const shown: Shown = !live
    ? 'paused'
    : status === 'backoff' || status === 'error'
      ? 'backoff'
      : status === 'live'
        ? 'live'
        : 'paused'
  const text =
    shown === 'live'
      ? labels.live
      : shown === 'paused'
        ? labels.paused
        : labels.backingOff(retryInMs === undefined ? undefined : Math.ceil(retryInMs / 1000))
  const part = (element: string) => partClass(unstyled, 'events-dashboard', element)
  return (
    <div className={part('live')} data-state={shown}>
      <span role="status" className={part('live-state')}>
        <span className={part('live-dot')} aria-hidden="true" />
        {text}
      </span>
      {lastPollAt ? (
        <span className={part('live-time')}>
          {labels.lastUpdate(formatTimestamp(lastPollAt, { locale, timeZone, withDate: false }))}
        </span>
      ) : null}
      <button
        type="button"
        className={unstyled ? undefined : 'ae-button ae-button--small ae-events-dashboard__live-toggle'}
        onClick={() => onLiveChange(!live)}
      >
        {live ? labels.pause : labels.resume}
      </button>
    </div>
  )
}
