/**
 * `react-auth-events/api`: the framework-free client. No React, no 'use client': usable in a
 * Server Component, a route handler, a script or a test.
 */

// The client
export { createEventsClient, DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT_MS } from './client'
export type {
  CallOptions,
  EventsClient,
  EventsClientOptions,
  GetActivityParams,
  HeadersOption,
  ListEventsParams,
  StreamEventsParams,
} from './clientTypes'
export type { AdapterPushStream, AdapterStreamRequest, PushMessage } from './pushTypes'

// Adapters
export { defineAdapter } from './adapter'
export type {
  AdapterActivityRequest,
  AdapterCountsRequest,
  AdapterListRequest,
  AdapterListResult,
  EventsAdapter,
  QueryParams,
  Transport,
  TransportRequest,
  TransportResponse,
  TransportStream,
} from './adapter'
export { studioAdapter, toLocation } from './adapters/studio/studioAdapter'
export type { StudioAdapterOptions } from './adapters/studio/studioAdapter'
export {
  STUDIO_BASELINE_CAPABILITIES,
  STUDIO_EXTENSIONS,
  mergeAdvertised,
} from './adapters/studio/capabilities'
export { normalizeStudioEvent, normalizeStudioEvents } from './adapters/studio/normalizeStudioEvent'
export { auditLogAdapter } from './adapters/auditLog/auditLogAdapter'
export type { AuditLogAdapterOptions } from './adapters/auditLog/auditLogAdapter'
export { AUDIT_LOG_CAPABILITIES } from './adapters/auditLog/capabilities'
export type { AuditLogEntry, AuditLogListAnswer, AuditLogSeverityLevel } from './adapters/auditLog/wire'
export { infraAdapter } from './adapters/infra/infraAdapter'
export type { InfraAdapterOptions, InfraScope } from './adapters/infra/infraAdapter'
export { INFRA_CAPABILITIES } from './adapters/infra/capabilities'
export { stableInfraEventId } from './adapters/infra/stableEventId'
export type {
  InfraAuditLogsAnswer,
  InfraEvent,
  InfraEventTypesAnswer,
  InfraLocation,
} from './adapters/infra/wire'

// The model
export { CATEGORIES, SEVERITIES } from './types'
export type {
  ActivityDay,
  AdapterCapabilities,
  AuthEvent,
  BucketCounts,
  Category,
  CountsScope,
  EventCounts,
  EventFilters,
  EventPage,
  EventsState,
  EventsStatus,
  EventStatus,
  FilterCapabilities,
  GeoLocation,
  Severity,
  SkippedEvent,
  SortOrder,
} from './types'

// Errors
export {
  AbortError,
  EventsApiError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnsupportedError,
  isAbortError,
  isEventsApiError,
  isHttpError,
  isInvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedError,
  parseRetryAfter,
} from './errors'
export type { EventsError, HttpErrorKind, ValidationIssue } from './errors'

// The catalogue and the one classification
export {
  EVENT_TYPES,
  ICON_KEYS,
  categoryIcon,
  categoryLabel,
  getEventTypeInfo,
  typesForCategories,
} from './catalogue/catalogue'
export type { EventBackend, EventTypeInfo, IconKey } from './catalogue/catalogue'
export { auditLogSeverity, classifyEvent, parseSeverity } from './classify'
export type { ClassifyInput } from './classify'
export { fillTemplate, formatEventMessage } from './message'

// Filters
export {
  filtersFromSearchParams,
  filtersToSearchParams,
  isEmptyFilters,
  matchesFilters,
  normalizeFilters,
} from './filters'
export { canSendCategoriesOnWire, filtersToWireParams } from './filterWire'

// Secrets, addresses, dates, aggregation
export { MASK, countSecrets, isSecretKey, maskSecrets } from './mask'
export { countryFlag, firstForwardedIp, isResolvableIp } from './ip'
export { addDays, browserTimeZone, dayOfWeek, dayRange, dayStart, gridRange, toDayKey } from './dates'
export type { GridRange, GridRangeOptions } from './dates'
export {
  addToBuckets,
  aggregateActivity,
  countBySeverity,
  emptyActivityDay,
  emptyBuckets,
  mergeActivity,
} from './aggregate'

// Geo look-ups (cached and batched) and client-side scans
export { createGeoResolver, getGeoResolver } from './geoResolver'
export type { GeoListener, GeoResolver, GeoResolverOptions } from './geoResolver'
export { ACTIVITY_SCAN_LIMIT, MAX_HELD_EVENTS, SCAN_LIMIT } from './scan'

// Testing an adapter (framework-free conformance kit)
export { verifyAdapter, VERIFY_MAX_PAGES, VERIFY_PAGE_SIZE } from './testing/verifyAdapter'
export type { AdapterReport, VerifyAdapterOptions } from './testing/verifyAdapter'
export { expectAdapterConformance } from './testing/expectAdapterConformance'
export type { ExpectAdapterConformanceOptions } from './testing/expectAdapterConformance'
export { checkAuthEvent } from './testing/checkAuthEvent'
export { checkCapabilities, MIN_POLL_INTERVAL_MS } from './testing/checkCapabilities'
export { checkEventsStatus } from './testing/checkEventsStatus'
export { checkCounts } from './testing/checkCounts'
export { fixtureFetch, FIXTURE_ORIGIN } from './testing/fixtureFetch'
export type { FixtureAnswer, FixtureFetch } from './testing/fixtureFetch'
export { normalizeListFixture, normalizeStatusFixture } from './testing/normalizeFixture'
export type { FixtureListRequest } from './testing/normalizeFixture'
