/**
 * Offset paging over the infra plugin's list, which is awkward in one way: with `eventType`, some
 * routes filter each page AFTER taking it, so a page can be short (even empty) while more follow,
 * and `total` is then the unfiltered total. The rule:
 *
 * - Without `eventType`: the next offset is `offset + events received`; there is more while the
 *   page came back full (`min(limit, 100)`) and `offset + received < total`.
 * - With `eventType`: the server used up a whole page of rows whatever it returned, so the next
 *   offset is `offset + page size` (the `limit` it echoed, else the one asked for); there is more
 *   while that is below `total`. On a route that filters properly the last page is short and
 *   `offset + page size >= total` ends it; on a route that filters per page a short or empty page
 *   never ends it early. Either way the offset grows by at least 1 per page, so paging ends.
 *   `total` is not reported then, since it may count other types.
 */

/** One answered page, as the paging rule sees it. */
export type InfraPageFacts = {
  /** The offset asked for. */
  offset: number
  /** The page size asked for (already capped to 100). */
  pageSize: number
  /** Whether `eventType` was sent. */
  typeFiltered: boolean
  /** Events in the answer, valid or not. */
  received: number
  /** The answer's `total`. */
  total: number
  /** The `limit` the server echoed, when it did. */
  echoedLimit?: number | null
}

/** Where the next page starts, whether there is one, and the total worth reporting. */
export type InfraPaging = {
  hasMore: boolean
  /** Where the next page starts, when there is one. */
  nextOffset?: number
  /** The total worth reporting (absent when it may count other types). */
  total?: number
}

/** Applies the paging rule above. */
export function infraPaging({
  offset,
  pageSize,
  typeFiltered,
  received,
  total,
  echoedLimit,
}: InfraPageFacts): InfraPaging {
  if (!typeFiltered) {
    const hasMore = received >= pageSize && offset + received < total
    return { hasMore, nextOffset: hasMore ? offset + received : undefined, total }
  }
  const used =
    typeof echoedLimit === 'number' && Number.isInteger(echoedLimit) && echoedLimit >= 1
      ? Math.min(echoedLimit, pageSize)
      : pageSize
  const nextOffset = offset + Math.max(used, received, 1)
  const hasMore = nextOffset < total
  return { hasMore, nextOffset: hasMore ? nextOffset : undefined }
}
