/** The `./server` entry: the reference server (framework-free), its stores and the event generator. */
export { createEventsHandler } from './handler'
export type { AuthorizeRequest, EventsHandler, EventsHandlerOptions, PushOptions } from './handler'
export { createMemoryStore } from './memoryStore'
export type { MemoryEventStore, MemoryStoreOptions } from './memoryStore'
export type {
  EventStore,
  StoreActivityQuery,
  StoreCountQuery,
  StoreFilters,
  StoreListQuery,
  StoreListResult,
} from './store'
export type { StoredEvent, StudioWireDisplay, StudioWireEvent } from './wire'
export { fromWireEvent, prepareStoredEvent, toWireEvent } from './convert'
export { decodeCursor, encodeCursor } from './cursor'
export type { EventCursor } from './cursor'
export { STUDIO_EXTENSIONS, isStudioExtension } from './extensions'
export { createStudioQuirks, isStudioQuirksControl } from './quirks/studioQuirks'
export type { StudioQuirksControl, StudioQuirksOptions, StudioQuirksPhase } from './quirks/studioQuirks'
export { studioSignInPair } from './quirks/studioEvents'
export type { StudioSignInPairOptions } from './quirks/studioEvents'
export type { StudioExtension } from './extensions'
export { SAMPLE_GEO_RANGES, lookupSampleLocation, sampleGeoResolver } from './geo/sampleGeo'
export type { GeoResolver, SampleGeoRange } from './geo/sampleGeo'
export { toWireLocation } from './routes/geo'
export type { StudioWireLocation } from './routes/geo'
export { createEventStream, generateEvents } from './generator'
export type { EventStream, EventStreamOptions, GenerateEventsOptions } from './generator'

// SQL stores (PGlite and PostgreSQL are optional peers, imported lazily)
export { createSqlStore } from './sql/sqlStore'
export type { SqlEventStore, SqlStoreOptions } from './sql/sqlStore'
export type { SqlClient } from './sql/sqlClient'
export { createPgliteStore } from './sql/pgliteStore'
export type { PgliteStoreOptions } from './sql/pgliteStore'
export { createPostgresStore } from './sql/postgresStore'
export type { PgPoolLike, PostgresStoreOptions } from './sql/postgresStore'

// Ingestion
export { createEventIngestion } from './ingestion/createEventIngestion'
export { REDACTED } from './ingestion/buildStoredEvent'
export type {
  EmitData,
  EmitRequest,
  EventIngestion,
  EventIngestionOptions,
  IngestionHealth,
  TypeMatcher,
} from './ingestion/types'

// Geo and mounting
export { cachedGeoResolver } from './geo/cachedGeoResolver'
export type { CachedGeoResolverOptions } from './geo/cachedGeoResolver'
export { toExpressMiddleware, toNodeListener, toRequest, writeResponse } from './adapters/node'
export type { FetchHandler, NodeListenerOptions } from './adapters/node'

// Doubles of the Better Auth audit-log and infra plugins (for tests, stories and demos)
export { createAuditLogDouble } from './doubles/auditLogDouble'
export type { AuditLogDoubleOptions, PluginDouble } from './doubles/auditLogDouble'
export { createInfraDouble } from './doubles/infraDouble'
export type { InfraDoubleMembership, InfraDoubleOptions } from './doubles/infraDouble'
export { generateAuditLogEntries } from './doubles/generateAuditLogEntries'
export type { GenerateAuditLogEntriesOptions } from './doubles/generateAuditLogEntries'
export { generateInfraEvents } from './doubles/generateInfraEvents'
export type { GenerateInfraEventsOptions, GeneratedOrganization } from './doubles/generateInfraEvents'
export type { RateLimitOptions } from './doubles/fixedWindowLimiter'
