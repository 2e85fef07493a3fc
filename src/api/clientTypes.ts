/** Public types of the events client (implementation in `client.ts`). */
import type { EventsAdapter } from './adapter'
import type {
  ActivityDay,
  AdapterCapabilities,
  EventCounts,
  EventFilters,
  EventPage,
  EventsStatus,
  GeoLocation,
} from './types'
import type { PushMessage } from './pushTypes'

/** Headers sent with every request: a value, or a function called per request (e.g. a fresh token). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>)

/** Options of {@link createEventsClient}. */
export type EventsClientOptions = {
  /** Origin of the backend, e.g. `https://admin.example.com`. @default '' (same origin) */
  baseUrl?: string
  /** How to speak the backend. @default studioAdapter() */
  adapter?: EventsAdapter
  /** The fetch implementation. @default globalThis.fetch */
  fetch?: typeof fetch
  /** Extra headers for every request. */
  headers?: HeadersOption
  /** Cookie policy. `same-origin` sends Studio's session cookie to the same origin; use `include` cross-origin. @default 'same-origin' */
  credentials?: RequestCredentials
  /** Per-request timeout. @default 15000 */
  timeoutMs?: number
  /** Cache namespace. @default `${adapter.id}:${baseUrl}${adapter.basePath}` */
  scope?: string
}

/** Per-call options. */
export type CallOptions = {
  /** Aborts the call (combined with the client's timeout). */
  signal?: AbortSignal
}

/** Parameters of `listEvents`. */
export type ListEventsParams = CallOptions & {
  /** Which events. @default {} */
  filters?: EventFilters
  /** Page size (capped to the backend's `maxPageSize`). @default 50 */
  limit?: number
  /** `nextCursor` of the previous page. */
  cursor?: string
  /**
   * Backends with `capabilities.offset`: the first page starts this many events into the order
   * (ignored with `cursor`, whose pages carry their own position, and elsewhere).
   */
  offset?: number
  /**
   * Backends with `capabilities.sequence`: events committed after this seq, oldest first
   * (`cursor` and `sort` are ignored). `'0'` means from the beginning.
   */
  afterSeq?: string
}

/** Parameters of `streamEvents`. */
export type StreamEventsParams = CallOptions & {
  /** Which events. @default {} */
  filters?: EventFilters
  /** Events committed after this seq (a `headSeq` or `lastSeq` the backend sent). */
  afterSeq: string
}

/** Parameters of `getActivity`. */
export type GetActivityParams = CallOptions & {
  /** Inclusive first day `YYYY-MM-DD`. */
  since: string
  /** Inclusive last day `YYYY-MM-DD`. */
  until: string
  /** IANA time zone the days are counted in. */
  timeZone: string
  /** Which events count. @default {} */
  filters?: EventFilters
}

/** A client for one backend. Framework-free; every method takes an `AbortSignal`. */
export type EventsClient = {
  /** Cache namespace (adapter id + base URL + base path, or the `scope` option). */
  readonly scope: string
  /** The `baseUrl` it was created with (`''`: same origin). */
  readonly baseUrl: string
  /** The adapter it speaks the backend with. */
  readonly adapter: EventsAdapter
  /** Event-tracking status. Also refreshes the cached capabilities. */
  getStatus(options?: CallOptions): Promise<EventsStatus>
  /** Capabilities: the adapter's baseline merged with what the status advertised (status asked once, then cached). */
  getCapabilities(options?: CallOptions): Promise<AdapterCapabilities>
  /** One page of events; filters the backend cannot do are applied to the page in the client (`clientFiltered`). */
  listEvents(params?: ListEventsParams): Promise<EventPage>
  /**
   * Opens the backend's push stream (`capabilities.push`): resolves once it answered, then yields
   * new matching events as they are committed (validated and normalised like a list page;
   * filters the backend cannot do applied here), heartbeats, and a last `close` when the server
   * ends it. Throws the transport's typed errors (`HttpError` on 401/403, `TimeoutError` when
   * the server falls silent, `InvalidResponseError` for bad bytes) and `UnsupportedError` when
   * the backend does not push. Abort `signal` to close it.
   */
  streamEvents(params: StreamEventsParams): Promise<AsyncIterable<PushMessage>>
  /** Counts from the backend. Throws `UnsupportedError` when it has no counts endpoint. */
  getCounts(params?: CallOptions & { filters?: EventFilters }): Promise<EventCounts>
  /** Per-day activity from the backend. Throws `UnsupportedError` without the `activity` capability. */
  getActivity(params: GetActivityParams): Promise<ActivityDay[]>
  /** Resolves one IP (null when unknown or never sent). */
  resolveGeo(ip: string, options?: CallOptions): Promise<GeoLocation | null>
  /** Resolves many IPs in as few requests as the backend allows. */
  resolveGeo(ips: string[], options?: CallOptions): Promise<Record<string, GeoLocation | null>>
}
