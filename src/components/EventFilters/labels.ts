import type { EntityKind } from './entityFilters'
import type { Severity } from '../../api/types'
import { plural } from '../shared/plural'

/** Texts of {@link EventFilters}. Functions receive what the text is about. */
export type EventFiltersLabels = {
  /** Accessible name of the whole filter bar. */
  region: string
  /** Label of the search field. */
  search: string
  /** Placeholder of the search field. */
  searchPlaceholder: string
  /** Legend of the quick status filter. */
  status: string
  /** The quick status option that removes the status filter. */
  statusAll: string
  /** Each status bucket, as shown in the quick filter and in chips. */
  severities: Record<Severity, string>
  /** The button that opens the "Add filter" menu. */
  addFilter: string
  /** Menu entry that opens the event type picker. */
  eventType: string
  /** Menu entry that opens the timestamp range picker. */
  timestamp: string
  /** Button that goes back from a picker to the menu. */
  back: string
  /** Accessible name of the category list in the event type picker. */
  categories: string
  /** A category's select-all checkbox; `count` is how many types it has. */
  categoryOption: (category: string, count: number) => string
  /** The button that shows or hides a category's types. */
  toggleCategory: (category: string) => string
  /** Shown when the backend lists no event types. */
  noTypes: string
  /** Label of the range start. */
  from: string
  /** Label of the range end (inclusive day). */
  to: string
  /** Applies the range. */
  applyRange: string
  /** Shown when the end of the range is before its start. */
  invalidRange: string
  /** Accessible name of the list of active filters. */
  activeFilters: string
  /** Chip text for the search filter. */
  chipSearch: (q: string) => string
  /** Chip text for a whole category. */
  chipCategory: (category: string) => string
  /** Chip text for one event type. */
  chipType: (label: string) => string
  /** Chip text for a status bucket. */
  chipSeverity: (severity: string) => string
  /** Chip text for a date range; either end may be missing. Dates are formatted in `locale`; the end is the last day included. */
  chipRange: (from: string | undefined, to: string | undefined) => string
  /** Chip text for the user id filter. */
  chipUser: (userId: string) => string
  /** Chip text for the organization id filter. */
  chipOrganization: (organizationId: string) => string
  /** Chip text for the session id filter. */
  chipSession: (sessionId: string) => string
  /** Chip text for the IP address filter. */
  chipIp: (ipAddress: string) => string
  /** Accessible name of a chip's remove button; `chip` is the chip's text. */
  removeFilter: (chip: string) => string
  /** Removes every filter. */
  clearAll: string
  /** Accessible name of the summary shown while the filters name a user, an IP or an organization. */
  entityRegion: string
  /** Who the summary is about, one entity. */
  entityName: (kind: EntityKind, value: string) => string
  /** What an entity is, in a sentence ("cannot filter by IP"). */
  entityKind: Record<EntityKind, string>
  /** The summary: events, failures and the newest event, for what `who` names. `failed` is null when the backend does not report it; `lastSeen` undefined when no event is held. */
  entityActivity: (input: EntityActivityInput) => string
  /** After the summary when the backend could not filter by some of the entities: the browser filtered the newest `scanned` events. */
  entityScanned: (what: string, scanned: string, count: number) => string
}

/** What {@link EventFiltersLabels.entityActivity} is built from. */
export type EntityActivityInput = {
  /** The entities, e.g. "User u_42, organization org_1". */
  who: string
  /** Events the filters select, formatted. */
  count: string
  /** The same number, for plurals. */
  total: number
  /** Failed events among them, formatted, or null when unknown. */
  failed: string | null
  /** The newest event's time, formatted. */
  lastSeen: string | undefined
  /** The filters have a date range (else the counts are all time). */
  windowed: boolean
}

/** Default English texts of {@link EventFilters}. */
export const DEFAULT_EVENT_FILTERS_LABELS: EventFiltersLabels = {
  region: 'Event filters',
  search: 'Search events',
  searchPlaceholder: 'Search type, message, user, email…',
  status: 'Status',
  statusAll: 'All',
  severities: { success: 'Success', failed: 'Failed', warning: 'Warning', info: 'Info' },
  addFilter: 'Add filter',
  eventType: 'Event type',
  timestamp: 'Timestamp',
  back: 'Back',
  categories: 'Event categories',
  categoryOption: (category, count) =>
    `${category} (${count} ${plural(count, { one: 'type', other: 'types' })})`,
  toggleCategory: (category) => `${category} types`,
  noTypes: 'No event types to choose from.',
  from: 'From',
  to: 'To',
  applyRange: 'Apply range',
  invalidRange: 'The end date is before the start date.',
  activeFilters: 'Active filters',
  chipSearch: (q) => `Search: ${q}`,
  chipCategory: (category) => `Type: ${category} (all)`,
  chipType: (label) => `Type: ${label}`,
  chipSeverity: (severity) => `Status: ${severity}`,
  chipRange: (from, to) =>
    from && to ? `Date: ${from} – ${to}` : from ? `Date: from ${from}` : `Date: until ${to ?? ''}`,
  chipUser: (userId) => `User: ${userId}`,
  chipOrganization: (organizationId) => `Organization: ${organizationId}`,
  chipSession: (sessionId) => `Session: ${sessionId}`,
  chipIp: (ipAddress) => `IP: ${ipAddress}`,
  removeFilter: (chip) => `Remove filter: ${chip}`,
  clearAll: 'Clear all',
  entityRegion: 'Activity of the filtered user, IP or organization',
  entityName: (kind, value) =>
    `${kind === 'user' ? 'User' : kind === 'organization' ? 'Organization' : 'IP'} ${value}`,
  entityKind: { user: 'user', organization: 'organization', ip: 'IP' },
  entityActivity: ({ who, count, total, failed, lastSeen, windowed }) =>
    `${who}: ${count} ${plural(total, { one: 'event', other: 'events' })} ${windowed ? 'in the time window' : 'in all'}` +
    `${failed === null ? '' : `, ${failed} failed`}${lastSeen ? `, last seen ${lastSeen}` : ''}.`,
  entityScanned: (what, scanned, count) =>
    `This backend cannot filter by ${what}: the browser filters the newest ${scanned} ${plural(count, { one: 'event', other: 'events' })}.`,
}
