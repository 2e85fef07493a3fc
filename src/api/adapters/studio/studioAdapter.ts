/**
 * The default adapter: Better Auth Studio's events API (CONTRACT section 2), using the
 * section 3 extensions whenever the status answer advertises them.
 */
import { defineAdapter, type EventsAdapter, type Transport } from '../../adapter'
import { UnsupportedError, isHttpError } from '../../errors'
import { canSendCategoriesOnWire, filtersToWireParams } from '../../filterWire'
import type { ActivityDay, EventCounts, EventFilters, EventsStatus, GeoLocation } from '../../types'
import { STUDIO_BASELINE_CAPABILITIES, mergeAdvertised } from './capabilities'
import { buildStudioListQuery, encodeCursor, decodeCursor } from './listQuery'
import { normalizeStudioEvents } from './normalizeStudioEvent'
import { openStudioPush } from './studioPush'
import { createStudioSignIn, type StudioSignIn } from './studioSignIn'
import {
  studioActivitySchema,
  studioCountsSchema,
  studioEventsPageSchema,
  studioGeoBatchSchema,
  studioGeoSchema,
  studioStatusSchema,
  type WireLocation,
} from './schemas'

/** Options of {@link studioAdapter}. */
export type StudioAdapterOptions = {
  /** Studio's base path. @default '/api/studio' */
  basePath?: string
  /**
   * Sign in to Studio from the app's session. With `'better-auth'`, a 401 makes the adapter call
   * Studio's `POST {basePath}/api/auth/verify` once, which turns the signed-in Better Auth admin's
   * session into Studio's own cookie (`better_auth_studio_session`), then retry the request once.
   * A refused verify is not tried again for 30 s. `false`: a 401 is reported as is.
   *
   * On by default because it is safe: it runs only after Studio refused a request, goes only to
   * the Studio base the client already talks to, sends no data of its own (an empty JSON body)
   * with the same credentials policy as every other request (`same-origin` by default, so the
   * browser attaches the app's cookies only on the same origin), and Studio decides with the
   * session the browser already holds: it grants nothing a non-admin could not already get.
   * Turn it off when Studio sits behind another sign-in you want the user to see.
   * @default 'better-auth'
   */
  signIn?: StudioSignIn
}

/** Speaks Better Auth Studio's API (and the reference server's extended API at the same paths). */
export function studioAdapter({
  basePath = '/api/studio',
  signIn = 'better-auth',
}: StudioAdapterOptions = {}): EventsAdapter {
  const withSignIn = signIn === 'better-auth' ? createStudioSignIn() : (transport: Transport) => transport
  const adapter = studioApi(basePath)
  return defineAdapter({
    ...adapter,
    getStatus: (transport, options) => adapter.getStatus(withSignIn(transport), options),
    listEvents: (transport, request) => adapter.listEvents(withSignIn(transport), request),
    getCounts: (transport, request) => adapter.getCounts(withSignIn(transport), request),
    getActivity: (transport, request) => adapter.getActivity(withSignIn(transport), request),
    resolveGeo: (transport, ips, options) => adapter.resolveGeo(withSignIn(transport), ips, options),
    streamEvents: (transport, request) => adapter.streamEvents(withSignIn(transport), request),
  })
}

