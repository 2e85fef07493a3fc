/** `GET {base}/api/events`: one page of events. */
import { readListQuery, readStudioListQuery } from '../http/params'
import { ParamError } from '../http/paramValues'
import { json } from '../http/responses'
import { toWireEvent } from '../convert'
import type { Route, RouteContext } from './context'
import { guard } from './guard'

/** Studio's answer while the events table does not exist (note: no `nextCursor` key). */
const NOT_READY = { events: [], hasMore: false, total: 0, ready: false }
/** Studio's PostgreSQL provider over a missing table: an empty page, no `ready` key. */
const MISSING_TABLE = { events: [], hasMore: false, nextCursor: null, total: null }

/** Whether the `sequence` extension is on and the store keeps one. */
export function sequenceOn(context: RouteContext): boolean {
  return context.extensions.has('sequence') && typeof context.store.headSeq === 'function'
}

export const listEventsRoute: Route = (_request, url, context) =>
  guard(context, 'Failed to fetch events', async () => {
    const sequence = sequenceOn(context)
    const query = context.quirks
      ? readStudioListQuery(url.searchParams)
      : readListQuery(url.searchParams, {
          filters: context.extensions.has('filters'),
          cursor: context.extensions.has('cursor'),
          maxPageSize: context.maxPageSize,
          sequence,
        })
    if (context.studio?.phase === 'table-missing') return json(MISSING_TABLE)
    if (context.studio?.phase === 'restarted') return json(NOT_READY)
    if (!(await context.store.ready())) return json(NOT_READY)

    // Read before the page, so `afterSeq=headSeq` after this page can miss nothing.
    const headSeq = sequence ? ((await context.store.headSeq?.()) ?? null) : null
    if (query.afterSeq !== undefined && headSeq === null) {
      throw new ParamError('afterSeq', 'this store keeps no sequence (its table could not be migrated)')
    }
    const page = await context.store.list(query)
    const events = page.events.map(toWireEvent)
    if (headSeq === null) for (const event of events) delete event.seq
    const last = events[events.length - 1]
    if (query.afterSeq !== undefined && headSeq !== null) {
      // The highest seq examined: the last row sent while more follow, else everything up to the
      // head was looked at (filters may have hidden it), so a filtered poll still advances.
      const lastSeq = page.hasMore && last?.seq ? last.seq : maxSeq(headSeq, last?.seq, query.afterSeq)
      return json({ events, hasMore: page.hasMore, lastSeq, headSeq })
    }
    // Studio's nextCursor is the last id (useless for paging); the keyset one only with `cursor`.
    const nextCursor = context.extensions.has('cursor')
      ? page.nextCursor
      : page.hasMore && last
        ? last.id
        : null
    const body = {
      events,
      hasMore: page.hasMore,
      nextCursor,
      total: page.total,
      // An extension field beside a null total ("not counted"), so a client that does not know
      // it shows no count rather than a wrong one.
      ...(page.totalMoreThan === undefined ? {} : { totalMoreThan: page.totalMoreThan }),
    }
    return json(headSeq === null ? body : { ...body, headSeq })
  })

function maxSeq(...values: (string | undefined)[]): string {
  let best = 0n
  for (const value of values) if (value !== undefined && BigInt(value) > best) best = BigInt(value)
  return String(best)
}
