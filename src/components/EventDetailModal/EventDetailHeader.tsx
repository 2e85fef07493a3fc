'use client'
import * as Dialog from '../shared/lazyDialog'
import type { AuthEvent } from '../../api/types'
import { partClass } from '../shared/classNames'
import { EventIcon } from '../shared/EventIcon'
import { UserText } from '../shared/UserText'
import type { EventDetailLabels } from './labels'

const TITLE_TEXT = 200

/** Props of {@link EventDetailHeader}. */
export type EventDetailHeaderProps = {
  event: AuthEvent | undefined
  labels: EventDetailLabels
  /** 0-based position in the paged list, or -1 when not paging. */
  index: number
  total: number
  /** How many events match in all, when the backend counts them. */
  matching?: number
  /** The backend stopped counting: more than this many match. */
  matchingMoreThan?: number
  /** More events can be loaded past the last one: Next stays enabled there. */
  hasMore?: boolean
  /** The next page is loading (after Next at the end). */
  loadingNext?: boolean
  onPrevious: () => void
  onNext: () => void
  unstyled?: boolean
}

/**
 * The dialog's title (the event's message), description (its type), previous/next buttons with
 * the position, and the close button. Paging buttons stay focusable at the ends (`aria-disabled`)
 * so keyboard focus never drops out of the dialog.
 */
export function EventDetailHeader({
  event,
  labels,
  index,
  total,
  matching,
  matchingMoreThan,
  hasMore = false,
  loadingNext = false,
  onPrevious,
  onNext,
  unstyled,
}: EventDetailHeaderProps) {
  const cls = (element: string) => partClass(unstyled, 'event-detail-modal', element)
  const button = unstyled ? undefined : 'ae-button ae-button--small'
  const paging = index >= 0 && (total > 1 || hasMore)
  const atStart = index <= 0
  const atEnd = index >= total - 1 && !hasMore
  return (
    <header className={cls('header')}>
      {event ? <EventIcon type={event.type} severity={event.severity} size={20} unstyled={unstyled} /> : null}
      <div className={cls('heading')}>
        <Dialog.Title className={cls('title')}>
          {/* The title names the dialog: short; the whole message is in the Overview. */}
          {event ? <UserText value={event.message} max={TITLE_TEXT} unstyled={unstyled} /> : labels.notFound}
        </Dialog.Title>
        <Dialog.Description className={cls('description')}>
          {event ? (
            <>
              <UserText value={event.label} max={TITLE_TEXT} unstyled={unstyled} />
              {event.label !== event.type ? (
                <span className={cls('type')}>
                  {' · '}
                  <UserText value={event.type} max={TITLE_TEXT} unstyled={unstyled} />
                </span>
              ) : null}
            </>
          ) : (
            labels.notFound
          )}
        </Dialog.Description>
      </div>
      <div className={cls('nav')}>
        {paging ? (
          <>
            <button
              type="button"
              className={button}
              aria-label={labels.previous}
              aria-disabled={atStart || undefined}
              onClick={() => !atStart && onPrevious()}
            >
              <span aria-hidden="true">‹</span>
            </button>
            <span className={cls('position')} aria-live="polite">
              {loadingNext
                ? labels.loadingNext
                : labels.position(index + 1, total, { matching, matchingMoreThan, more: hasMore })}
            </span>
            <button
              type="button"
              className={button}
              aria-label={labels.next}
              aria-disabled={atEnd || undefined}
              onClick={() => !atEnd && onNext()}
            >
              <span aria-hidden="true">›</span>
            </button>
          </>
        ) : null}
        <Dialog.Close
          className={unstyled ? undefined : 'ae-button ae-button--small ae-button--ghost'}
          aria-label={labels.close}
        >
          <span aria-hidden="true">×</span>
        </Dialog.Close>
      </div>
    </header>
  )
}
