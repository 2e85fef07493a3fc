/**
 * `createEventsClient`: a typed, framework-free client for one events backend. It owns the
 * transport and the status-first rule; the adapter owns the backend's dialect.
 */
import { studioAdapter } from './adapters/studio/studioAdapter'
import type { CallOptions, EventsClient, EventsClientOptions, ListEventsParams } from './clientTypes'
import { UnsupportedError } from './errors'
import { isEmptyFilters, matchesFilters, normalizeFilters } from './filters'
import { firstForwardedIp, isResolvableIp } from './ip'
import { createTransport } from './transport'
import type { AdapterCapabilities, EventFilters, EventPage, GeoLocation } from './types'

/** Default page size of `listEvents`. */
export const DEFAULT_PAGE_SIZE = 50
/** Default per-request timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000

/**
 * Creates a client for one backend.
 * @example
 * const client = createEventsClient() // Studio at /api/studio on the same origin
 * const page = await client.listEvents({ filters: { severities: ['failed'] } })
 */
export function createEventsClient(options: EventsClientOptions = {}): EventsClient {
  const adapter = options.adapter ?? studioAdapter()
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '')
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const transport = createTransport({
    baseUrl,
    basePath: adapter.basePath,
    fetch: fetchImpl,
    headers: options.headers,
    credentials: options.credentials ?? 'same-origin',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  })
  const scope = options.scope ?? `${adapter.id}:${baseUrl}${adapter.basePath}`

  // Studio only initialises ingestion from its status route, so the status is asked first, once.
  let capabilities: Promise<AdapterCapabilities> | undefined

  const getStatus = async ({ signal }: CallOptions = {}) => {
    const status = await adapter.getStatus(transport, { signal })
    capabilities = Promise.resolve(status.capabilities)
    return status
  }

  const getCapabilities = ({ signal }: CallOptions = {}) => {
    if (!capabilities) {
      const pending = adapter.getStatus(transport, { signal }).then((status) => status.capabilities)
      capabilities = pending
      // A failed status is not cached: the next call asks again.
      pending.catch(() => {
        if (capabilities === pending) capabilities = undefined
      })
    }
    return capabilities
  }

  const listEvents = async ({
    filters = {},
    limit,
    cursor,
    offset,
    afterSeq,
    signal,
  }: ListEventsParams = {}): Promise<EventPage> => {
    const caps = await getCapabilities({ signal })
    const normalized = normalizeFilters(filters)
    const pageSize = Math.max(1, Math.min(limit ?? DEFAULT_PAGE_SIZE, caps.maxPageSize))
    const page = await adapter.listEvents(transport, {
      filters: normalized,
      limit: pageSize,
      cursor,
      offset:
        caps.offset && cursor === undefined && offset !== undefined && offset > 0
          ? Math.floor(offset)
          : undefined,
      afterSeq: caps.sequence ? afterSeq : undefined,
      capabilities: caps,
      signal,
    })
    const clientFiltered = filterFields(normalized).filter((field) => !page.applied.includes(field))
    const events = clientFiltered.length
      ? page.events.filter((event) => matchesFilters(event, normalized, clientFiltered))
      : page.events
    return {
      events,
      skipped: page.skipped,
      scanned: page.scanned,
      hasMore: page.hasMore,
      nextCursor: page.nextCursor,
      // A server total only describes what the server filtered.
      total: clientFiltered.length ? undefined : page.total,
      ...(clientFiltered.length || page.totalMoreThan === undefined
        ? {}
        : { totalMoreThan: page.totalMoreThan }),
      ready: page.ready,
      clientFiltered,
      ...(page.headSeq === undefined ? {} : { headSeq: page.headSeq }),
      ...(page.lastSeq === undefined ? {} : { lastSeq: page.lastSeq }),
      ...(page.serverDate === undefined ? {} : { serverDate: page.serverDate }),
    }
  }

  const streamEvents: EventsClient['streamEvents'] = async ({ filters = {}, afterSeq, signal }) => {
    const caps = await getCapabilities({ signal })
    if (!adapter.streamEvents || !caps.push) throw new UnsupportedError('push', adapter.id)
    const normalized = normalizeFilters(filters)
    const stream = await adapter.streamEvents(transport, {
      filters: normalized,
      afterSeq,
      capabilities: caps,
      signal,
    })
    const clientFiltered = filterFields(normalized).filter((field) => !stream.applied.includes(field))
    if (!clientFiltered.length) return stream.messages
    return (async function* () {
      for await (const message of stream.messages) {
        yield message.type === 'events'
          ? {
              ...message,
              events: message.events.filter((e) => matchesFilters(e, normalized, clientFiltered)),
            }
          : message
      }
    })()
  }

  const getCounts = async ({ filters = {}, signal }: CallOptions & { filters?: EventFilters } = {}) => {
    const caps = await getCapabilities({ signal })
    const normalized = normalizeFilters(filters)
    if (!adapter.getCounts || caps.counts === false) throw new UnsupportedError('counts', adapter.id)
    const { userId: _userId, sort: _sort, ...rest } = normalized
    if (normalized.ipAddress) throw new UnsupportedError('counts for an IP address', adapter.id)
    if (caps.counts === 'all-time' && !isEmptyFilters(rest)) {
      throw new UnsupportedError('counts for a window or filter', adapter.id)
    }
    return adapter.getCounts(transport, { filters: normalized, capabilities: caps, signal })
  }

  const getActivity: EventsClient['getActivity'] = async ({ filters = {}, signal, ...range }) => {
    const caps = await getCapabilities({ signal })
    if (!adapter.getActivity || !caps.activity) throw new UnsupportedError('activity', adapter.id)
    // Backends cannot filter by IP: an answer would silently count every address.
    if (filters.ipAddress?.trim()) throw new UnsupportedError('activity for an IP address', adapter.id)
    return adapter.getActivity(transport, {
      ...range,
      filters: normalizeFilters(filters),
      capabilities: caps,
      signal,
    })
  }

  async function resolveMany(ips: string[], { signal }: CallOptions = {}) {
    const result: Record<string, GeoLocation | null> = {}
    const toSend = new Map<string, string>() // client address -> as given
    for (const given of ips) {
      const ip = firstForwardedIp(given)
      if (ip && isResolvableIp(ip)) toSend.set(ip, given)
      else result[given] = null
    }
    if (!toSend.size) return result
    const caps = await getCapabilities({ signal })
    if (!adapter.resolveGeo || caps.geo === false || caps.geo === 'embedded') {
      throw new UnsupportedError('geo look-ups', adapter.id)
    }
    const answer = await adapter.resolveGeo(transport, [...toSend.keys()], { capabilities: caps, signal })
    for (const [ip, given] of toSend) result[given] = answer[ip] ?? null
    return result
  }

  function resolveGeo(ip: string, options?: CallOptions): Promise<GeoLocation | null>
  function resolveGeo(ips: string[], options?: CallOptions): Promise<Record<string, GeoLocation | null>>
  async function resolveGeo(input: string | string[], options?: CallOptions) {
    if (Array.isArray(input)) return resolveMany(input, options)
    const result = await resolveMany([input], options)
    return result[input] ?? null
  }

  return {
    scope,
    baseUrl,
    adapter,
    getStatus,
    getCapabilities,
    listEvents,
    streamEvents,
    getCounts,
    getActivity,
    resolveGeo,
  }
}

/** The filter fields that actually constrain which events match. */
function filterFields(filters: EventFilters): (keyof EventFilters)[] {
  return (Object.keys(filters) as (keyof EventFilters)[]).filter(
    (key) => key !== 'sort' && filters[key] !== undefined,
  )
}
