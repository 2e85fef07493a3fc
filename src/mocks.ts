/**
 * The `./mocks` entry: everything a browser (or a test, a story, a demo) needs to run without a
 * backend, and nothing that needs Node: the msw handlers of Studio and the two Better Auth
 * plugins, the event generators, the plugin doubles, the memory store and Studio's quirks.
 *
 * `./server` also exports the generator, but with the SQL stores and the `node:http` adapter:
 * importing it in a browser made Vite externalise `node:fs/promises` and needed `@types/node`.
 * scripts/check-package.mjs bundles this entry for the browser and fails on any Node built-in.
 * msw is an optional peer: install it to use the handlers.
 */

// msw handlers (the only part that imports msw)
export { createAuditLogHandlers, createInfraHandlers, createStudioHandlers, studioCapabilities } from './msw'
export type { StudioHandlersOptions } from './msw'

// Studio's quirks (restart phases, same-millisecond sign-in pairs), for the handlers or the server
export { createStudioQuirks, isStudioQuirksControl } from './server/quirks/studioQuirks'
export type {
  StudioQuirksControl,
  StudioQuirksOptions,
  StudioQuirksPhase,
} from './server/quirks/studioQuirks'
export { studioSignInPair } from './server/quirks/studioEvents'
export type { StudioSignInPairOptions } from './server/quirks/studioEvents'

// Events to serve
export { createEventStream, generateEvents } from './server/generator'
export type { EventStream, EventStreamOptions, GenerateEventsOptions } from './server/generator'
export { generateAuditLogEntries } from './server/doubles/generateAuditLogEntries'
export type { GenerateAuditLogEntriesOptions } from './server/doubles/generateAuditLogEntries'
export { generateInfraEvents } from './server/doubles/generateInfraEvents'
export type { GenerateInfraEventsOptions, GeneratedOrganization } from './server/doubles/generateInfraEvents'

// Where they are kept, and the framework-free handler (a `Request` in, a `Response` out)
export { createMemoryStore } from './server/memoryStore'
export type { MemoryEventStore, MemoryStoreOptions } from './server/memoryStore'
export { fromWireEvent, toWireEvent } from './server/convert'
export type { StoredEvent, StudioWireEvent } from './server/wire'
export type { EventStore } from './server/store'
export { createEventsHandler } from './server/handler'
export type { AuthorizeRequest, EventsHandler, EventsHandlerOptions } from './server/handler'
export { STUDIO_EXTENSIONS } from './server/extensions'
export type { StudioExtension } from './server/extensions'

// Doubles of the Better Auth audit-log and infra plugins
export { createAuditLogDouble } from './server/doubles/auditLogDouble'
export type { AuditLogDoubleOptions, PluginDouble } from './server/doubles/auditLogDouble'
export { createInfraDouble } from './server/doubles/infraDouble'
export type { InfraDoubleMembership, InfraDoubleOptions } from './server/doubles/infraDouble'
export type { RateLimitOptions } from './server/doubles/fixedWindowLimiter'
