'use client'
import { isHttpError } from '../../api/errors'
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
  /** The stream's last error: a 401 or 403 stops it, and the indicator says so. */
  error?: unknown
  /** Restarts a stopped stream (after signing in again). */
  onRetry?: () => void
  /** The filters' date range has ended: nothing new can arrive, so nothing is polled. */
  pastRange?: boolean
  /** Whether live updates are on. */
  live: boolean
  /** Turns live updates on or off. */
  onLiveChange: (live: boolean) => void
  labels: EventsDashboardLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

type Shown =
  'live' | 'paused' | 'backoff' | 'signed-out' | 'forbidden' | 'stopped' | 'range-ended' | 'not-ready'

function stoppedBy(error: unknown): Shown {
  if (isHttpError(error) && error.kind === 'unauthorized') return 'signed-out'
  if (isHttpError(error) && error.kind === 'forbidden') return 'forbidden'
  return 'stopped'
}

/**
 * Live, paused or backing off, the time of the last update, and a button to pause or resume.
 * When the stream stopped (signed out, access denied), it says what happened and what to do,
 * and the button resumes after the user signed in again. The state text is a polite live
 * region, so a connection problem is announced once.
 */
export function LiveIndicator(props: LiveIndicatorProps) {
  const { status, lastPollAt, retryInMs, error, onRetry, pastRange, live, onLiveChange, labels } = props
  const { locale, timeZone, unstyled } = props
  // `error` is a stop (401, 403, 404…: asking again will not help until something changes), not a backoff.
  const shown: Shown = !live
    ? 'paused'
    : pastRange
      ? 'range-ended'
      : status === 'error'
        ? stoppedBy(error)
        : status === 'backoff'
          ? 'backoff'
          : status === 'not-ready'
            ? 'not-ready'
            : status === 'live'
              ? 'live'
              : 'paused'
  const text = {
    live: labels.live,
    paused: labels.paused,
    backoff: labels.backingOff(retryInMs === undefined ? undefined : Math.ceil(retryInMs / 1000)),
    'signed-out': labels.liveSignedOut,
    forbidden: labels.liveForbidden,
    stopped: labels.liveStopped,
    'range-ended': labels.liveRangeEnded,
    'not-ready': labels.liveNotReady,
  }[shown]
  const stopped = shown === 'signed-out' || shown === 'forbidden' || shown === 'stopped'
  // Coming back to the tab after signing in again resumes by itself: the stream re-checks on
  // focus and every 30 s after a 401/403 (useEventStream); Resume asks at once.
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
      {stopped && onRetry ? (
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-button--small ae-events-dashboard__live-toggle'}
          onClick={onRetry}
        >
          {labels.resume}
        </button>
      ) : (
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-button--small ae-events-dashboard__live-toggle'}
          onClick={() => onLiveChange(!live)}
        >
          {live ? labels.pause : labels.resume}
        </button>
      )}
    </div>
  )
}
