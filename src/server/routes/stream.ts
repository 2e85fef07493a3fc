/**
 * `GET {base}/api/events/stream` (the `push` extension): new events as Server-Sent Events.
 * Filters are the list's (same parameters, same validation); the stream starts after the seq in
 * `Last-Event-ID` (a reconnect), else after `afterSeq`, else at the head (only what is new).
 * `authorize` ran before this route, like for every other.
 */
import { readListQuery } from '../http/params'
import { ParamError } from '../http/paramValues'
import { json } from '../http/responses'
import { openPushStream, type PushSettings } from '../push/pushConnection'
import type { PushHub } from '../push/pushHub'
import type { Route } from './context'
import { guard } from './guard'
import { sequenceOn } from './events'

/** What the route needs beyond the route context. */
export type StreamRouteInit = { hub: PushHub; settings: PushSettings; shutdown?: AbortSignal }

export function createStreamRoute({ hub, settings, shutdown }: StreamRouteInit): Route {
  return (request, url, context) =>
    guard(context, 'Failed to open the event stream', async () => {
      if (!sequenceOn(context)) throw new ParamError('stream', 'this server keeps no sequence to push from')
      const params = new URLSearchParams(url.searchParams)
      const lastEventId = request.headers.get('last-event-id')?.trim()
      // A reconnect's Last-Event-ID wins over the afterSeq of the URL it first opened.
      if (lastEventId) params.set('afterSeq', lastEventId)
      params.set('limit', String(settings.pageSize))
      const query = readListQuery(params, {
        filters: context.extensions.has('filters'),
        cursor: false,
        maxPageSize: Math.max(context.maxPageSize, settings.pageSize),
        sequence: true,
      })
      if (!(await context.store.ready())) {
        return json({ error: 'Not ready', message: 'The events table does not exist yet' }, 503, {
          'retry-after': '3',
        })
      }
      const head = await context.store.headSeq?.()
      if (head === null || head === undefined) {
        throw new ParamError('stream', 'this store keeps no sequence (its table could not be migrated)')
      }
      const body = openPushStream({
        store: context.store,
        hub,
        query: { ...query, limit: settings.pageSize },
        afterSeq: query.afterSeq ?? head,
        settings,
        signal: request.signal,
        shutdown,
      })
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store, no-transform',
          // nginx (and proxies that follow it) would otherwise buffer the stream.
          'x-accel-buffering': 'no',
        },
      })
    })
}
