/**
 * `verifyAdapter`: a framework-free conformance run for any adapter. It drives a real
 * `createEventsClient` against whatever answers (an msw handler, a double, a real server) and
 * checks the invariants every adapter must keep, so a custom adapter is tested exactly like ours.
 */
import type { EventsAdapter } from '../adapter'
import { createEventsClient } from '../client'
import type { HeadersOption } from '../clientTypes'
import { isHttpError, isRateLimitError } from '../errors'
import { matchesFilters, normalizeFilters } from '../filters'
import type { AdapterCapabilities, AuthEvent, EventFilters, EventsState, EventsStatus } from '../types'
import { checkAdapterShape, checkCapabilities } from './checkCapabilities'
import { checkCounts } from './checkCounts'
import { checkEventsStatus } from './checkEventsStatus'
import { claimedFields, deriveFilterCases, type FilterCase } from './filterCases'
import { createProblemLog, describeError, type ProblemLog } from './problemLog'
import { describeFilters, readPages, type PageRun, type ReadPagesOptions } from './readPages'

/** Options of {@link verifyAdapter}. */
export type VerifyAdapterOptions = {
  /** The adapter under test. */
  adapter: EventsAdapter
  /** The fetch the client uses (e.g. `fixtureFetch(...)`). @default globalThis.fetch (so msw answers) */
  fetch?: typeof fetch
  /** Origin of the backend. In Node (no page origin) give an absolute one, e.g. `http://localhost`. @default '' */
  baseUrl?: string
  /** Headers for every request (e.g. a session cookie for a real server). */
  headers?: HeadersOption
  /** Events asked per page (capped to the backend's `maxPageSize`). Small pages exercise paging. @default 25 */
  pageSize?: number
  /** Most pages read per list, so a backend that never ends cannot hang the run. @default 20 */
  maxPages?: number
  /**
   * Filter sets to check instead of the derived ones (`[]` checks none, e.g. for static fixtures
   * that cannot filter). @default oldest first when `sortAsc`, then one set per filter the backend
   * claims (`capabilities.filters`) with values taken from the events read without filters
   */
  filters?: EventFilters[]
}

/** What a conformance run found. */
export type AdapterReport = {
  /** True when there is no problem. */
  ok: boolean
  /** Broken invariants, one line each (repeats are grouped with a count). */
  problems: string[]
  /** What could not be checked, and why. Notes do not make a run fail. */
  notes: string[]
  /** What was checked, in order: `status`, `list without filters`, `list oldest first`, `filter types`, …, `counts`. */
  checked: string[]
  /** Pages read without filters. */
  pages: number
  /** Distinct events read without filters. Zero means almost nothing was checked. */
  events: number
  /** The status state, or undefined when `getStatus` failed. */
  statusState?: EventsState
}

/** Default {@link VerifyAdapterOptions.pageSize}. */
export const VERIFY_PAGE_SIZE = 25
/** Default {@link VerifyAdapterOptions.maxPages}. */
export const VERIFY_MAX_PAGES = 20

/**
 * Runs the conformance checks: the adapter's shape; `getStatus` (state consistent with the flags,
 * capabilities in the CONTRACT section 5 shape with sane values); the list read to its end (bounded
 * by `maxPages`) with no duplicate id, no repeated cursor, valid normalised events in the requested
 * order and honest `skipped` entries; oldest first when `sortAsc`; every claimed filter really
 * narrowing (each event matches, nothing matching is lost, and the client was not left to do it);
 * counts when declared. Never throws for what the backend does: everything lands in the report.
 * @example
 * server.use(...myHandlers)
 * expectAdapterConformance(await verifyAdapter({ adapter: myAdapter() }))
 */
