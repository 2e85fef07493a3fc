import type { EntityKind } from '../EventFilters/entityFilters'
import type { SeverityLabels } from '../shared/SeverityBadge'
import { plural } from '../shared/plural'
/** Texts of the event detail dialog. */
export type EventDetailLabels = {
  /** Status badge texts (Success, Failed, Warning, Info), merged over the badge's defaults. */
  severityBadge?: Partial<SeverityLabels>
  /** Accessible name of the close button. @default 'Close' */
  close: string
  /** Accessible name of the button showing the previous event. @default 'Previous event' */
  previous: string
  /** Accessible name of the button showing the next event. @default 'Next event' */
  next: string
  /**
   * Position when paging: `index` of the `total` events loaded; `info.matching` is how many
   * events match in all (when the backend counts them), `info.matchingMoreThan` that the backend
   * stopped counting past that many, `info.more` that more can be loaded.
   */
  position: (
    index: number,
    total: number,
    info?: { matching?: number; matchingMoreThan?: number; more?: boolean },
  ) => string
  /** Announced while the next page loads after "Next" at the end of the loaded events. */
  loadingNext: string
  /** Shown when the requested event is not loaded. */
  notFound: string
  /** Heading of the overview section. @default 'Overview' */
  sectionOverview: string
  /** Heading of the identifiers section. @default 'Identifiers' */
  sectionIds: string
  /** Heading of the client section (address, location, browser). @default 'Client' */
  sectionClient: string
  /** Heading of a failed event's error section. @default 'Error' */
  sectionError: string
  /** Heading of the before/after changes section. @default 'Changes' */
  sectionChanges: string
  /** Heading of the metadata section. @default 'Metadata' */
  sectionMetadata: string
  /** Title of the section with "Events of this user / IP / organization". @default 'Related events' */
  sectionRelated: string
  /** A button that narrows the dashboard's filters to one entity of the event (and closes the dialog). */
  filterByEntity: (kind: EntityKind) => string
  /** Label of the event type. @default 'Type' */
  type: string
  /** The event's message (the dialog's title shows it shortened). */
  message: string
  /** Label of the category. @default 'Category' */
  category: string
  /** Label of the wire status. @default 'Status' */
  status: string
  /** Label of the classification. @default 'Severity' */
  severity: string
  /** Label of the source. @default 'Source' */
  source: string
  /** Label of the time in the display time zone. @default 'Time' */
  timeLocal: string
  /** Label of the time in UTC. @default 'UTC' */
  timeUtc: string
  /** Label of the event id. @default 'Event ID' */
  eventId: string
  /** Label of the user id. @default 'User ID' */
  userId: string
  /** An event without a user id: the email from its metadata. */
  userEmail: string
  /** Label of the session id. @default 'Session ID' */
  sessionId: string
  /** Label of the organization id. @default 'Organization ID' */
  organizationId: string
  /** Accessible name of a copy button, e.g. "Copy User ID". */
  copy: (what: string) => string
  /** Live status after copying, e.g. "User ID copied". */
  copied: (what: string) => string
  /** Shown when the clipboard refused a copy. @default 'Could not copy: the clipboard is not available' */
  copyFailed: string
  /** Label of the IP address. @default 'IP address' */
  ipAddress: string
  /** Label of the resolved location. @default 'Location' */
  location: string
  /** Shown while the location is being looked up. @default 'Resolving…' */
  resolving: string
  /** Shown when the address has no known location. @default 'Unknown' */
  locationUnknown: string
  /** Shown when the location look-up failed. @default 'Location look-up failed' */
  locationFailed: string
  /** Label of the browser parsed from the user agent. @default 'Browser' */
  browser: string
  /** Label of the operating system parsed from the user agent. @default 'Operating system' */
  os: string
  /** Label of the device type parsed from the user agent. @default 'Device' */
  device: string
  /** Label of the raw User-Agent string. @default 'User agent' */
  userAgentRaw: string
  /** Shown for a field the event does not have. @default '—' */
  none: string
  /** Label of a failure's reason. @default 'Reason' */
  errorReason: string
  /** Label of a failure's message. @default 'Message' */
  errorMessage: string
  /** Label of a failure's code. @default 'Code' */
  errorCode: string
  /** Label of a failure's HTTP status. @default 'Status' */
  errorStatus: string
  /** Shown for a failure without recorded details. @default 'The server recorded no details about this failure.' */
  noErrorDetails: string
  /** Column header of the changed field. @default 'Field' */
  field: string
  /** Column header of the value before the change. @default 'Before' */
  before: string
  /** Column header of the value after the change. @default 'After' */
  after: string
  /** Shown when the event has no metadata. @default 'No metadata' */
  emptyMetadata: string
  /** Accessible name of the button revealing a masked value. */
  reveal: (key: string) => string
  /** Accessible name of the button masking a revealed value again. */
  hide: (key: string) => string
  /** Button showing more entries of a long object or array. */
  showMore: (count: number) => string
  /** Button showing every entry of a long object or array. @default 'Show all' */
  showAll: string
  /** Button collapsing a long object or array again. @default 'Show less' */
  showLess: string
  /** After a cut user string: how many characters are left out. */
  moreCharacters: (count: number, formatted: string) => string
  /** Summary of a collapsed object or array. */
  entries: (count: number) => string
  /** Shown instead of metadata nested deeper than the limit. @default 'Nested too deep to show' */
  tooDeep: string
  /** Accessible name of a masked value. */
  hiddenValue: string
}

/** Default English texts of the event detail dialog. */
export const DEFAULT_EVENT_DETAIL_LABELS: EventDetailLabels = {
  close: 'Close',
  previous: 'Previous event',
  next: 'Next event',
  position: (index, total, info) => {
    if (info?.matching !== undefined && info.matching > total)
      return `${index} of ${total} loaded (${info.matching} matching)`
    // A count the backend stopped: said as "more than", never as the number it reached.
    if (info?.matchingMoreThan !== undefined && info.matchingMoreThan >= total)
      return `${index} of ${total} loaded (more than ${info.matchingMoreThan.toLocaleString('en-US')} matching)`
    if (info?.more) return `${index} of ${total} loaded, more to load`
    return `${index} of ${total}`
  },
  loadingNext: 'Loading the next events…',
  notFound: 'This event is not loaded any more.',
  sectionOverview: 'Overview',
  sectionIds: 'Identifiers',
  sectionClient: 'Client',
  sectionError: 'Error',
  sectionChanges: 'Changes',
  sectionMetadata: 'Metadata',
  sectionRelated: 'Related events',
  filterByEntity: (kind) =>
    kind === 'user'
      ? 'Events of this user'
      : kind === 'organization'
        ? 'Events of this organization'
        : 'Events of this IP',
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
  userEmail: 'Email (no user ID)',
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
  moreCharacters: (count, n) => `${n} more ${plural(count, { one: 'character', other: 'characters' })}`,
  entries: (count) => `${count} ${plural(count, { one: 'entry', other: 'entries' })}`,
  tooDeep: 'Nested too deep to show',
  hiddenValue: 'Hidden value',
}
