/**
 * The conformance kit catches broken adapters: each one below breaks one rule of the contract on
 * top of the real Studio adapter, and the report must name it.
 */
import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import {
  defineAdapter,
  type AdapterListRequest,
  type AdapterListResult,
  type EventsAdapter,
  type Transport,
} from '../../../src/api/adapter'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import { expectAdapterConformance } from '../../../src/api/testing/expectAdapterConformance'
import { verifyAdapter } from '../../../src/api/testing/verifyAdapter'
import { createStudioHandlers } from '../../../src/msw'
import { generateEvents } from '../../../src/server/generator'
import { server } from '../../mocks/server'

const events = generateEvents({
  seed: 'broken',
  now: new Date('2026-11-20T12:00:00.000Z'),
  days: 2,
  eventsPerDay: 30,
})
const base = studioAdapter()

/** The Studio adapter with its pages changed by `change` (and anything else overridden). */
function broken(
  change: (page: AdapterListResult, request: AdapterListRequest) => AdapterListResult,
  overrides: Partial<EventsAdapter> = {},
): EventsAdapter {
  return defineAdapter({
    ...base,
    id: 'broken',
    listEvents: async (transport: Transport, request: AdapterListRequest) =>
      change(await base.listEvents(transport, request), request),
    ...overrides,
  })
}

async function verify(adapter: EventsAdapter, maxPages?: number) {
  server.use(...createStudioHandlers({ events }))
  return verifyAdapter({ adapter, maxPages })
}

const someProblem = (pattern: RegExp) => expect.arrayContaining([expect.stringMatching(pattern)])