export async function verifyAdapter(options: VerifyAdapterOptions): Promise<AdapterReport> {
  const { adapter, pageSize = VERIFY_PAGE_SIZE, maxPages = VERIFY_MAX_PAGES } = options
  const log = createProblemLog()
  const checked: string[] = []
  const report = (extra: Partial<AdapterReport> = {}): AdapterReport => {
    const problems = log.problems()
    return { ok: problems.length === 0, problems, notes: log.notes(), checked, pages: 0, events: 0, ...extra }
  }
  for (const problem of checkAdapterShape(adapter)) log.problem(problem, problem)
  const client = createEventsClient({
    adapter,
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    headers: options.headers,
  })

  let status: EventsStatus
  try {
    status = await client.getStatus()
  } catch (error) {
    log.problem('getStatus', `getStatus failed: ${describeError(error)}`)
    return report()
  }
  for (const problem of checkEventsStatus(status, adapter)) log.problem(problem, problem)
  checked.push('status')
  if (status.state !== 'enabled') {
    log.note(`events are not enabled (state "${status.state}"): the list was not checked`)
    return report({ statusState: status.state })
  }
  if (checkCapabilities(status.capabilities).length) {
    log.note('the status capabilities are invalid, so the list was not checked')
    return report({ statusState: status.state })
  }

  const caps = status.capabilities
  const limit = Math.max(1, Math.min(Math.floor(pageSize), caps.maxPageSize || 1))
  const read = (label: string, filters: EventFilters, onPage?: OnPage) =>
    readPages({ client, filters, limit, maxPages, label, log, maxPageSize: caps.maxPageSize, onPage })

  let main: PageRun
  try {
    main = await read('list without filters', {})
  } catch (error) {
    log.problem('list', `listEvents failed: ${describeError(error)}`)
    return report({ statusState: status.state })
  }
  checked.push('list without filters')
  const seen = distinct(main.events)

  const cases: FilterCase[] = []
  if (options.filters) {
    cases.push(
      ...options.filters.map((filters) => ({ label: `filter ${describeFilters(filters)}`, filters })),
    )
  } else {
    if (caps.sortAsc) cases.push({ label: 'list oldest first', filters: { sort: 'asc' } })
    const missing = (name: string) =>
      log.note(`no event read had a value for the ${name} filter; it was not checked`)
    cases.push(...deriveFilterCases(seen, caps.filters, missing))
  }
  for (const filterCase of cases) {
    if (await checkCase(filterCase, { read, log, caps, main, seen })) checked.push(filterCase.label)
  }

  if (caps.counts !== false && adapter.getCounts) {
    try {
      const counts = await client.getCounts()
      for (const problem of checkCounts(counts, caps.counts)) log.problem(problem, problem)
      checked.push('counts')
    } catch (error) {
      log.problem('counts', `getCounts failed: ${describeError(error)}`)
    }
  }
  return report({ statusState: status.state, pages: main.pages, events: seen.length })
}

type OnPage = ReadPagesOptions['onPage']

type CaseContext = {
  read: (label: string, filters: EventFilters, onPage?: OnPage) => Promise<PageRun>
  log: ProblemLog
  caps: AdapterCapabilities
  main: PageRun
  seen: AuthEvent[]
}

/**
 * Reads one filter case and checks that it really narrows: every event matches, claimed fields were
 * applied by the server, and (when both lists were read to the end) no matching event was lost.
 * False when the backend refused or failed the case.
 */
async function checkCase(
  { label, filters: given }: FilterCase,
  { read, log, caps, main, seen }: CaseContext,
): Promise<boolean> {
  const filters = normalizeFilters(given)
  const claimed = claimedFields(filters, caps.filters)
  let run: PageRun
  try {
    run = await read(label, filters, (page) => {
      for (const field of claimed.filter((name) => page.clientFiltered.includes(name))) {
        log.problem(
          `claimed:${field}`,
          `${label}: capabilities.filters says the server applies "${field}", but the adapter left it to the client (not in applied)`,
        )
      }
    })
  } catch (error) {
    // A backend may refuse a filter value by policy (the plugins answer 403 for another user's events).
    const refused =
      isRateLimitError(error) || (isHttpError(error) && (error.status === 401 || error.status === 403))
    if (refused) log.note(`${label}: the backend refused it (${describeError(error)}); not checked`)
    else log.problem(`case:${label}`, `${label}: listEvents failed: ${describeError(error)}`)
    return false
  }
  if (!main.complete || !run.complete) return true
  const returned = new Set(run.events.map((event) => event.id))
  const expected = seen.filter((event) => matchesFilters(event, filters))
  const lost = expected.filter((event) => !returned.has(event.id))
  if (lost.length) {
    log.problem(
      `lost:${label}`,
      `${label}: ${lost.length} of the ${expected.length} matching events read without filters were not returned (e.g. "${lost[0]?.id}")`,
    )
  }
  return true
}

function distinct(events: AuthEvent[]): AuthEvent[] {
  const byId = new Map<string, AuthEvent>()
  for (const event of events) if (!byId.has(event.id)) byId.set(event.id, event)
  return [...byId.values()]
}
