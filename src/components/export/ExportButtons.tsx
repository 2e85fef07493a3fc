'use client'
import { forwardRef } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import type { AuthEvent } from '../../api/types'
import { useOptionalEventsClient } from '../../hooks/EventsProvider'
import { rootClass } from '../shared/classNames'
import { sessionLocations } from './exportLocation'
import { useMergedLabels } from '../shared/labels'
import { eventsToCsv } from './csv'
import { downloadFile, timestampedFileName } from './download'
import { eventsToJson } from './json'

/** Texts of {@link ExportButtons}. */
export type ExportLabels = {
  /** Accessible name of the button group. */
  group: string
  /** The CSV button. @default 'Export CSV' */
  csv: string
  /** The JSON button. @default 'Export JSON' */
  json: string
}

/** Default English export texts. */
export const DEFAULT_EXPORT_LABELS: ExportLabels = { group: 'Export', csv: 'Export CSV', json: 'Export JSON' }

/** Props of {@link ExportButtons}. */
export interface ExportButtonsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The events to export (the current view). */
  events: readonly AuthEvent[]
  /** File name without extension; the date and time are appended. @default 'auth-events' */
  fileName?: string
  /** Export secrets masked. @default true */
  mask?: boolean
  /** Texts, merged over {@link DEFAULT_EXPORT_LABELS}. */
  labels?: Partial<ExportLabels>
  /** Drop the library classes. @default false */
  unstyled?: boolean
}

/** "Export CSV" and "Export JSON" buttons for a set of events, secrets masked. */
export const ExportButtons = forwardRef<HTMLDivElement, ExportButtonsProps>(function ExportButtons(
  { events, fileName = 'auth-events', mask = true, labels: labelsProp, unstyled, className, ...rest },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_EXPORT_LABELS, labelsProp)
  // Locations the session already resolved (the dialog looks IPs up) fill country and city.
  const client = useOptionalEventsClient()
  const button = unstyled ? undefined : 'ae-button ae-button--small'
  const disabled = events.length === 0
  return (
    <div
      ref={ref}
      role="group"
      aria-label={labels.group}
      {...rest}
      className={rootClass(unstyled, 'export', className)}
    >
      <button
        type="button"
        className={button}
        disabled={disabled}
        onClick={() =>
          downloadFile(
            eventsToCsv(events, { mask, bom: true, locations: sessionLocations(client) }),
            timestampedFileName(fileName, 'csv'),
            'text/csv',
          )
        }
      >
        {labels.csv}
      </button>
      <button
        type="button"
        className={button}
        disabled={disabled}
        onClick={() =>
          downloadFile(
            eventsToJson(events, { mask, locations: sessionLocations(client) }),
            timestampedFileName(fileName, 'json'),
            'application/json',
          )
        }
      >
        {labels.json}
      </button>
    </div>
  )
})
