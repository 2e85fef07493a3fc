import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { createEventsClient } from '../../../src/api/client'
import { HttpError, InvalidResponseError } from '../../../src/api/errors'
import { server } from '../../mocks/server'

const LIST = '*/api/auth/audit-log/list'

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  userId: 'usr_1',
  action: 'sign-in:email',
  status: 'success',
  severity: 'medium',
  ipAddress: '203.0.113.7',
  metadata: {},
  createdAt: '2026-11-20T10:00:00.000Z',
  ...extra,
})

/** Answers every list request with `body`, recording the query of each. */
function recordList(body: unknown) {
  const seen: URLSearchParams[] = []
  server.use(
    http.get(LIST, ({ request }) => {
      seen.push(new URL(request.url).searchParams)
      return HttpResponse.json(body as Record<string, unknown>)
    }),
  )
  return seen
}

describe('auditLogAdapter', () => {
  it('declares what the plugin can do', () => {
    const adapter = auditLogAdapter()
    expect(adapter).toMatchObject({ id: 'audit-log', basePath: '/api/auth' })
    expect(adapter.capabilities).toMatchObject({
      counts: false,
      activity: false,
      geo: false,
      cursor: false,
      sortAsc: false,
      maxPageSize: 500,
      defaultPollIntervalMs: 15_000,
    })
    expect(adapter.capabilities.filters).toEqual({
      types: 'one',
      status: true,
      from: true,
      until: true,
      severity: false,
      q: false,
      userId: false,
      organizationId: false,
      sessionId: false,
    })
    expect(auditLogAdapter({ basePath: '/auth' }).basePath).toBe('/auth')
  })

  it('sends one action, "failed only", from and an inclusive `to` a millisecond before `until`', async () => {
    const seen = recordList({ entries: [entry('a', { status: 'failed', severity: 'high' })], total: 1 })
    const page = await createEventsClient({ adapter: auditLogAdapter() }).listEvents({
      limit: 20,
      filters: {
        types: ['sign-in:email'],
        severities: ['failed'],
        from: new Date('2026-11-01T00:00:00.000Z'),
        until: new Date('2026-11-21T00:00:00.000Z'),
      },
    })
    expect(Object.fromEntries(seen.at(-1)!)).toEqual({
      action: 'sign-in:email',
      status: 'failed',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-20T23:59:59.999Z',
      limit: '20',
      offset: '0',
    })
    expect(page.clientFiltered).toEqual([])
    expect(page.events.map((event) => event.id)).toEqual(['a'])
  })

  it('narrows to status success for buckets without `failed` and leaves the split to the client', async () => {
    const seen = recordList({
      entries: [
        entry('crit', { action: 'ban-user', severity: 'critical' }),
        entry('med'),
        entry('low', { severity: 'low' }),
      ],
      total: 3,
    })
    const page = await createEventsClient({ adapter: auditLogAdapter() }).listEvents({
      filters: { severities: ['warning'] },
    })
    expect(seen.at(-1)!.get('status')).toBe('success')
    expect(page.clientFiltered).toEqual(['severities'])
    expect(page.events.map((event) => event.id)).toEqual(['crit'])
  })

  it('sends neither status nor action when the server cannot express the filter', async () => {
    const seen = recordList({ entries: [entry('a'), entry('b', { action: 'sign-out' })], total: 2 })
    const page = await createEventsClient({ adapter: auditLogAdapter() }).listEvents({
      filters: {
        severities: ['failed', 'info'],
        types: ['sign-out', 'sign-in:email'],
        categories: ['session'],
        userId: 'usr_1',
        q: 'sign',
      },
    })
    const query = seen.at(-1)!
    for (const name of ['status', 'action', 'userId', 'q']) expect(query.has(name)).toBe(false)
    expect(page.clientFiltered.sort()).toEqual(['categories', 'q', 'severities', 'types', 'userId'])
    expect(page.events).toHaveLength(2)
  })

  it('skips a malformed entry, says why, and keeps the rest of the page', async () => {
    recordList({
      entries: [
        entry('ok-1'),
        { action: 'sign-out', createdAt: '2026-11-20T09:00:00.000Z' },
        entry('bad-date', { createdAt: 'yesterday' }),
        entry('ok-2', { metadata: '{"note":"json text"}', userId: null, ipAddress: '203.0.113.9, 10.0.0.1' }),
      ],
      total: 4,
    })
    const page = await createEventsClient({ adapter: auditLogAdapter() }).listEvents({ limit: 4 })
    expect(page.events.map((event) => event.id)).toEqual(['ok-1', 'ok-2'])
    expect(page.scanned).toBe(4)
    expect(page.skipped).toEqual([
      { index: 1, id: undefined, issues: [expect.stringMatching(/^id: /)] },
      { index: 2, id: 'bad-date', issues: ['createdAt: Invalid date "yesterday"'] },
    ])
    expect(page.events[1]).toMatchObject({ metadata: { note: 'json text' }, ipAddress: '203.0.113.9' })
    expect(page.events[1]!.userId).toBeUndefined()
    expect(page.hasMore).toBe(false)
  })

  it('throws InvalidResponseError naming the field when the envelope is wrong', async () => {
    let calls = 0
    server.use(
      http.get(LIST, () => {
        calls += 1
        return HttpResponse.json(calls === 1 ? { entries: [], total: 0 } : { entries: 'none', total: 3 })
      }),
    )
    const error = await createEventsClient({ adapter: auditLogAdapter() })
      .listEvents()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as InvalidResponseError).issues[0]).toMatchObject({ path: 'entries' })
  })

  describe('getStatus', () => {
    it('is enabled and self-only when a one-row list request succeeds', async () => {
      const seen = recordList({ entries: [], total: 0 })
      const status = await createEventsClient({ adapter: auditLogAdapter() }).getStatus()
      expect(Object.fromEntries(seen[0]!)).toEqual({ limit: '1' })
      expect(status).toMatchObject({
        state: 'enabled',
        enabled: true,
        configured: true,
        selfOnly: true,
        advertised: [],
        capabilities: { maxPageSize: 500, counts: false },
      })
    })

    it('says "not installed" at a custom base path, naming it', async () => {
      server.use(http.get('*/auth/audit-log/list', () => new HttpResponse(null, { status: 404 })))
      const status = await createEventsClient({ adapter: auditLogAdapter({ basePath: '/auth' }) }).getStatus()
      expect(status).toMatchObject({ state: 'disabled', enabled: false, configured: false })
      expect(status.error).toMatch(/not installed at \/auth /)
    })

    it('says "not installed" at the default base path on a 404', async () => {
      server.use(http.get(LIST, () => new HttpResponse(null, { status: 404 })))
      const status = await createEventsClient({ adapter: auditLogAdapter() }).getStatus()
      expect(status).toMatchObject({ state: 'disabled', enabled: false, configured: false, selfOnly: true })
      expect(status.error).toMatch(/better-auth-audit-logs plugin is not installed at \/api\/auth/)
    })

    it.each([
      [401, { code: 'UNAUTHORIZED', message: 'Unauthorized' }],
      [403, { code: 'FORBIDDEN', message: 'Forbidden' }],
    ])('rethrows a %i as HttpError', async (statusCode, body) => {
      server.use(http.get(LIST, () => HttpResponse.json(body, { status: statusCode })))
      const error = await createEventsClient({ adapter: auditLogAdapter() })
        .getStatus()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HttpError)
      expect(error).toMatchObject({ status: statusCode, serverMessage: body.message })
    })
  })
})
