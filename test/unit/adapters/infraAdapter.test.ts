import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import { infraAdapter } from '../../../src/api/adapters/infra/infraAdapter'
import { infraPaging } from '../../../src/api/adapters/infra/infraPaging'
import { canonicalJson, fnv1a64, stableInfraEventId } from '../../../src/api/adapters/infra/stableEventId'
import { createEventsClient } from '../../../src/api/client'
import { HttpError, InvalidResponseError } from '../../../src/api/errors'
import { server } from '../../mocks/server'

const SELF = '*/api/auth/events/audit-logs'
const ALL = '*/api/auth/events/all-audit-logs'

const wire = (minute: number, extra: Record<string, unknown> = {}) => ({
  eventType: 'user_signed_in',
  eventData: { userId: 'usr_1', userName: 'Ana', sessionId: `ses_${minute}` },
  eventKey: 'usr_1',
  projectId: 'prj_1',
  createdAt: new Date(Date.UTC(2026, 10, 20, 10, 60 - minute)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 10, 20, 10, 60 - minute)).toISOString(),
  ...extra,
})

function recordList(route: string, body: unknown) {
  const seen: URLSearchParams[] = []
  server.use(
    http.get(route, ({ request }) => {
      seen.push(new URL(request.url).searchParams)
      return HttpResponse.json(body as Record<string, unknown>)
    }),
  )
  return seen
}

describe('infraAdapter', () => {
  it('declares what the plugin can do, per scope', () => {
    const self = infraAdapter()
    expect(self).toMatchObject({ id: 'infra', basePath: '/api/auth' })
    expect(infraAdapter({ scope: 'all' }).id).toBe('infra-all')
    expect(self.capabilities).toMatchObject({
      counts: false,
      activity: false,
      geo: 'embedded',
      cursor: false,
      sortAsc: false,
      maxPageSize: 100,
      defaultPollIntervalMs: 10_000,
    })
    expect(self.capabilities.filters).toEqual({
      types: 'one',
      userId: true,
      organizationId: true,
      status: false,
      severity: false,
      from: false,
      until: false,
      q: false,
      sessionId: false,
    })
  })

  it('sends one eventType, userId and organizationId; the client applies the rest', async () => {
    const seen = recordList(SELF, { events: [wire(1)], total: 1, limit: 100, offset: 0 })
    const page = await createEventsClient({ adapter: infraAdapter() }).listEvents({
      limit: 500,
      filters: {
        types: ['user_signed_in'],
        userId: 'usr_1',
        organizationId: 'org_1',
        severities: ['success'],
        from: new Date('2026-11-01T00:00:00.000Z'),
      },
    })
    expect(Object.fromEntries(seen.at(-1)!)).toEqual({
      eventType: 'user_signed_in',
      userId: 'usr_1',
      organizationId: 'org_1',
      limit: '100',
      offset: '0',
    })
    expect(page.clientFiltered.sort()).toEqual(['from', 'severities'])
    // `total` may count other types when eventType is filtered per page, so it is not reported.
    expect(page.total).toBeUndefined()
  })

  it('leaves several types and categories to the client', async () => {
    const seen = recordList(ALL, {
      events: [wire(1), wire(2, { eventType: 'member_added' })],
      total: 2,
      limit: 50,
      offset: 0,
    })
    const page = await createEventsClient({ adapter: infraAdapter({ scope: 'all' }) }).listEvents({
      filters: { types: ['member_added', 'organization_member_added'] },
    })
    expect(seen.at(-1)!.has('eventType')).toBe(false)
    expect(page.clientFiltered).toEqual(['types'])
    expect(page.events.map((event) => event.type)).toEqual(['member_added'])

    // A category with one type is a union the server cannot express either.
    const mixed = await createEventsClient({ adapter: infraAdapter({ scope: 'all' }) }).listEvents({
      filters: { categories: ['member'], types: ['user_signed_in'] },
    })
    expect(seen.at(-1)!.has('eventType')).toBe(false)
    expect(mixed.events.map((event) => event.type)).toEqual(['user_signed_in', 'member_added'])
  })

  it('skips an event without a type or with an unreadable date, keeping the rest', async () => {
    recordList(SELF, {
      events: [
        wire(1),
        { ...wire(2), eventType: undefined },
        wire(3, { createdAt: 'soon' }),
        wire(4, { eventData: null, location: 'somewhere' }),
      ],
      total: 4,
      limit: 4,
      offset: 0,
    })
    const page = await createEventsClient({ adapter: infraAdapter() }).listEvents({ limit: 4 })
    expect(page.scanned).toBe(4)
    expect(page.skipped).toEqual([
      { index: 1, issues: [expect.stringMatching(/^eventType: /)] },
      { index: 2, issues: ['createdAt: Invalid date "soon"'] },
    ])
    expect(page.events).toHaveLength(2)
    expect(page.events[1]).toMatchObject({ metadata: {}, type: 'user_signed_in' })
    expect(page.events[1]!.location).toBeUndefined()
  })

  it('throws InvalidResponseError naming the field when the envelope is wrong', async () => {
    recordList(SELF, { events: [], total: 'many' })
    const error = await createEventsClient({ adapter: infraAdapter() })
      .listEvents()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as InvalidResponseError).issues[0]).toMatchObject({ path: 'total' })
  })

  describe('getStatus', () => {
    it('probes the scope’s route with one row; self scope is self-only', async () => {
      const self = recordList(SELF, { events: [], total: 0, limit: 1, offset: 0 })
      const all = recordList(ALL, { events: [], total: 0, limit: 1, offset: 0 })
      const selfStatus = await createEventsClient({ adapter: infraAdapter() }).getStatus()
      const allStatus = await createEventsClient({ adapter: infraAdapter({ scope: 'all' }) }).getStatus()
      expect(selfStatus).toMatchObject({ state: 'enabled', enabled: true, selfOnly: true })
      expect(allStatus).toMatchObject({ state: 'enabled', enabled: true, selfOnly: false })
      expect(allStatus.capabilities.geo).toBe('embedded')
      expect([...self, ...all].map((params) => params.get('limit'))).toEqual(['1', '1'])
    })

    it('says "not installed" on a 404 and rethrows 401/403', async () => {
      server.use(http.get(SELF, () => new HttpResponse(null, { status: 404 })))
      const status = await createEventsClient({ adapter: infraAdapter() }).getStatus()
      expect(status).toMatchObject({ state: 'disabled', enabled: false, configured: false })
      expect(status.error).toMatch(/infra dash plugin is not installed at \/api\/auth/)

      server.use(
        http.get(ALL, () =>
          HttpResponse.json({ code: 'FORBIDDEN', message: 'Only admins' }, { status: 403 }),
        ),
      )
      const error = await createEventsClient({ adapter: infraAdapter({ scope: 'all' }) })
        .getStatus()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HttpError)
      expect(error).toMatchObject({ status: 403, kind: 'forbidden' })
    })
  })
})

