/**
 * The normalised model every backend is mapped onto (CONTRACT section 5).
 * Framework-free: no React here, no 'use client'.
 */

/** Event categories, in display order. One list used by filters, icons, the day panel and activity keys. */
export const CATEGORIES = [
  'user',
  'session',
  'password',
  'two_factor',
  'oauth',
  'organization',
  'member',
  'team',
  'invitation',
  'phone_number',
  'security',
  'admin',
  'other',
] as const
/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number]

/** The four classification buckets, in display order. */
export const SEVERITIES = ['success', 'failed', 'warning', 'info'] as const
/** One of {@link SEVERITIES}: the ONE classification used by counts, filters, the grid and the list. */
export type Severity = (typeof SEVERITIES)[number]

/** The wire status of an event. */
export type EventStatus = 'success' | 'failed'

/** A resolved location. Unknown parts are absent (never the string "Unknown"). */
export type GeoLocation = {
  /** Country name, e.g. `Germany`. */
  country?: string
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode?: string
  /** City name. */
  city?: string
  /** Region, state or province. */
  region?: string
}

/** One authentication event, normalised. "None" is always `undefined`. */
export type AuthEvent = {
  /** Stable id (derived from content on backends that have none). */
  id: string
  /** The backend's raw type or action name, e.g. `user.logged_in`, `user_signed_in`, `sign-in:email`. */
  type: string
  /** Category of the type, from the catalogue (`other` when the type is unknown). */
  category: Category
  /** Human label for the type ("Signed in"); the raw type when unknown. */
  label: string
  /** Display message: the server's, else the catalogue template, else the label. Plain text, never HTML. */
  message: string
  /** When it happened (the backend's clock). */
  timestamp: Date
  /** Outcome on the wire: `success` or `failed`. */
  status: EventStatus
  /** The one classification (counts, filters, the grid and the list all use it). */
  severity: Severity
  /** The user it concerns, when there is one. */
  userId?: string
  /** The session it belongs to, when there is one. */
  sessionId?: string
  /** The organization it belongs to, when there is one. */
  organizationId?: string
  /** The client address: the first entry of an x-forwarded-for list. */
  ipAddress?: string
  /** The client's User-Agent header, as sent. */
  userAgent?: string
  /** Present when the backend already resolved the location (infra plugin). */
  location?: GeoLocation
  /** `app`, `api`, or what the backend says. */
  source: string
  /** Free-form user data. May contain secrets: mask with `maskSecrets` before showing or exporting. */
  metadata: Record<string, unknown>
  /**
   * Its position in commit order (a decimal integer), on backends with the `sequence` extension.
   * Live counts use it to add only what an answer did not count already.
   */
  seq?: string
  /** The event exactly as the backend sent it. */
  raw: unknown
}

/** A malformed event that was left out of a page. */
export type SkippedEvent = {
  /** Index in the backend's answer. */
  index: number
  /** Its id, when the malformed event had a readable one. */
  id?: string
  /** What was wrong, e.g. `timestamp: Invalid date "yesterday"`. */
  issues: string[]
}

/** Sort order of a list. */
export type SortOrder = 'desc' | 'asc'

/** The one filter model (CONTRACT section 5). Every field is optional; an empty object means "everything". */
export type EventFilters = {
  /** Free-text search over type, message, ids and email. */
  q?: string
  /** Categories; expanded to their types on the wire. */
  categories?: Category[]
  /** Exact event types. */
  types?: string[]
  /** Classification buckets (the quick status filter and the stat cards set these). */
  severities?: Severity[]
  /** Inclusive lower bound. */
  from?: Date
  /** Exclusive upper bound. */
  until?: Date
  /** Only the events of this user (exact id). */
  userId?: string
  /** Only the events of this organization (exact id). */
  organizationId?: string
  /** Only the events of this session (exact id). */
  sessionId?: string
  /**
   * Only the events from this client address (exact; an event's `ipAddress` is the first entry
   * of a forwarded list). No backend filters it on the server: it is applied in the client, over
   * a bounded scan (`clientFiltered` names it), and counts and activity are then scanned too.
   */
  ipAddress?: string
  /** Newest first (`desc`) or oldest first (`asc`). @default 'desc' */
  sort?: SortOrder
}

/** What an adapter's backend can filter on the server. */
export type FilterCapabilities = {
  /** `one`: a single exact type per request; `many`: a list; false: none. */
  types: 'one' | 'many' | false
  /** Filters by classification bucket on the server. */
  severity: boolean
  /** Filters by wire status (`success`/`failed`) on the server. */
  status: boolean
  /** Filters by a lower time bound on the server. */
  from: boolean
  /** Filters by an upper time bound on the server. */
  until: boolean
  /** Searches free text on the server. */
  q: boolean
  /** Filters by user id on the server. */
  userId: boolean
  /** Filters by organization id on the server. */
  organizationId: boolean
  /** Filters by session id on the server. */
  sessionId: boolean
}

