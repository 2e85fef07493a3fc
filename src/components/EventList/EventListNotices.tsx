'use client'
import type { SortOrder } from '../../api/types'
import { modifierClass, partClass } from '../shared/classNames'
import { formatCount } from '../shared/format'
import { visuallyHidden } from '../shared/visuallyHidden'
import { EventListSkeleton } from './EventListRow'
import type { EventListLabels } from './labels'

/** Props of {@link EventListNotices}. */
export type EventListNoticesProps = {
  labels: EventListLabels
  locale?: string
  unstyled?: boolean
  skipped?: number
  scanned?: number
  scanLimitReached?: boolean
  newerCount?: number
  onShowNewer?: () => void
}

/** What the list cannot show, said plainly: malformed events, a bounded client-side search, newer events. */
export function EventListNotices(props: EventListNoticesProps) {
  const {
    labels,
    locale,
    unstyled,
    skipped = 0,
    scanned,
    scanLimitReached,
    newerCount = 0,
    onShowNewer,
  } = props
  const note = (kind: string) => modifierClass(unstyled, 'event-list', 'notice', [kind])
  const n = (value: number) => formatCount(value, locale)
  if (skipped <= 0 && scanned === undefined && newerCount <= 0) return null
  return (
    <div className={partClass(unstyled, 'event-list', 'notices')}>
      {newerCount > 0 ? (
        onShowNewer ? (
          <button
            type="button"
            className={unstyled ? undefined : 'ae-button ae-button--small ae-event-list__newer'}
            onClick={onShowNewer}
          >
            {labels.newer(newerCount, n(newerCount))}
          </button>
        ) : (
          <p className={note('newer')}>{labels.newer(newerCount, n(newerCount))}</p>
        )
      ) : null}
      {scanned !== undefined ? (
        <p
          className={note(scanLimitReached ? 'scan-limit' : 'scanned')}
          data-state={scanLimitReached ? 'limit' : 'complete'}
        >
          {scanLimitReached
            ? labels.scanLimitReached(scanned, n(scanned))
            : labels.scanned(scanned, n(scanned))}
        </p>
      ) : null}
      {skipped > 0 ? <p className={note('skipped')}>{labels.skipped(skipped, n(skipped))}</p> : null}
    </div>
  )
}

/** Props of {@link EventListFooter}. */
export type EventListFooterProps = {
  labels: EventListLabels
  locale?: string
  unstyled?: boolean
  held: number
  maxEvents: number
  sort: SortOrder
  hasMore: boolean
  /** Receives the button, so the list can move focus on when the button goes away. */
  onLoadMore?: (button: HTMLElement | null) => void
  isFetchingMore: boolean
}

/** "Load more" until the cap, then a note that says the cap is reached and how to narrow the view. */
export function EventListFooter(props: EventListFooterProps) {
  const { labels, locale, unstyled, held, maxEvents, sort, hasMore, onLoadMore, isFetchingMore } = props
  const capped = held >= maxEvents
  if (!capped && !(hasMore && onLoadMore)) return null
  return (
    <div className={partClass(unstyled, 'event-list', 'footer')}>
      {capped ? (
        <p className={modifierClass(unstyled, 'event-list', 'notice', ['cap'])} data-state="capped">
          {(sort === 'asc' ? labels.capReachedAsc : labels.capReached)(
            maxEvents,
            formatCount(maxEvents, locale),
          )}
        </p>
      ) : (
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-event-list__load-more'}
          // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
          onClick={(e) => {
            if (!isFetchingMore) onLoadMore?.(e.currentTarget)
          }}
          aria-disabled={isFetchingMore || undefined}
          aria-busy={isFetchingMore || undefined}
        >
          {isFetchingMore ? labels.loadingMore : labels.loadMore}
        </button>
      )}
    </div>
  )
}

/** What the list shows, as exposed in `data-state`. */
export type EventListState = 'pending' | 'error' | 'not-ready' | 'empty' | 'first-run' | 'success'

/**
 * The list's state: an error keeps loaded rows; no rows is "not-ready" while the backend is not
 * ready, "first-run" when the backend holds nothing at all (no filter set), else "empty".
 */
export function eventListState(
  status: 'pending' | 'error' | 'success',
  held: number,
  ready: boolean,
  firstRun = false,
): EventListState {
  if (status === 'pending') return 'pending'
  if (status === 'error') return 'error'
  if (held > 0) return 'success'
  if (!ready) return 'not-ready'
  return firstRun ? 'first-run' : 'empty'
}

/** The `role="status"` placeholder of the pending (skeleton), empty and not-ready states. */
export function EventListStatus({
  state,
  labels,
  unstyled,
}: {
  state: 'pending' | 'empty' | 'first-run' | 'not-ready'
  labels: EventListLabels
  unstyled?: boolean
}) {
  const part = (element: string) => partClass(unstyled, 'event-list', element)
  return (
    <div role="status" className={part('status')} data-state={state}>
      {state === 'pending' ? (
        <>
          <span style={visuallyHidden}>{labels.loading}</span>
          <EventListSkeleton rows={6} unstyled={unstyled} />
        </>
      ) : state === 'empty' ? (
        labels.empty
      ) : state === 'first-run' ? (
        <>
          <p className={part('first-run-title')}>{labels.firstRunTitle}</p>
          <ul className={part('first-run-checks')}>
            {labels.firstRunChecks.map((check) => (
              <li key={check}>{check}</li>
            ))}
          </ul>
        </>
      ) : (
        labels.notReady
      )}
    </div>
  )
}
