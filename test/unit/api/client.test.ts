import { describe, expect, it } from 'vitest'
import { delay, http, HttpResponse } from 'msw'
import { createEventsClient } from '../../../src/api/client'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import {
  AbortError,
  InvalidResponseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnsupportedError,
  isInvalidResponseError,
} from '../../../src/api/errors'
import { STUDIO, statusHandler } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'

/** A minimal wire event. */
const wire = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `evt-${String(i).padStart(4, '0')}`,
  type: i % 3 === 0 ? 'user.logged_in' : 'session.created',
  timestamp: new Date(Date.UTC(2026, 10, 20, 12, 0, 0) - i * 1000).toISOString(),
  status: i % 3 === 0 ? 'failed' : 'success',
  source: 'app',
  ...extra,
})

describe('createEventsClient', () => {
  it('builds URLs from baseUrl + the adapter base path, asks the status once, sends cookies same-origin', async () => {
    const requests: Request[] = []
    server.use(
      http.get('https://admin.example.com/custom/studio/api/events/status', ({ request }) => {
        requests.push(request)
        return HttpResponse.json({ enabled: true, configured: true, initialized: true, hasProvider: true })
      }),
      http.get('https://admin.example.com/custom/studio/api/events', ({ request }) => {
        requests.push(request)
        return HttpResponse.json({ events: [wire(1)], hasMore: false, nextCursor: null, total: 1 })
      }),
    )
    const client = createEventsClient({
      baseUrl: 'https://admin.example.com/',
      adapter: studioAdapter({ basePath: '/custom/studio/' }),
      headers: () => ({ 'x-admin': 'yes' }),
    })
    expect(client.scope).toBe('studio:https://admin.example.com/custom/studio/')
    await client.listEvents()
    await client.listEvents()
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/custom/studio/api/events/status',
      '/custom/studio/api/events',
      '/custom/studio/api/events',
    ])
    expect(requests[1]!.headers.get('x-admin')).toBe('yes')
    expect(requests[1]!.credentials).toBe('same-origin')
  })

  it('lets credentials be "include" for cross-origin set-ups and the scope be overridden', async () => {
    let credentials: RequestCredentials | undefined
    server.use(
      http.get(`${STUDIO}/events/status`, ({ request }) => {
        credentials = request.credentials
        return HttpResponse.json({ enabled: true })
      }),
    )
    const client = createEventsClient({ credentials: 'include', scope: 'admin-1' })
    await client.getStatus()
    expect(credentials).toBe('include')
    expect(client.scope).toBe('admin-1')
  })

  it('skips a malformed event, reports why, and keeps the rest of the page', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({
          events: [
            wire(1),
            { id: 'bad-1', type: 'user.joined', timestamp: 'yesterday' },
            { type: 'x' },
            wire(2),
          ],
          hasMore: false,
          nextCursor: null,
          total: null,
        }),
      ),
    )
    const page = await createEventsClient().listEvents()
    expect(page.events.map((e) => e.id)).toEqual(['evt-0001', 'evt-0002'])
    expect(page.skipped).toEqual([
      { index: 1, id: 'bad-1', issues: ['timestamp: Invalid date'] },
      { index: 2, id: undefined, issues: expect.arrayContaining([expect.stringMatching(/^id: /)]) },
    ])
    expect(page.scanned).toBe(4)
  })

  it('turns a broken envelope into an InvalidResponseError naming the field', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () => HttpResponse.json({ events: 'nope', hasMore: 1 })),
    )
    const error = await createEventsClient()
      .listEvents()
      .catch((e: unknown) => e)
    expect(isInvalidResponseError(error)).toBe(true)
    expect((error as InvalidResponseError).issues.map((i) => i.path)).toEqual(['events', 'hasMore'])
    expect((error as Error).message).toMatch(/events: /)
  })

  it('rejects an answer that is not JSON', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () => HttpResponse.text('<html>login</html>')),
    )
    await expect(createEventsClient().listEvents()).rejects.toBeInstanceOf(InvalidResponseError)
  })

  it('applies filters the baseline cannot do in the client, and says so', async () => {
    let query: Record<string, string> = {}
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, ({ request }) => {
        query = Object.fromEntries(new URL(request.url).searchParams)
        return HttpResponse.json({
          events: Array.from({ length: 9 }, (_, i) => wire(i)),
          hasMore: true,
          nextCursor: null,
          total: null,
        })
      }),
    )
    const page = await createEventsClient().listEvents({
      filters: { severities: ['failed'], userId: 'usr_1', from: new Date('2026-11-01T00:00:00Z') },
      limit: 9,
    })
    expect(query).toEqual({ limit: '9', sort: 'desc', userId: 'usr_1', since: '2026-11-01T00:00:00.000Z' })
    expect(page.clientFiltered).toEqual(['severities'])
    expect(page.events.every((e) => e.severity === 'failed')).toBe(true)
    expect(page.events).toHaveLength(3)
    expect(page.scanned).toBe(9)
    expect(page.total).toBeUndefined()
  })

  it('sends every filter on the wire to a backend with the filters extension', async () => {
    let query: URLSearchParams | undefined
    server.use(
      statusHandler('studio/status-extended.json'),
      http.get(`${STUDIO}/events`, ({ request }) => {
        query = new URL(request.url).searchParams
        return HttpResponse.json({ events: [], hasMore: false, nextCursor: null, total: 0 })
      }),
    )
    const page = await createEventsClient().listEvents({
      filters: {
        q: 'ana',
        severities: ['failed', 'warning'],
        types: ['user.joined'],
        until: new Date('2026-11-21T00:00:00Z'),
        organizationId: 'org_1',
      },
    })
    expect(page.clientFiltered).toEqual([])
    expect(query!.get('q')).toBe('ana')
    expect(query!.get('severity')?.split(',').sort()).toEqual(['failed', 'warning'])
    expect(query!.get('types')).toBe('user.joined')
    expect(query!.get('until')).toBe('2026-11-21T00:00:00.000Z')
    expect(query!.get('organizationId')).toBe('org_1')
  })

  it('pages with offsets through every event exactly once', async () => {
    const all = Array.from({ length: 120 }, (_, i) => wire(i))
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, ({ request }) => {
        const params = new URL(request.url).searchParams
        const offset = Number(params.get('offset') ?? 0)
        const limit = Number(params.get('limit'))
        const events = all.slice(offset, offset + limit)
        return HttpResponse.json({
          events,
          hasMore: offset + limit < all.length,
          nextCursor: null,
          total: null,
        })
      }),
    )
    const client = createEventsClient()
    const ids: string[] = []
    let cursor: string | undefined
    do {
      const page = await client.listEvents({ limit: 50, cursor })
      ids.push(...page.events.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(ids).toHaveLength(120)
    expect(new Set(ids).size).toBe(120)
  })

  it('uses the keyset cursor of a backend that advertises one', async () => {
    const cursors: (string | null)[] = []
    server.use(
      statusHandler('studio/status-extended.json'),
      http.get(`${STUDIO}/events`, ({ request }) => {
        const params = new URL(request.url).searchParams
        cursors.push(params.get('cursor'))
        expect(params.has('offset')).toBe(false)
        return HttpResponse.json({ events: [wire(1)], hasMore: true, nextCursor: 'k1', total: 5 })
      }),
    )
    const client = createEventsClient()
    const first = await client.listEvents({ limit: 1 })
    await client.listEvents({ limit: 1, cursor: first.nextCursor })
    expect(cursors).toEqual([null, 'k1'])
  })

  it('caps the page size at the backend maximum', async () => {
    let limit: string | null = null
    server.use(
      http.get(`${STUDIO}/events/status`, () =>
        HttpResponse.json({ enabled: true, capabilities: ['cursor'], maxPageSize: 100 }),
      ),
      http.get(`${STUDIO}/events`, ({ request }) => {
        limit = new URL(request.url).searchParams.get('limit')
        return HttpResponse.json({ events: [], hasMore: false, nextCursor: null, total: 0 })
      }),
    )
    await createEventsClient().listEvents({ limit: 1000 })
    expect(limit).toBe('100')
  })

  it('times out with a TimeoutError', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, async () => {
        await delay(500)
        return HttpResponse.json({ events: [], hasMore: false })
      }),
    )
    const error = await createEventsClient({ timeoutMs: 50 })
      .listEvents()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toMatchObject({ timeoutMs: 50 })
  })

  it('aborts with an AbortError when the caller aborts', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, async () => {
        await delay(500)
        return HttpResponse.json({ events: [], hasMore: false })
      }),
    )
    const controller = new AbortController()
    const pending = createEventsClient().listEvents({ signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toBeInstanceOf(AbortError)
    await expect(createEventsClient().getStatus({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    )
  })

  it('reports an unreachable backend as a NetworkError', async () => {
    server.use(http.get(`${STUDIO}/events/status`, () => HttpResponse.error()))
    await expect(createEventsClient().getStatus()).rejects.toBeInstanceOf(NetworkError)
  })

  it('reads Retry-After on 429 (seconds and HTTP date)', async () => {
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, () =>
        HttpResponse.json({ message: 'Too many requests' }, { status: 429, headers: { 'retry-after': '7' } }),
      ),
    )
    const error = await createEventsClient()
      .listEvents()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 })
  })

  it('does not ask a baseline backend for filtered counts, and says why', async () => {
    server.use(statusHandler())
    await expect(
      createEventsClient().getCounts({ filters: { severities: ['failed'] } }),
    ).rejects.toBeInstanceOf(UnsupportedError)
    await expect(
      createEventsClient().getActivity({ since: '2026-01-01', until: '2026-01-31', timeZone: 'UTC' }),
    ).rejects.toBeInstanceOf(UnsupportedError)
  })

  it('asks a window-count backend for counts with the filters', async () => {
    let query: URLSearchParams | undefined
    server.use(
      statusHandler('studio/status-extended.json'),
      http.get(`${STUDIO}/events/count`, ({ request }) => {
        query = new URL(request.url).searchParams
        return HttpResponse.json({ total: 3, success: 1, failed: 2, warning: 0, info: 0 })
      }),
    )
    const counts = await createEventsClient().getCounts({
      filters: { from: new Date('2026-11-01T00:00:00Z'), categories: ['session'] },
    })
    expect(counts).toMatchObject({ total: 3, failed: 2, scope: 'window' })
    expect(query!.get('since')).toBe('2026-11-01T00:00:00.000Z')
    expect(query!.get('types')).toContain('session.created')
  })

  it('never sends private, loopback or CGNAT addresses to the geo resolver', async () => {
    const sent: unknown[] = []
    server.use(
      statusHandler(),
      http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json({
          success: true,
          location: { country: 'X', countryCode: 'XX', city: 'Y', region: 'Z' },
        })
      }),
    )
    const result = await createEventsClient().resolveGeo([
      '10.0.0.1',
      '127.0.0.1',
      '100.64.1.1',
      'fd00::1',
      '203.0.113.7, 10.0.0.2',
    ])
    expect(sent).toEqual([{ ipAddress: '203.0.113.7' }])
    expect(result['10.0.0.1']).toBeNull()
    expect(result['203.0.113.7, 10.0.0.2']).toMatchObject({ countryCode: 'XX' })
  })

  it('resolves many IPs in one request on a geo-batch backend', async () => {
    const bodies: unknown[] = []
    server.use(
      statusHandler('studio/status-extended.json'),
      http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
        bodies.push(await request.json())
        return HttpResponse.json({
          success: true,
          locations: {
            '203.0.113.7': { country: 'Portugal', countryCode: 'PT', city: 'Lisbon', region: 'Lisbon' },
            '198.51.100.1': null,
          },
        })
      }),
    )
    const result = await createEventsClient().resolveGeo(['203.0.113.7', '198.51.100.1'])
    expect(bodies).toEqual([{ ipAddresses: ['203.0.113.7', '198.51.100.1'] }])
    expect(result).toEqual({
      '203.0.113.7': { country: 'Portugal', countryCode: 'PT', city: 'Lisbon', region: 'Lisbon' },
      '198.51.100.1': null,
    })
  })
})
