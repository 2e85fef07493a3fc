/**
 * Runs an adapter's own parsing and normalisation on one recorded answer, with no HTTP and no
 * client: the quickest way to test how an adapter maps a backend's JSON.
 */
import type { AdapterListRequest, AdapterListResult, EventsAdapter } from '../adapter'
import { DEFAULT_PAGE_SIZE, DEFAULT_TIMEOUT_MS } from '../client'
import { normalizeFilters } from '../filters'
import { createTransport } from '../transport'
import type { EventsStatus } from '../types'
import { FIXTURE_ORIGIN, fixtureFetch, type FixtureAnswer } from './fixtureFetch'

/** The page request {@link normalizeListFixture} passes on; every field is optional. */
export type FixtureListRequest = Partial<Omit<AdapterListRequest, 'signal'>>

function transportFor(adapter: EventsAdapter, answer: FixtureAnswer) {
  return createTransport({
    baseUrl: FIXTURE_ORIGIN,
    basePath: adapter.basePath,
    // The empty key is a suffix of every path: whatever the adapter asks gets `answer`.
    fetch: fixtureFetch({ '': answer }),
    credentials: 'same-origin',
    timeoutMs: DEFAULT_TIMEOUT_MS,
  })
}

/**
 * `adapter.listEvents` with every request answered by `answer` (a JSON fixture or a `Response`).
 * Filters are normalised as the client would; capabilities default to the adapter's baseline.
 * Errors are the client's typed errors (`InvalidResponseError` for an answer that fails the schema).
 * @example
 * const page = await normalizeListFixture(studioAdapter(), JSON.parse(readFileSync('events.json', 'utf8')))
 * expect(page.events.flatMap(checkAuthEvent)).toEqual([])
 */
export function normalizeListFixture(
  adapter: EventsAdapter,
  answer: FixtureAnswer,
  request: FixtureListRequest = {},
): Promise<AdapterListResult> {
  return adapter.listEvents(transportFor(adapter, answer), {
    filters: normalizeFilters(request.filters ?? {}),
    limit: request.limit ?? DEFAULT_PAGE_SIZE,
    cursor: request.cursor,
    capabilities: request.capabilities ?? adapter.capabilities,
  })
}

/** `adapter.getStatus` with every request answered by `answer` (a JSON fixture or a `Response`). */
export function normalizeStatusFixture(adapter: EventsAdapter, answer: FixtureAnswer): Promise<EventsStatus> {
  return adapter.getStatus(transportFor(adapter, answer), {})
}
