'use client'
import type { ReactNode } from 'react'
import type { AuthEvent } from '../../api/types'
import { partClass } from '../shared/classNames'
import { EventIcon } from '../shared/EventIcon'
import { formatTimestamp, formatUtc } from '../shared/format'
import { SeverityBadge } from '../shared/SeverityBadge'
import { UserText } from '../shared/UserText'
import { userTextInline } from '../shared/boundUserText'
import { visuallyHidden } from '../shared/visuallyHidden'
import { eventUserInfo } from './eventUser'
import { messageBesideLabel } from './rowText'
import type { EventListLabels } from './labels'

/** Column ids of the event list, in display order. */
export const EVENT_LIST_COLUMNS = ['icon', 'type', 'message', 'status', 'user', 'timestamp'] as const
/** One of {@link EVENT_LIST_COLUMNS}. */
export type EventListColumnId = (typeof EVENT_LIST_COLUMNS)[number]

/**
 * One column: its header and how a row's cell renders. Plain functions rather than a table
 * library (issue 12: @tanstack/react-table was 10 KB gzipped of the first download for six fixed
 * columns and one server-side sort).
 */
export type EventListColumn = {
  id: EventListColumnId
  header: () => ReactNode
  cell: (event: AuthEvent) => ReactNode
  /** The column the list sorts by (time, done by the server). */
  sortable?: boolean
}

// A row is one line: more than this never fits, and a 1 MB message must not reach the DOM.
const LIST_TEXT = 300

/** What the cells need to render. */
export type ColumnOptions = {
  labels: EventListLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
  /** The user cell carries a button that narrows the filters to that user (`onFilterBy` of the list). */
  filterable?: boolean
}

/** The column definitions; rebuild only when an option changes (rows re-render when they do). */
export function buildColumns({
  labels,
  locale,
  timeZone,
  unstyled,
  filterable = false,
}: ColumnOptions): EventListColumn[] {
  const cls = (element: string) => partClass(unstyled, 'event-list', element)
  return [
    {
      id: 'icon',
      header: () => <span style={visuallyHidden}>{labels.columnIcon}</span>,
      cell: (event) => <EventIcon type={event.type} severity={event.severity} unstyled={unstyled} />,
    },
    {
      id: 'type',
      header: () => labels.columnType,
      // The label once; the raw type is for developers: in the tooltip and the dialog (rowText.ts).
      cell: (event) => (
        <>
          <span
            className={cls('type-label')}
            title={event.label !== event.type ? userTextInline(event.type, LIST_TEXT) : undefined}
          >
            <UserText value={event.label} max={LIST_TEXT} unstyled={unstyled} />
          </span>
          {/* Security events say so in words, beside a shield, on an accent of their own. */}
          {event.category === 'security' ? (
            <span className={cls('security-tag')}>
              <EventIcon icon="shield" size={12} unstyled={unstyled} />
              {labels.securityTag}
            </span>
          ) : null}
        </>
      ),
    },
    {
      id: 'message',
      header: () => labels.columnMessage,
      cell: (event) => {
        // Only what the label does not already say; the whole message in the tooltip.
        const details = messageBesideLabel(event.label, event.message)
        return (
          <span
            className={cls('message')}
            title={details !== event.message ? userTextInline(event.message, LIST_TEXT) : undefined}
          >
            <UserText value={details} max={LIST_TEXT} unstyled={unstyled} />
          </span>
        )
      },
    },
    {
      id: 'status',
      header: () => labels.columnStatus,
      cell: (event) => (
        <SeverityBadge severity={event.severity} labels={labels.severityBadge} unstyled={unstyled} />
      ),
    },
    {
      id: 'user',
      header: () => labels.columnUser,
      cell: (event) => {
        const user = eventUserInfo(event)
        if (!user) return <span className={cls('user')}>{labels.noUser}</span>
        return (
          <span
            className={cls('user')}
            data-kind={user.kind}
            title={user.kind === 'email' ? labels.userEmailHint : undefined}
          >
            {/* No user id (a failed sign-in, an invitation): say it is an email, not an id. */}
            {user.kind === 'email' ? <span className={cls('user-kind')}>{labels.userEmail} </span> : null}
            <UserText value={user.value} max={LIST_TEXT} unstyled={unstyled} />
            {/* One click to this user's events (the grid handles it; keyboard: → from the row). */}
            {filterable && user.kind === 'id' ? (
              <button
                type="button"
                tabIndex={-1}
                className={cls('user-filter')}
                data-filter-user={user.value}
                aria-label={labels.filterByUser(userTextInline(user.value, LIST_TEXT))}
                title={labels.filterByUser(userTextInline(user.value, LIST_TEXT))}
              >
                <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                  <path d="M2 3h12l-4.5 5.5V13l-3-1.5v-3z" fill="currentColor" />
                </svg>
              </button>
            ) : null}
          </span>
        )
      },
    },
    {
      id: 'timestamp',
      header: () => labels.columnTimestamp,
      cell: (event) => {
        const date = event.timestamp
        return (
          <time dateTime={date.toISOString()} title={formatUtc(date)} className={cls('time')}>
            {formatTimestamp(date, { locale, timeZone, withMs: true })}
          </time>
        )
      },
      sortable: true,
    },
  ]
}
