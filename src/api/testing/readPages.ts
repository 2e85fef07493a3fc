/**
 * Reads a list through the client, page after page, as the hooks do, and checks what every page
 * must keep: valid events, honest `skipped` entries, no duplicate id, the requested order, every
 * event matching the filters, and paging that ends.
 */
import type { EventsClient } from '../clientTypes'
import { isEmptyFilters, matchesFilters } from '../filters'
import type { AuthEvent, EventFilters, EventPage } from '../types'
import { checkAuthEvent } from './checkAuthEvent'
import type { ProblemLog } from './problemLog'

/** What a run read. */
export type PageRun = {
  /** Every event read, in order (duplicates included). */
  events: AuthEvent[]
  pages: number
  /** Whether the backend said there was nothing more (rather than `maxPages` stopping the run). */
  complete: boolean
  /** The last page, for callers that check `clientFiltered`. */
  lastPage?: EventPage
}

/** Options of {@link readPages}. */
export type ReadPagesOptions = {
  client: EventsClient
  filters: EventFilters
  limit: number
  maxPages: number
  /** How problems name this run, e.g. `list without filters`. */
  label: string
  log: ProblemLog
  /** The backend's declared largest page. */
  maxPageSize: number
  /** Called with every page, e.g. to check `clientFiltered`. */
  onPage?: (page: EventPage) => void
}

/** Filters as short readable text for problem lines. */
export function describeFilters(filters: EventFilters): string {
  const parts = Object.entries(filters).map(
    ([key, value]) => `${key}=${value instanceof Date ? value.toISOString() : JSON.stringify(value)}`,
  )
  return parts.length ? `{ ${parts.join(', ')} }` : '{}'
}

/** Follows `nextCursor` until the backend says there is no more, or `maxPages` pages were read. */
export async function readPages(options: ReadPagesOptions): Promise<PageRun> {
  const { client, filters, limit, maxPages, label, log, maxPageSize, onPage } = options
  const events: AuthEvent[] = []
  const ids = new Set<string>()
  const cursors = new Set<string>()
  const ascending = filters.sort === 'asc'
  const narrowing = !isEmptyFilters(filters)
  let cursor: string | undefined
  let previous: AuthEvent | undefined
  let lastPage: EventPage | undefined

  for (let pages = 1; pages <= maxPages; pages += 1) {
    const page = await client.listEvents({ filters, limit, cursor })
    lastPage = page
    onPage?.(page)
    const where = `${label}, page ${pages}`
    checkPageShape(page, where, maxPageSize, log)
    page.events.forEach((event, index) => {
      const name = `${where}, event ${typeof event.id === 'string' ? `"${event.id}"` : `#${index}`}`
      for (const issue of checkAuthEvent(event))
        log.problem(`event:${issue.split(':')[0]}`, `${name}: ${issue}`)
      if (typeof event.id === 'string') {
        if (ids.has(event.id))
          log.problem(`duplicate:${label}`, `${name}: duplicate id (already read in this list)`)
        ids.add(event.id)
      }
      if (narrowing && !matchesFilters(event, filters)) {
        log.problem(`filter:${label}`, `${name}: does not match the filters ${describeFilters(filters)}`)
      }
      if (previous && outOfOrder(previous, event, ascending)) {
        log.problem(
          `order:${label}`,
          `${name}: out of order; the list was asked ${ascending ? 'oldest' : 'newest'} first`,
        )
      }
      previous = event
    })
    events.push(...page.events)

    if (!page.ready) {
      log.note(`${where}: the backend says its store is not ready; the rest of this list was not read`)
      return { events, pages, complete: false, lastPage }
    }
    if (!page.hasMore) return { events, pages, complete: true, lastPage }
    if (typeof page.nextCursor !== 'string' || page.nextCursor === '') {
      log.problem(
        `cursor:${label}`,
        `${where}: hasMore is true but there is no nextCursor, so paging cannot go on`,
      )
      return { events, pages, complete: false, lastPage }
    }
    if (cursors.has(page.nextCursor)) {
      log.problem(
        `loop:${label}`,
        `${where}: nextCursor ${JSON.stringify(page.nextCursor)} was already returned: paging would loop`,
      )
      return { events, pages, complete: false, lastPage }
    }
    cursors.add(page.nextCursor)
    cursor = page.nextCursor
  }
  log.note(`${label}: stopped after ${maxPages} pages (maxPages) before the end of the list`)
  return { events, pages: maxPages, complete: false, lastPage }
}

function outOfOrder(previous: AuthEvent, event: AuthEvent, ascending: boolean): boolean {
  if (!(previous.timestamp instanceof Date) || !(event.timestamp instanceof Date)) return false
  const step = event.timestamp.getTime() - previous.timestamp.getTime()
  return ascending ? step < 0 : step > 0
}

function checkPageShape(page: EventPage, where: string, maxPageSize: number, log: ProblemLog) {
  if (page.events.length + page.skipped.length > page.scanned) {
    log.problem(
      'scanned',
      `${where}: ${page.events.length} events + ${page.skipped.length} skipped but scanned is ${page.scanned}`,
    )
  }
  if (page.scanned > maxPageSize) {
    log.problem(
      'maxPageSize',
      `${where}: the backend returned ${page.scanned} events, more than maxPageSize ${maxPageSize}`,
    )
  }
  page.skipped.forEach((skipped, index) => {
    const validIndex =
      Number.isInteger(skipped.index) && skipped.index >= 0 && skipped.index < Math.max(page.scanned, 1)
    if (!validIndex) {
      log.problem(
        'skipped:index',
        `${where}, skipped #${index}: index ${String(skipped.index)} is not a position in the answer`,
      )
    }
    const issues: unknown = skipped.issues
    if (
      !Array.isArray(issues) ||
      issues.length === 0 ||
      issues.some((issue) => typeof issue !== 'string' || issue === '')
    ) {
      log.problem(
        'skipped:issues',
        `${where}, skipped #${index}: issues must be a non-empty list saying what was wrong`,
      )
    }
  })
}
