import { maskSecrets } from '../../api/mask'
import type { AuthEvent } from '../../api/types'
import { backendLocation, LOCATION_SOURCE_TEXT } from './exportLocation'
import type { ExportLocationReader } from './exportLocation'
import { eventUserInfo } from '../EventList/eventUser'

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell: neutralised against formula injection (a leading `=`, `+`, `-`, `@`, tab or CR
 * gets a `'` in front) and quoted per RFC 4180 when it holds a comma, quote, CR or LF.
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The columns of an events CSV, in order. */
export const CSV_COLUMNS = [
  'id',
  'timestamp',
  'type',
  'label',
  'category',
  'severity',
  'status',
  'message',
  'userId',
  'userEmail',
  'sessionId',
  'organizationId',
  'ipAddress',
  'country',
  'city',
  'location',
  'userAgent',
  'source',
  'metadata',
] as const

/** Options of {@link eventsToCsv}. */
export type EventsToCsvOptions = {
  /** Replace secrets in metadata with `••••` (see `maskSecrets`). @default true */
  mask?: boolean
  /** Start with a UTF-8 byte-order mark, so spreadsheet apps read accents and emoji right. @default false */
  bom?: boolean
  /**
   * The location of each event: the connected list passes the look-ups the session already made
   * (`sessionLocations(client)`). The `location` column says where it comes from, or that it was
   * not resolved. @default the event's own location only
   */
  locations?: ExportLocationReader
}

function cellsOf(event: AuthEvent, mask: boolean, locations: ExportLocationReader): string[] {
  const metadata = mask ? maskSecrets(event.metadata) : event.metadata
  const place = locations(event)
  // A failed sign-in has no user id, only the email typed: its own column, never passed off as an id.
  const user = eventUserInfo(event)
  return [
    event.id,
    event.timestamp.toISOString(),
    event.type,
    event.label,
    event.category,
    event.severity,
    event.status,
    event.message,
    event.userId ?? '',
    user?.kind === 'email' ? user.value : '',
    event.sessionId ?? '',
    event.organizationId ?? '',
    event.ipAddress ?? '',
    place.location?.country ?? '',
    place.location?.city ?? '',
    LOCATION_SOURCE_TEXT[place.source],
    event.userAgent ?? '',
    event.source,
    Object.keys(metadata).length > 0 ? JSON.stringify(metadata) : '',
  ]
}

/**
 * The events as RFC 4180 CSV (CRLF line ends, a header row of {@link CSV_COLUMNS}), secrets
 * masked by default and every cell safe to open in a spreadsheet.
 * @example downloadFile(eventsToCsv(events, { mask: true }), 'events.csv', 'text/csv')
 */
export function eventsToCsv(events: readonly AuthEvent[], options: EventsToCsvOptions = {}): string {
  const { mask = true, bom = false, locations = backendLocation } = options
  const lines = [CSV_COLUMNS.join(',')]
  for (const event of events) lines.push(cellsOf(event, mask, locations).map(csvCell).join(','))
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}
