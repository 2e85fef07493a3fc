/** `GET {base}/api/events/count`: counts per bucket (all time, or a window with `counts-window`). */
import type { BucketCounts } from '../../api/types'
import type { StoreFilters } from '../store'
import { readCountFilters } from '../http/params'
import { json } from '../http/responses'
import type { Route, RouteContext } from './context'
import { sequenceOn } from './events'
import { guard } from './guard'

const ZERO = { total: 0, success: 0, failed: 0, warning: 0, info: 0 }
/** Counts taken again when a write landed while counting, before answering without `asOfSeq`. */
const AS_OF_ATTEMPTS = 3

export const countEventsRoute: Route = (_request, url, context) =>
  guard(context, 'Failed to count events', async () => {
    const filters = context.quirks
      ? readCountFilters(url.searchParams, false)
      : readCountFilters(url.searchParams, context.extensions.has('counts-window'))
    // A restarted Studio and one over a missing table both count nothing.
    if (context.studio && context.studio.phase !== 'ready') return json(ZERO)
    if (!(await context.store.ready())) return json(ZERO)
    const { counts, asOfSeq } = await countAsOf(context, filters)
    return json({
      total: counts.total,
      success: counts.success,
      failed: counts.failed,
      warning: counts.warning,
      info: counts.info,
      ...(asOfSeq === undefined ? {} : { asOfSeq }),
    })
  })

/**
 * The counts and, with the `sequence` extension, the seq they were taken at: the head is read
 * before and after counting, and only when no write committed in between (the head did not move)
 * do the counts hold exactly the events up to it. A live client then adds only later events.
 */
async function countAsOf(
  context: RouteContext,
  filters: StoreFilters,
): Promise<{ counts: BucketCounts; asOfSeq?: string }> {
  if (!sequenceOn(context)) return { counts: await context.store.count({ filters }) }
  let counts: BucketCounts | undefined
  for (let attempt = 0; attempt < AS_OF_ATTEMPTS; attempt++) {
    const before = await context.store.headSeq!()
    counts = await context.store.count({ filters })
    const after = await context.store.headSeq!()
    if (before !== null && before === after) return { counts, asOfSeq: before }
  }
  return { counts: counts! }
}
