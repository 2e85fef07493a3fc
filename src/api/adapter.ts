/**
 * The adapter contract: how a backend's API is spoken. The client owns transport (URL building,
 * fetch, headers, credentials, timeouts, abort, typed errors); an adapter owns paths, query
 * parameters, answer schemas and normalisation. `defineAdapter` is how anyone writes one.
 */
import type * as v from 'valibot'
import type {
  ActivityDay,
  AdapterCapabilities,
  AuthEvent,
  EventCounts,
  EventFilters,
  EventsStatus,
  GeoLocation,
  SkippedEvent,
} from './types'
import type { AdapterPushStream, AdapterStreamRequest } from './pushTypes'

/** Query-string values; `undefined` entries are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>

/** One request made through the client's transport. */
export type TransportRequest = {
  /** Path below the adapter's `basePath`, e.g. `/api/events`. */
  path: string
  /** HTTP method. @default 'GET' */
  method?: 'GET' | 'POST'
  /** Query-string parameters. */
  query?: QueryParams
  /** JSON body (sent with `content-type: application/json`). */
  body?: unknown
  /** Aborts the request (the caller's signal, combined with the client's timeout). */
  signal?: AbortSignal
}

/** A successful (2xx) JSON answer. */
export type TransportResponse = {
  /** The parsed JSON body. */
  data: unknown
  /** HTTP status (2xx). */
  status: number
  /** The response headers. */
  headers: Headers
  /** The URL that answered (after redirects). */
  url: string
}

/** A 2xx streaming answer (Server-Sent Events): the body is read by the caller. */
export type TransportStream = {
  /** The answer's body, not yet read. */
  body: ReadableStream<Uint8Array>
  /** HTTP status (2xx). */
  status: number
  /** The response headers. */
  headers: Headers
  /** The URL that answered (after redirects). */
  url: string
}

/** What the client hands an adapter for each call. */
export type Transport = {
  /** Sends a request; resolves with 2xx JSON, throws a typed error otherwise. */
  request(request: TransportRequest): Promise<TransportResponse>
  /**
   * Opens a streaming request (`accept: text/event-stream`) with the same headers, credentials,
   * abort and typed errors as `request`; the timeout covers the wait for the answer's headers.
   * Resolves once a 2xx event stream answered; throws `HttpError`/`RateLimitError` otherwise and
   * `InvalidResponseError` when the answer is not an event stream (e.g. a proxy's page).
   */
  open?(request: TransportRequest): Promise<TransportStream>
  /** Validates `data` against a valibot schema; throws `InvalidResponseError` naming the fields. */
  validate<const TSchema extends v.GenericSchema>(
    schema: TSchema,
    data: unknown,
    url: string,
  ): v.InferOutput<TSchema>
}

/** One page request as the adapter receives it. */
export type AdapterListRequest = {
  /** The full filters. The adapter sends what its backend can do and reports it in `applied`. */
  filters: EventFilters
  /** Events wanted in this page (already capped to `maxPageSize` by the client). */
  limit: number
  /** The adapter's own opaque cursor from the previous page. */
  cursor?: string
  /** Backends with `capabilities.offset`, without `cursor`: start this many events into the order. */
  offset?: number
  /** `sequence` backends only: events with a seq above this, ascending (cursor and sort ignored). */
  afterSeq?: string
  /** What the backend can do (baseline merged with what it advertised). */
  capabilities: AdapterCapabilities
  /** Aborts the request. */
  signal?: AbortSignal
}

/** One page as the adapter returns it: normalised, filtered only by the server. */
export type AdapterListResult = {
  /** The page's events, normalised. */
  events: AuthEvent[]
  /** Malformed events left out of the page. */
  skipped: SkippedEvent[]
  /** Raw events in the backend's answer (valid or not). */
  scanned: number
  /** Whether the backend has more after this page. */
  hasMore: boolean
  /** The adapter's opaque cursor for the next page; absent when there is none. */
  nextCursor?: string
  /** Total matching events, when the backend knows it. */
  total?: number
  /** The backend stopped counting: more than this many match (`total` is then absent). */
  totalMoreThan?: number
  /** False when the backend says its store is not ready (Studio `ready: false`). */
  ready: boolean
  /** Filter fields the server applied; the client applies the rest. */
  applied: (keyof EventFilters)[]
  /** `sequence` backends: the highest committed seq before the page was read. */
  headSeq?: string
  /** `sequence` backends, `afterSeq` requests: the seq to continue after. */
  lastSeq?: string
  /** The server's clock when it answered (its `Date` header), when readable. */
  serverDate?: Date
}

/** Counts request. */
export type AdapterCountsRequest = {
  /** The filters to count. */
  filters: EventFilters
  /** What the backend can do (baseline merged with what it advertised). */
  capabilities: AdapterCapabilities
  /** Aborts the request. */
  signal?: AbortSignal
}

/** Activity request (only called when `capabilities.activity`). */
export type AdapterActivityRequest = {
  /** Inclusive first day, `YYYY-MM-DD` in `timeZone`. */
  since: string
  /** Inclusive last day, `YYYY-MM-DD` in `timeZone`. */
  until: string
  /** IANA time zone. */
  timeZone: string
  /** The filters to aggregate. */
  filters: EventFilters
  /** What the backend can do (baseline merged with what it advertised). */
  capabilities: AdapterCapabilities
  /** Aborts the request. */
  signal?: AbortSignal
}

/** An adapter: what the client needs to speak one backend. */
export type EventsAdapter = {
  /** Short id, part of `client.scope` (`studio`, `audit-log`, `infra`, …). */
  id: string
  /** Path prefix of the backend's API below the client's `baseUrl`. */
  basePath: string
  /** What the backend can do before it advertises anything. */
  capabilities: AdapterCapabilities
  /** Event-tracking status (and advertised capabilities). */
  getStatus(transport: Transport, options: { signal?: AbortSignal }): Promise<EventsStatus>
  /** One page of events. */
  listEvents(transport: Transport, request: AdapterListRequest): Promise<AdapterListResult>
  /** Counts; absent when the backend has none (`capabilities.counts === false`). */
  getCounts?(transport: Transport, request: AdapterCountsRequest): Promise<EventCounts>
  /** Per-day activity; absent when the backend has none. */
  getActivity?(transport: Transport, request: AdapterActivityRequest): Promise<ActivityDay[]>
  /**
   * Opens the backend's push stream (only called when `capabilities.push`). Resolves once the
   * backend accepted it; absent when the backend has none.
   */
  streamEvents?(transport: Transport, request: AdapterStreamRequest): Promise<AdapterPushStream>
  /** Resolves IPs (only public ones are passed). Missing or unknown → null. */
  resolveGeo?(
    transport: Transport,
    ips: string[],
    options: { capabilities: AdapterCapabilities; signal?: AbortSignal },
  ): Promise<Record<string, GeoLocation | null>>
}

/**
 * Declares an adapter for any API. Identity function that checks the shape at compile time.
 * @example
 * const myAdapter = defineAdapter({ id: 'mine', basePath: '/admin', capabilities, getStatus, listEvents })
 */
export function defineAdapter<const T extends EventsAdapter>(adapter: T): T {
  return adapter
}
