import type { SeverityLabels } from '../shared/SeverityBadge'
import { eventsWord } from '../shared/plural'
/** Texts of the event list. Count functions receive the number and its locale-formatted text. */
export type EventListLabels = {
  /** Accessible name of the grid. */
  gridLabel: string
  /** Status badge texts (Success, Failed, Warning, Info), merged over the badge's defaults. */
  severityBadge?: Partial<SeverityLabels>
  /** Header of the category icon column. @default 'Category' */
  columnIcon: string
  /** Header of the type column (the event's label; the raw type is in its tooltip). @default 'Event' */
  columnType: string
  /** Header of the message column (what the message adds to the label). @default 'Details' */
  columnMessage: string
  /** Tag beside the label of a security event (category `security`). @default 'Security' */
  securityTag: string
  /** Header of the status column. @default 'Status' */
  columnStatus: string
  /** Header of the user column. @default 'User' */
  columnUser: string
  /** Header of the time column. @default 'Time' */
  columnTimestamp: string
  /** Announced while the first page loads. */
  loading: string
  /** No event matches the filters (some filter is set). */
  empty: string
  /** The backend holds no event at all and no filter is set: a first run, or a setup problem. */
  firstRunTitle: string
  /** What to check when nothing has been recorded yet, one point per entry. */
  firstRunChecks: string[]
  /** The backend is set up but not ready yet (Studio's `ready: false`). */
  notReady: string
  /** Button loading the next page. @default 'Load more' */
  loadMore: string
  /** The load-more button while the next page loads. @default 'Loading more…' */
  loadingMore: string
  /** The list holds `max` events, newest first, and will not load more. */
  capReached: (max: number, formatted: string) => string
  /** The list holds the first `max` events, oldest first, and will not load more. */
  capReachedAsc: (max: number, formatted: string) => string
  /** Malformed events left out. */
  skipped: (count: number, formatted: string) => string
  /** The filters were applied in the browser over the newest `count` events. */
  scanned: (count: number, formatted: string) => string
  /** As `scanned`, and the scan stopped at its limit: older matches may exist. */
  scanLimitReached: (count: number, formatted: string) => string
  /** Oldest-first lists announce live arrivals instead of inserting them. */
  newer: (count: number, formatted: string) => string
  /** Live-region text when events arrive. */
  arrived: (count: number, formatted: string) => string
  /** Button exporting the loaded events as CSV. @default 'Export CSV' */
  exportCsv: string
  /** Button exporting the loaded events as JSON. @default 'Export JSON' */
  exportJson: string
  /** Shown in the user column when an event has no user. */
  noUser: string
  /** Name (and tooltip) of the user cell's button that narrows the filters to that user. */
  filterByUser: (user: string) => string
  /** Tag before an email shown in the user column when the event has no user id. */
  userEmail: string
  /** Tooltip of that email. */
  userEmailHint: string
}

/** Default English texts of the event list. */
export const DEFAULT_EVENT_LIST_LABELS: EventListLabels = {
  gridLabel: 'Authentication events',
  columnIcon: 'Category',
  columnType: 'Event',
  columnMessage: 'Details',
  securityTag: 'Security',
  columnStatus: 'Status',
  columnUser: 'User',
  columnTimestamp: 'Time',
  loading: 'Loading events…',
  empty: 'No events match these filters',
  firstRunTitle: 'No events recorded yet',
  firstRunChecks: [
    'Sign in or sign up once in your app: the event should appear here.',
    'Event tracking is enabled on the backend (Studio: events: { enabled: true } in studio.config.ts).',
    'The events table exists: run your migration (npx prisma migrate dev, npx drizzle-kit push). Studio answers an empty list when the table is missing.',
    'Studio is mounted before any await that follows betterAuth(): mounted later, it records nothing and still reports tracking enabled.',
    'No proxy appends to x-forwarded-for: Studio stores the client IP in an INET column, a list such as "203.0.113.7, 10.0.0.2" makes every insert fail and the event is dropped.',
  ],
  notReady: 'Event tracking is starting on the server. Events will appear here when it is ready.',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  capReached: (count, n) =>
    `Showing the newest ${n} ${eventsWord(count)}, the most this list holds. Narrow the filters or the date range to see older events.`,
  capReachedAsc: (count, n) =>
    `Showing the first ${n} ${eventsWord(count)}, the most this list holds. Move the start of the date range to see later events.`,
  skipped: (count, n) => `${n} ${eventsWord(count)} could not be shown (malformed data from the server).`,
  scanned: (count, n) => `Searched the newest ${n} ${eventsWord(count)} for these filters.`,
  scanLimitReached: (count, n) =>
    `Searched the newest ${n} ${eventsWord(count)}; older matches are not shown. Narrow the date range to search further back.`,
  newer: (count, n) => `${n} newer ${eventsWord(count)}`,
  arrived: (count, n) => `${n} new ${eventsWord(count)}`,
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  noUser: '—',
  filterByUser: (user) => `Show only the events of ${user}`,
  userEmail: 'email',
  userEmailHint: "No user id: the email recorded in the event's metadata",
}
