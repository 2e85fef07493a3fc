'use client'
import { forwardRef, useState } from 'react'
import type { ComponentPropsWithoutRef, KeyboardEvent, ReactNode } from 'react'
import { clsx } from 'clsx'
import * as Dialog from '../shared/lazyDialog'
import type { AuthEvent } from '../../api/types'
import { partClass } from '../shared/classNames'
import { useMergedLabels } from '../shared/labels'
import { useRootProps, type ColorScheme } from '../shared/Root'
import { useControllableState } from '../../hooks/useControllableState'
import { EventDetailHeader } from './EventDetailHeader'
import type { GeoState } from './EventDetailSections'
import { EventDetailView } from './EventDetailView'
import type { EventDetailViewProps } from './EventDetailView'
import { DEFAULT_EVENT_DETAIL_LABELS } from './labels'
import type { EventDetailLabels } from './labels'
import type { MetadataTreeLimits } from './MetadataTree'

type ContentProps = Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'asChild'>

/** Props of {@link EventDetailModalView}. */
export interface EventDetailModalViewProps extends ContentProps {
  /** The event to show. When `events` is given too, paging starts from it. */
  event?: AuthEvent
  /** Show the event with this id from `events` (when `event` is not given). */
  eventId?: string | null
  /** The list to page through with previous/next and ArrowLeft/ArrowRight. */
  events?: readonly AuthEvent[]
  /** Called with the newly shown event after paging. */
  onEventChange?: (event: AuthEvent) => void
  /** More events can be loaded after the last of `events`: "Next" there loads them (`onLoadMore`). */
  hasMore?: boolean
  /** Loads the next page of `events` (the list's "Load more"); paging continues into it. */
  onLoadMore?: () => void
  /** How many events match in all, when known: the position says "3 of 50 loaded (980 matching)". */
  matchingCount?: number
  /**
   * When the backend stopped counting (a search with very many matches): more than this many
   * match, and the position says "3 of 50 loaded (more than 10,000 matching)".
   */
  matchingMoreThan?: number
  /** Open state (controlled). */
  open?: boolean
  /** Initial open state (uncontrolled). @default false */
  defaultOpen?: boolean
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** The location look-up of the shown event's IP. */
  geo?: GeoState
  /**
   * Renders the body for the shown event; receives the props meant for {@link EventDetailView}.
   * The connected dialog uses it to resolve the IP's location per event.
   */
  renderDetail?: (props: EventDetailViewProps) => ReactNode
  /** Texts, merged over {@link DEFAULT_EVENT_DETAIL_LABELS}. */
  labels?: Partial<EventDetailLabels>
  /** Limits of the metadata tree (depth, entries and characters shown before "show more"). */
  metadataLimits?: Partial<MetadataTreeLimits>
  /** BCP 47 locale of dates and numbers. @default the browser's */
  locale?: string
  /** IANA time zone of the local time. @default the browser's */
  timeZone?: string
  /** Where the dialog is portalled. @default document.body */
  container?: HTMLElement | null
  /** Drop the library classes. @default false */
  unstyled?: boolean
  /** Light, dark, or the system's preference; inherited from the nearest `<AeRoot>` when absent. @default 'system' */
  colorScheme?: ColorScheme
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]'

/**
 * The event detail dialog for any data: Radix Dialog (focus trap, Escape, labelled by the
 * event's message), previous/next through `events` without closing, and {@link EventDetailView}.
 */
export const EventDetailModalView = forwardRef<HTMLDivElement, EventDetailModalViewProps>(
  function EventDetailModalView(props, ref) {
    const {
      event: eventProp,
      eventId,
      events,
      onEventChange,
      hasMore = false,
      onLoadMore,
      matchingCount,
      matchingMoreThan,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      geo,
      renderDetail,
      labels: labelsProp,
      metadataLimits,
      locale,
      timeZone,
      container,
      unstyled,
      colorScheme,
      className,
      onKeyDown,
      ...rest
    } = props
    const labels = useMergedLabels(DEFAULT_EVENT_DETAIL_LABELS, labelsProp)
    const root = useRootProps(unstyled, true, colorScheme)
    const [open, setOpen] = useControllableState({
      prop: openProp,
      defaultProp: defaultOpen,
      onChange: onOpenChange,
      name: 'EventDetailModal',
    })

    // Paging moves away from the requested event; a new request starts over from it.
    const requestedId = eventProp?.id ?? eventId ?? null
    const [tracked, setTracked] = useState(requestedId)
    const [currentId, setCurrentId] = useState(requestedId)
    if (tracked !== requestedId) {
      setTracked(requestedId)
      setCurrentId(requestedId)
    }
    const list = events ?? []
    const index = currentId === null ? -1 : list.findIndex((item) => item.id === currentId)
    const event = (eventProp && eventProp.id === currentId ? eventProp : undefined) ?? list[index]

    // "Next" past the loaded events asks for the next page and moves on when it arrives.
    const [waitingFor, setWaitingFor] = useState<number | null>(null)
    const canLoadMore = hasMore && !!onLoadMore
    if (waitingFor !== null && list.length > waitingFor) {
      const next = list[waitingFor]
      setWaitingFor(null)
      if (next && index === waitingFor - 1) {
        setCurrentId(next.id)
        onEventChange?.(next)
      }
    } else if (waitingFor !== null && !canLoadMore) setWaitingFor(null)

    const go = (step: number) => {
      if (index < 0) return
      const next = list[index + step]
      if (!next) {
        if (step > 0 && canLoadMore && waitingFor === null && index === list.length - 1) {
          setWaitingFor(list.length)
          onLoadMore?.()
        }
        return
      }
      setCurrentId(next.id)
      onEventChange?.(next)
    }

    const handleKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      onKeyDown?.(e)
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
      if ((e.target as HTMLElement).closest?.(EDITABLE)) return
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault()
        go(e.key === 'ArrowLeft' ? -1 : 1)
      }
    }

    const cls = (element: string) => partClass(unstyled, 'event-detail-modal', element)
    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal container={container}>
          <div className={root.className} data-color-scheme={root['data-color-scheme']}>
            <Dialog.Overlay className={cls('overlay')} />
            <Dialog.Content
              ref={ref}
              {...rest}
              className={clsx(partClass(unstyled, 'event-detail-modal'), className)}
              data-severity={event?.severity}
              onKeyDown={handleKeyDown}
            >
              <EventDetailHeader
                event={event}
                labels={labels}
                index={index}
                total={list.length}
                matching={matchingCount}
                matchingMoreThan={matchingMoreThan}
                hasMore={canLoadMore}
                loadingNext={waitingFor !== null}
                onPrevious={() => go(-1)}
                onNext={() => go(1)}
                unstyled={unstyled}
              />
              <div className={cls('body')}>
                {event ? (
                  renderDetail ? (
                    renderDetail({ event, geo, labels, metadataLimits, locale, timeZone, unstyled })
                  ) : (
                    <EventDetailView
                      event={event}
                      geo={geo}
                      labels={labels}
                      metadataLimits={metadataLimits}
                      locale={locale}
                      timeZone={timeZone}
                      unstyled={unstyled}
                    />
                  )
                ) : (
                  <p role="status">{labels.notFound}</p>
                )}
              </div>
            </Dialog.Content>
          </div>
        </Dialog.Portal>
      </Dialog.Root>
    )
  },
)