/** The Studio API itself, without sign-in. */
function studioApi(basePath: string) {
  return defineAdapter({
    id: 'studio',
    basePath,
    capabilities: STUDIO_BASELINE_CAPABILITIES,

    async getStatus(transport, { signal }): Promise<EventsStatus> {
      const res = await transport.request({ path: '/api/events/status', signal })
      const status = transport.validate(studioStatusSchema, res.data, res.url)
      const advertised = status.capabilities ?? []
      const enabled = status.enabled
      const configured = status.configured ?? enabled
      return {
        state: enabled ? 'enabled' : configured ? 'not-ready' : 'disabled',
        enabled,
        configured,
        initialized: status.initialized ?? enabled,
        hasProvider: status.hasProvider ?? enabled,
        error: status.error ?? undefined,
        capabilities: mergeAdvertised(STUDIO_BASELINE_CAPABILITIES, advertised, status.maxPageSize),
        advertised,
      }
    },

    async listEvents(transport, { filters, limit, cursor, offset, afterSeq, capabilities, signal }) {
      const { query, applied } = buildStudioListQuery(filters, capabilities, limit, cursor, offset)
      if (afterSeq !== undefined && capabilities.sequence) {
        // `afterSeq` replaces paging and order (the `sequence` extension).
        Object.assign(query, { afterSeq, offset: undefined, cursor: undefined, sort: undefined })
      }
      const res = await transport.request({ path: '/api/events', query, signal })
      const page = transport.validate(studioEventsPageSchema, res.data, res.url)
      const { events, skipped } = normalizeStudioEvents(page.events)
      const ready = page.ready !== false
      // Backends without `hasMore` have more while a page comes back full.
      let hasMore = page.hasMore ?? page.events.length >= limit
      // The baseline cannot bound a range from above: an ascending scan stops once it passes `until`.
      const last = events.at(-1)
      if (filters.sort === 'asc' && filters.until && !applied.includes('until') && last) {
        if (last.timestamp >= filters.until) hasMore = false
      }
      let nextCursor: string | undefined
      if (hasMore && ready) {
        nextCursor =
          capabilities.cursor && page.nextCursor
            ? encodeCursor('keyset', page.nextCursor)
            : encodeCursor('offset', (decodeCursor(cursor).offset ?? offset ?? 0) + page.events.length)
      }
      return {
        events,
        skipped,
        scanned: page.events.length,
        hasMore: hasMore && ready,
        nextCursor,
        total: page.total ?? undefined,
        ...(page.total == null && page.totalMoreThan !== undefined
          ? { totalMoreThan: page.totalMoreThan }
          : {}),
        ready,
        applied,
        headSeq: page.headSeq,
        lastSeq: page.lastSeq,
        serverDate: readServerDate(res.headers),
      }
    },

    async getCounts(transport, { filters, capabilities, signal }): Promise<EventCounts> {
      const windowed = capabilities.counts === 'window'
      // Counts must cover exactly what the list shows: a category without wire types cannot be counted here.
      if (windowed) assertCategoriesOnWire(filters.categories, 'counts')
      const query = windowed ? filtersToWireParams(filters) : { userId: filters.userId }
      const res = await transport.request({ path: '/api/events/count', query, signal })
      const counts = transport.validate(studioCountsSchema, res.data, res.url)
      return {
        total: counts.total,
        success: counts.success ?? null,
        failed: counts.failed ?? null,
        warning: counts.warning ?? null,
        info: counts.info ?? null,
        scope: windowed ? 'window' : 'all-time',
        ...(counts.asOfSeq === undefined ? {} : { asOfSeq: counts.asOfSeq }),
      }
    },

    async getActivity(transport, { since, until, timeZone, filters, signal }): Promise<ActivityDay[]> {
      assertCategoriesOnWire(filters.categories, 'activity')
      const { since: _since, until: _until, sort: _sort, ...rest } = filtersToWireParams(filters)
      const res = await transport.request({
        path: '/api/events/activity',
        query: { ...rest, since, until, tz: timeZone },
        signal,
      })
      const answer = transport.validate(studioActivitySchema, res.data, res.url)
      return answer.days.map((day) => ({ ...day, categories: day.categories ?? {} }))
    },

    streamEvents: openStudioPush,

    async resolveGeo(transport, ips, { capabilities, signal }) {
      const result: Record<string, GeoLocation | null> = {}
      if (capabilities.geo === 'batch') {
        const res = await transport.request({
          path: '/api/geo/resolve',
          method: 'POST',
          body: { ipAddresses: ips },
          signal,
        })
        const answer = transport.validate(studioGeoBatchSchema, res.data, res.url)
        for (const ip of ips) result[ip] = toLocation(answer.locations[ip])
        return result
      }
      for (const ip of ips) {
        try {
          const res = await transport.request({
            path: '/api/geo/resolve',
            method: 'POST',
            body: { ipAddress: ip },
            signal,
          })
          result[ip] = toLocation(transport.validate(studioGeoSchema, res.data, res.url).location)
        } catch (error) {
          // 404 is Studio's "nothing known"; 400 is an address it cannot read. Neither is a failure.
          if (isHttpError(error) && (error.status === 404 || error.status === 400)) result[ip] = null
          else throw error
        }
      }
      return result
    },
  })
}

/** The server's `Date` header (cross-origin answers hide it unless exposed). */
function readServerDate(headers: Headers): Date | undefined {
  const value = headers.get('date')
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? undefined : new Date(time)
}

function assertCategoriesOnWire(categories: EventFilters['categories'], feature: string) {
  if (categories?.length && !canSendCategoriesOnWire(categories)) {
    throw new UnsupportedError(`${feature} for the categories ${categories.join(', ')}`, 'studio')
  }
}

/** Studio fills unknown parts with "Unknown" (countryCode ""): those become absent; all unknown → null. */
export function toLocation(wire: WireLocation | null | undefined): GeoLocation | null {
  if (!wire) return null
  const known = (value: string | null | undefined) => {
    const text = value?.trim()
    return text && text.toLowerCase() !== 'unknown' ? text : undefined
  }
  const location: GeoLocation = {}
  const country = known(wire.country)
  const countryCode = known(wire.countryCode)?.toUpperCase()
  const city = known(wire.city)
  const region = known(wire.region)
  if (country) location.country = country
  if (countryCode) location.countryCode = countryCode
  if (city) location.city = city
  if (region) location.region = region
  return Object.keys(location).length ? location : null
}
