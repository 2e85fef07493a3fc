/** `GET {base}/api/events/count`: counts per bucket (all time, or a window with `counts-window`). */
import { readCountFilters } from '../http/params'
import { json } from '../http/responses'
import type { Route } from './context'
import { guard } from './guard'

const ZERO = { total: 0, success: 0, failed: 0, warning: 0, info: 0 }

export const countEventsRoute: Route = (_request, url, context) =>
  guard(context, 'Failed to count events', async () => {
    const filters = context.quirks
      ? readCountFilters(url.searchParams, false)
      : readCountFilters(url.searchParams, context.extensions.has('counts-window'))
    // A restarted Studio and one over a missing table both count nothing.
    if (context.studio && context.studio.phase !== 'ready') return json(ZERO)
    if (!(await context.store.ready())) return json(ZERO)
    const counts = await context.store.count({ filters })
    return json({
      total: counts.total,
      success: counts.success,
      failed: counts.failed,
      warning: counts.warning,
      info: counts.info,
    })
  })