describe('infra paging rule', () => {
  it('without eventType, advances by what came back and ends on a short page', () => {
    expect(infraPaging({ offset: 0, pageSize: 50, typeFiltered: false, received: 50, total: 120 })).toEqual({
      hasMore: true,
      nextOffset: 50,
      total: 120,
    })
    expect(infraPaging({ offset: 50, pageSize: 50, typeFiltered: false, received: 20, total: 120 })).toEqual({
      hasMore: false,
      nextOffset: undefined,
      total: 120,
    })
    expect(
      infraPaging({ offset: 100, pageSize: 50, typeFiltered: false, received: 20, total: 120 }).hasMore,
    ).toBe(false)
  })

  it('with eventType, a short or empty page does not end the list while unfiltered rows remain', () => {
    expect(
      infraPaging({
        offset: 0,
        pageSize: 100,
        typeFiltered: true,
        received: 0,
        total: 350,
        echoedLimit: 100,
      }),
    ).toEqual({
      hasMore: true,
      nextOffset: 100,
    })
    expect(infraPaging({ offset: 300, pageSize: 100, typeFiltered: true, received: 4, total: 350 })).toEqual({
      hasMore: false,
      nextOffset: undefined,
    })
    // A route that filters properly: its short last page ends the list too.
    expect(
      infraPaging({ offset: 0, pageSize: 100, typeFiltered: true, received: 30, total: 30 }).hasMore,
    ).toBe(false)
    // A server that silently used a smaller page size is followed, so no rows are skipped.
    expect(
      infraPaging({ offset: 0, pageSize: 100, typeFiltered: true, received: 2, total: 350, echoedLimit: 50 }),
    ).toEqual({
      hasMore: true,
      nextOffset: 50,
    })
  })
})

describe('stable infra ids', () => {
  it('uses 64-bit FNV-1a (standard test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })

  it('canonicalises eventData: keys sorted at every depth, undefined members dropped', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    )
  })

  it('is the same for the same event whatever its key order or age, and differs when content differs', () => {
    const base = {
      eventType: 'user_signed_in',
      createdAt: '2026-11-20T10:00:00.000Z',
      eventKey: 'usr_1',
      eventData: { userId: 'usr_1', nested: { b: 2, a: 1 } },
      ipAddress: '203.0.113.7',
    }
    const reordered = { ...base, eventData: { nested: { a: 1, b: 2 }, userId: 'usr_1' } }
    expect(stableInfraEventId(reordered)).toBe(stableInfraEventId(base))
    expect(stableInfraEventId({ ...base, ipAddress: '203.0.113.8' })).not.toBe(stableInfraEventId(base))
    expect(stableInfraEventId({ ...base, eventData: { userId: 'usr_2', nested: { a: 1, b: 2 } } })).not.toBe(
      stableInfraEventId(base),
    )
    expect(stableInfraEventId({ ...base, createdAt: '2026-11-20T10:00:00.001Z' })).not.toBe(
      stableInfraEventId(base),
    )
  })
})
