import type { SeverityLabels } from '../shared/SeverityBadge'
/** Texts of the event detail dialog. */
export type EventDetailLabels = {
  /** Status badge texts (Success, Failed, Warning, Info), merged over the badge's defaults. */
  severityBadge?: Partial<SeverityLabels>
  close: string
  previous: string
  next: string
  /** Position when paging, e.g. "3 of 120". */
  position: (index: number, total: number) => string
  /** Shown when the requested event is not loaded. */
  notFound: string
  sectionOverview: string
  sectionIds: string
  sectionClient: string
  sectionError: string
  sectionChanges: string
  sectionMetadata: string
  type: string
  /** The event's message (the dialog's title shows it shortened). */
  message: string
  category: string
  status: string
  severity: string
  source: string
  timeLocal: string
  timeUtc: string
  eventId: string
  userId: string
  sessionId: string
  organizationId: string
  /** Accessible name of a copy button, e.g. "Copy User ID". */
  copy: (what: string) => string
  /** Live status after copying, e.g. "User ID copied". */
  copied: (what: string) => string
  copyFailed: string
  ipAddress: string
  location: string
  resolving: string
  locationUnknown: string
  locationFailed: string
  browser: string
  os: string
  device: string
  userAgentRaw: string
  none: string
  errorReason: string
  errorMessage: string
  errorCode: string
  errorStatus: string
  noErrorDetails: string
  field: string
  before: string
  after: string
  emptyMetadata: string
  reveal: (key: string) => string
  hide: (key: string) => string
  showMore: (count: number) => string
  showAll: string
  showLess: string
  /** After a cut user string: how many characters are left out. */
  moreCharacters: (count: number, formatted: string) => string
  /** Summary of a collapsed object or array. */
  entries: (count: number) => string
  tooDeep: string
  /** Accessible name of a masked value. */
  hiddenValue: string
}

/** Default English texts of the event detail dialog. */
export const DEFAULT_EVENT_DETAIL_LABELS: EventDetailLabels = {
  close: 'Close',
  previous: 'Previous event',
  next: 'Next event',
  position: (index, total) => `${index} of ${total}`,
  notFound: 'This event is not loaded any more.',
  sectionOverview: 'Overview',
  sectionIds: 'Identifiers',
  sectionClient: 'Client',
  sectionError: 'Error',
  sectionChanges: 'Changes',
  sectionMetadata: 'Metadata',
  type: 'Type',
  message: 'Message',
  category: 'Category',
  status: 'Status',
  severity: 'Severity',
  source: 'Source',
  timeLocal: 'Time',
  timeUtc: 'UTC',
  eventId: 'Event ID',
  userId: 'User ID',
  sessionId: 'Session ID',
  organizationId: 'Organization ID',
  copy: (what) => `Copy ${what}`,
  copied: (what) => `${what} copied`,
  copyFailed: 'Could not copy: the clipboard is not available',
  ipAddress: 'IP address',
  location: 'Location',
  resolving: 'Resolving…',
  locationUnknown: 'Unknown',
  locationFailed: 'Location look-up failed',
  browser: 'Browser',
  os: 'Operating system',
  device: 'Device',
  userAgentRaw: 'User agent',
  none: '—',
  errorReason: 'Reason',
  errorMessage: 'Message',
  errorCode: 'Code',
  errorStatus: 'Status',
  noErrorDetails: 'The server recorded no details about this failure.',
  field: 'Field',
  before: 'Before',
  after: 'After',
  emptyMetadata: 'No metadata',
  reveal: (key) => `Reveal ${key}`,
  hide: (key) => `Hide ${key}`,
  showMore: (count) => `Show ${count} more`,
  showAll: 'Show all',
  showLess: 'Show less',
  moreCharacters: (count, n) => `${n} more ${count === 1 ? 'character' : 'characters'}`,
  entries: (count) => (count === 1 ? '1 entry' : `${count} entries`),
  tooDeep: 'Nested too deep to show',
  hiddenValue: 'Hidden value',
}
