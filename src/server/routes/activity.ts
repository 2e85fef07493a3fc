/** `GET {base}/api/events/activity?since&until&tz&…filters` (the `activity` extension). */
import { readActivityQuery } from '../http/params'
import { json } from '../http/responses'
import type { Route } from './context'
import { guard } from './guard'

export const activityRoute: Route = (_request, url, context) =>
  guard(context, 'Failed to aggregate events', async () => {
    const query = readActivityQuery(url.searchParams)
    if (!(await context.store.ready())) return json({ days: [], ready: false })
    return json({ days: await context.store.activity(query) })
  })
