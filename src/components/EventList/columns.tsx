'use client'
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { ColumnDef } from '@tanstack/react-table'
import type { AuthEvent } from '../../api/types'
import { partClass } from '../shared/classNames'
import { EventIcon } from '../shared/EventIcon'
import { formatTimestamp, formatUtc } from '../shared/format'
import { SeverityBadge } from '../shared/SeverityBadge'
import { visuallyHidden } from '../shared/visuallyHidden'
import { eventUser } from './eventUser'
import type { EventListLabels } from './labels'

/** The table features of the event list: only sorting (by time, done by the server). */
export const eventListFeatures = tableFeatures({ rowSortingFeature })

/** Column ids of the event list, in display order. */
export const EVENT_LIST_COLUMNS = ['icon', 'type', 'message', 'status', 'user', 'timestamp'] as const
/** One of {@link EVENT_LIST_COLUMNS}. */
export type EventListColumnId = (typeof EVENT_LIST_COLUMNS)[number]

const helper = createColumnHelper<typeof eventListFeatures, AuthEvent>()

/** What the cells need to render. */
export type ColumnOptions = {
  labels: EventListLabels
  locale?: string
  timeZone?: string
  unstyled?: boolean
}

/** The column definitions; rebuild only when an option changes. */
export function buildColumns({
  labels,
  locale,
  timeZone,
  unstyled,
}: ColumnOptions): ColumnDef<typeof eventListFeatures, AuthEvent, unknown>[] {
  const cls = (element: string) => partClass(unstyled, 'event-list', element)
  return helper.columns([
    helper.display({
      id: 'icon',
      header: () => <span style={visuallyHidden}>{labels.columnIcon}</span>,
      cell: ({ row }) => (
        <EventIcon type={row.original.type} severity={row.original.severity} unstyled={unstyled} />
      ),
      enableSorting: false,
    }),
    helper.accessor('label', {
      id: 'type',
      header: () => labels.columnType,
      cell: ({ row }) => (
        <>
          <span className={cls('type-label')}>{row.original.label}</span>
          {row.original.label !== row.original.type ? (
            <span className={cls('type-raw')}>{row.original.type}</span>
          ) : null}
        </>
      ),
      enableSorting: false,
    }),
    helper.accessor('message', {
      id: 'message',
      header: () => labels.columnMessage,
      cell: ({ row }) => <span className={cls('message')}>{row.original.message}</span>,
      enableSorting: false,
    }),
    helper.accessor('severity', {
      id: 'status',
      header: () => labels.columnStatus,
      cell: ({ row }) => (
        <SeverityBadge severity={row.original.severity} labels={labels.severityBadge} unstyled={unstyled} />
      ),
      enableSorting: false,
    }),
    helper.accessor((event) => eventUser(event), {
      id: 'user',
      header: () => labels.columnUser,
      cell: ({ getValue }) => {
        const user = getValue()
        return <span className={cls('user')}>{user ?? labels.noUser}</span>
      },
      enableSorting: false,
    }),
    helper.accessor('timestamp', {
      id: 'timestamp',
      header: () => labels.columnTimestamp,
      cell: ({ row }) => {
        const date = row.original.timestamp
        return (
          <time dateTime={date.toISOString()} title={formatUtc(date)} className={cls('time')}>
            {formatTimestamp(date, { locale, timeZone, withMs: true })}
          </time>
        )
      },
      enableSorting: true,
      sortDescFirst: true,
    }),
  ])
}