/** What an adapter (with what its backend advertised) can do. Shape of CONTRACT section 5. */
export type AdapterCapabilities = {
  /** What the backend filters on the server (the rest is filtered in the client). */
  filters: FilterCapabilities
  /** A correct keyset cursor (otherwise offset paging). */
  cursor: boolean
  /** `all-time`: only unfiltered all-time counts; `window`: counts for any range and filter; false: none. */
  counts: 'all-time' | 'window' | false
  /** Server-side per-day aggregation. */
  activity: boolean
  /** How IPs are resolved: one per request, many per request, already in the event, or not at all. */
  geo: 'single' | 'batch' | 'embedded' | false
  /** Largest page the backend returns (Infinity when it has no maximum). */
  maxPageSize: number
  /** Default live-poll interval, chosen to stay within the backend's rate limits. */
  defaultPollIntervalMs: number
  /** Whether the list can be sorted ascending. */
  sortAsc: boolean
  /**
   * The backend numbers events in commit order (the `sequence` extension): the live stream asks
   * `afterSeq` and needs no lateness window. Absent means false (Studio, audit-log, infra).
   */
  sequence?: boolean
  /**
   * The backend pushes new events as Server-Sent Events (the `push` extension, with `sequence`):
   * the live stream keeps one connection open instead of polling. Absent means false.
   */
  push?: boolean
  /**
   * The list can start `offset` events into its order (`listEvents({ offset })`, offset paging):
   * a live stream without `sequence` then asks only past the events it already has instead of
   * re-reading its whole lateness window every poll. Absent means false.
   */
  offset?: boolean
}

/** State of event tracking on the backend. */
export type EventsState = 'enabled' | 'not-ready' | 'disabled'

/** The backend's event-tracking status, normalised. */
export type EventsStatus = {
  /** `enabled`: events can be shown; `not-ready`: configured but not working yet; `disabled`: not set up. */
  state: EventsState
  /** Events can be read now. */
  enabled: boolean
  /** Event tracking is set up on the backend. */
  configured: boolean
  /** The backend's event store is initialized (its table exists). */
  initialized: boolean
  /** The backend has an event provider (a store) to read from. */
  hasProvider: boolean
  /** The server's error message, when it gave one. */
  error?: string
  /** What this backend can do (adapter baseline merged with advertised extensions). */
  capabilities: AdapterCapabilities
  /** Raw capability names the backend advertised (empty on the baseline). */
  advertised: string[]
  /** Set by adapters that only see the signed-in user's own events (audit-log plugin). */
  selfOnly?: boolean
  /** Why events are unavailable, when the adapter can tell: the plugin is not installed at that base path. */
  reason?: 'not-installed'
  /**
   * Set when the status said enabled but an answer said otherwise (state is then `not-ready`):
   * `list`, a list answered `ready: false`; `counts`, the counts dropped to zero while events were
   * held (Studio after a restart). Cleared by itself once the backend answers normally.
   */
  notReadyReason?: 'list' | 'counts'
}

/** One page of events. */
export type EventPage = {
  /** Normalised events that match every filter, in the requested order. */
  events: AuthEvent[]
  /** Malformed events left out of this page. */
  skipped: SkippedEvent[]
  /** Raw events read from the backend for this page (before client-side filtering). */
  scanned: number
  /** Whether the backend has more after this page. */
  hasMore: boolean
  /** Opaque cursor for the next page; absent when there is none. */
  nextCursor?: string
  /** Total matching events when the backend knows it. */
  total?: number
  /** The backend stopped counting: more than this many match (`total` is then absent). */
  totalMoreThan?: number
  /** False when the backend's events table does not exist yet (Studio `ready: false`). */
  ready: boolean
  /** Filter fields that were applied in the client because the backend cannot do them. */
  clientFiltered: (keyof EventFilters)[]
  /** `sequence` backends: the highest committed seq, read before this page (poll `afterSeq` from it). */
  headSeq?: string
  /** `sequence` backends, `afterSeq` requests: the seq to send as `afterSeq` next time. */
  lastSeq?: string
  /** The server's clock when it answered (its `Date` header), when readable. */
  serverDate?: Date
}

/** What a set of counts covers. */
export type CountsScope = 'all-time' | 'window' | 'sample'

/** Counts per classification bucket. A bucket is null when the server only knows a total. */
export type EventCounts = {
  /** Every matching event. */
  total: number
  /** Events classified `success`; null when the server only knows the total. */
  success: number | null
  /** Events classified `failed`; null when the server only knows the total. */
  failed: number | null
  /** Events classified `warning`; null when the server only knows the total. */
  warning: number | null
  /** Events classified `info`; null when the server only knows the total. */
  info: number | null
  /** What the counts cover: all time, the filters' window, or a sample of recent events. */
  scope: CountsScope
  /**
   * `sequence` backends: the counts include every event up to this seq and none after it, so a
   * live event is added only when its `seq` is higher.
   */
  asOfSeq?: string
}

/** Counts per bucket for one category or one day. */
export type BucketCounts = {
  /** Every event counted. */
  total: number
  /** Events classified `success`. */
  success: number
  /** Events classified `failed`. */
  failed: number
  /** Events classified `warning`. */
  warning: number
  /** Events classified `info`. */
  info: number
}

/** One day of activity. */
export type ActivityDay = BucketCounts & {
  /** `YYYY-MM-DD` in the requested time zone. */
  date: string
  /** The same counts per category (categories without events are absent). */
  categories: Partial<Record<Category, BucketCounts>>
}
