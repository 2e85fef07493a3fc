/** `GET {base}/api/events`: one page of events. */
import { readListQuery, readStudioListQuery } from '../http/params'
import { json } from '../http/responses'
import { toWireEvent } from '../convert'
import type { Route } from './context'
import { guard } from './guard'

/** Studio's answer while the events table does not exist (note: no `nextCursor` key). */
const NOT_READY = { events: [], hasMore: false, total: 0, ready: false }

export const listEventsRoute: Route = (_request, url, context) =>
  guard(context, 'Failed to fetch events', async () => {
    const query = context.quirks
      ? readStudioListQuery(url.searchParams)
      : readListQuery(url.searchParams, {
          filters: context.extensions.has('filters'),
          cursor: context.extensions.has('cursor'),
          maxPageSize: context.maxPageSize,
        })
    if (!(await context.store.ready())) return json(NOT_READY)

    const page = await context.store.list(query)
    const events = page.events.map(toWireEvent)
    const last = events[events.length - 1]
    // Studio's nextCursor is the last id (useless for paging); the keyset one only with `cursor`.
    const nextCursor = context.extensions.has('cursor')
      ? page.nextCursor
      : page.hasMore && last
        ? last.id
        : null
    return json({ events, hasMore: page.hasMore, nextCursor, total: page.total })
  })