describe('verifyAdapter catches a broken adapter', () => {
  it('reports null and empty "none" fields and an x-forwarded-for list, once per field with a count', async () => {
    const adapter = broken((page) => ({
      ...page,
      events: page.events.map((event) => ({
        ...event,
        userId: null as unknown as undefined,
        sessionId: '',
        ipAddress: '203.0.113.7, 10.0.0.1',
      })),
    }))
    const report = await verify(adapter)
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual(
      someProblem(/userId: is null; "none" must be undefined \(and \d+ more like it\)$/),
    )
    expect(report.problems).toEqual(someProblem(/sessionId: is ""; "none" must be undefined/))
    expect(report.problems).toEqual(someProblem(/ipAddress: "203\.0\.113\.7, 10\.0\.0\.1" is a list/))
    expect(report.problems.filter((problem) => problem.includes('userId: is null'))).toHaveLength(1)
    expect(() => expectAdapterConformance(report)).toThrow(/does not conform[\s\S]*userId: is null/)
  })

  it('reports duplicates from an adapter that ignores the cursor, and still ends at maxPages', async () => {
    let next = 0
    const adapter = broken((page) => page, {
      listEvents: async (transport, request) => {
        const page = await base.listEvents(transport, { ...request, cursor: undefined })
        return { ...page, hasMore: true, nextCursor: `o:${(next += 1)}` }
      },
    })
    const report = await verify(adapter, 5)
    expect(report.pages).toBe(5)
    expect(report.problems).toEqual(someProblem(/list without filters, page 2, event ".+": duplicate id/))
    expect(report.notes).toEqual(someProblem(/stopped after 5 pages/))
  })

  it('reports a cursor that comes back again (a loop) and more pages without a cursor', async () => {
    const looping = await verify(broken((page) => ({ ...page, hasMore: true, nextCursor: 'o:25' })))
    expect(looping.problems).toEqual(someProblem(/nextCursor "o:25" was already returned: paging would loop/))
    const stuck = await verify(broken((page) => ({ ...page, hasMore: true, nextCursor: undefined })))
    expect(stuck.problems).toEqual(someProblem(/hasMore is true but there is no nextCursor/))
  })

  it('reports a failed event not classified "failed", and a page out of order', async () => {
    expect(events.some((event) => event.status === 'failed')).toBe(true)
    const misclassified = await verify(
      broken((page) => ({
        ...page,
        events: page.events.map((event) =>
          event.status === 'failed' ? { ...event, severity: 'info' } : event,
        ),
      })),
    )
    expect(misclassified.problems).toEqual(someProblem(/severity: is "info" for a failed event/))
    const reversed = await verify(broken((page) => ({ ...page, events: [...page.events].reverse() })))
    expect(reversed.problems).toEqual(someProblem(/out of order; the list was asked newest first/))
  })

  it('reports a filter said to be applied that was not, one claimed but left to the client, and one that loses events', async () => {
    expect(base.capabilities.filters.userId).toBe(true)
    const withoutUser = (request: AdapterListRequest) => ({
      ...request,
      filters: { ...request.filters, userId: undefined },
    })
    const liar = broken((page) => page, {
      listEvents: async (transport, request) => {
        const page = await base.listEvents(transport, withoutUser(request))
        return { ...page, applied: [...page.applied, 'userId'] }
      },
    })
    expect((await verify(liar)).problems).toEqual(
      someProblem(/filter userId, page 1, event .+: does not match the filters \{ userId=/),
    )

    const lazy = broken((page) => page, {
      listEvents: (transport, request) => base.listEvents(transport, withoutUser(request)),
    })
    expect((await verify(lazy)).problems).toEqual(
      someProblem(
        /filter userId: capabilities.filters says the server applies "userId", but the adapter left it to the client/,
      ),
    )

    const shifted = broken((page) => page, {
      listEvents: (transport, request) => {
        const from = request.filters.from && new Date(request.filters.from.getTime() + 1)
        return base.listEvents(transport, { ...request, filters: { ...request.filters, from } })
      },
    })
    expect((await verify(shifted)).problems).toEqual(
      someProblem(/filter from: 1 of the \d+ matching events read without filters were not returned/),
    )
  })

  it('reports skipped entries that do not say what was wrong', async () => {
    const report = await verify(
      broken((page) => ({ ...page, scanned: page.scanned + 1, skipped: [{ index: 99, issues: [] }] })),
    )
    expect(report.problems).toEqual(someProblem(/skipped #0: issues must be a non-empty list/))
    expect(report.problems).toEqual(someProblem(/skipped #0: index 99 is not a position in the answer/))
  })

  it('reports a status whose state contradicts its flags, bad capabilities, and promised methods that are missing', async () => {
    const adapter = broken((page) => page, {
      getCounts: undefined,
      getStatus: async (transport, options) => {
        const status = await base.getStatus(transport, options)
        return {
          ...status,
          configured: false,
          state: 'not-ready',
          error: '',
          capabilities: { ...status.capabilities, maxPageSize: 0, defaultPollIntervalMs: 100 },
        }
      },
    })
    const report = await verify(adapter)
    expect(report.statusState).toBe('not-ready')
    expect(report.problems).toEqual(
      expect.arrayContaining([
        'status.state: is "not-ready" while enabled is true',
        'status.state: is "not-ready" but configured is not true',
        'status.error: must be a non-empty string or undefined, got ""',
        'status.capabilities.maxPageSize: must be a whole number ≥ 1 or Infinity, got 0',
        'status.capabilities.defaultPollIntervalMs: must be a finite number ≥ 250, got 100',
        'adapter.capabilities: counts is "all-time" but the adapter has no getCounts',
      ]),
    )
  })

  it('reports a failing status, and refuses to pass a run that read nothing', async () => {
    server.use(
      http.get('*/api/studio/api/events/status', () => HttpResponse.json({ error: 'boom' }, { status: 500 })),
    )
    const failing = await verifyAdapter({ adapter: studioAdapter() })
    expect(failing.ok).toBe(false)
    expect(failing.statusState).toBeUndefined()
    expect(failing.problems).toEqual([expect.stringMatching(/^getStatus failed: HttpError: HTTP 500: boom/)])

    server.resetHandlers()
    server.use(...createStudioHandlers({ events: [] }))
    const empty = await verifyAdapter({ adapter: studioAdapter() })
    expect(empty).toMatchObject({ ok: true, events: 0 })
    expect(() => expectAdapterConformance(empty)).toThrow('only 0 events were read; at least 1 are needed')
    expect(() => expectAdapterConformance(empty, { minEvents: 0 })).not.toThrow()
  })
})
