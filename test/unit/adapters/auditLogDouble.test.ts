import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import type { AuditLogEntry } from '../../../src/api/adapters/auditLog/wire'
import { createEventsClient } from '../../../src/api/client'
import { RateLimitError } from '../../../src/api/errors'
import type { EventFilters } from '../../../src/api/types'
import { createAuditLogDouble, type AuditLogDoubleOptions } from '../../../src/server/doubles/auditLogDouble'
import { generateAuditLogEntries } from '../../../src/server/doubles/generateAuditLogEntries'
import { readAllPages } from '../../helpers/readAllPages'
import { servePlugin } from '../../helpers/servePlugin'

const NOW = Date.parse('2026-11-20T12:00:00.000Z')
const ME = 'usr_me'
const mine = generateAuditLogEntries({ seed: 1, now: NOW, count: 1_200, userId: ME })
const theirs = generateAuditLogEntries({ seed: 2, now: NOW, count: 80, userId: 'usr_other' })
const all = [...theirs, ...mine]

/** Serves the double through msw and counts the requests it answered. */
const serve = (options: Partial<AuditLogDoubleOptions> = {}) =>
  servePlugin(createAuditLogDouble({ entries: all, sessionUserId: ME, ...options }))

/** Follows `nextCursor` to the end (at most 100 pages), as a list does. */
const readAll = (filters: EventFilters, limit: number) =>
  readAllPages(createEventsClient({ adapter: auditLogAdapter() }), filters, limit, 100)

const ids = (entries: AuditLogEntry[]) => entries.map((entry) => entry.id)
const call = (double: ReturnType<typeof createAuditLogDouble>, path: string, init?: RequestInit) =>
  double(new Request(`http://localhost/api/auth${path}`, init))

describe('audit-log double + adapter', () => {
  it.each([100, 500, 37])(
    'pages through 1,200 entries %i at a time with no duplicate or missing row',
    async (limit) => {
      const counter = serve()
      const events = await readAll({}, limit)
      const expected = ids(mine.filter((entry) => entry.userId === ME))
      expect(expected.length).toBeGreaterThan(1_100)
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length)
      expect(events.map((event) => event.id)).toEqual(expected)
      const times = events.map((event) => event.timestamp.getTime())
      expect(times.every((time, i) => i === 0 || time <= times[i - 1]!)).toBe(true)
      // One status probe plus one request per page, well under the plugin's 60 a minute.
      expect(counter.requests).toBe(1 + Math.ceil(expected.length / limit))
    },
  )

  it('pages a server-filtered list (failed only) to the same rows the filter selects', async () => {
    serve()
    const events = await readAll({ severities: ['failed'] }, 50)
    const expected = ids(mine.filter((entry) => entry.userId === ME && entry.status === 'failed'))
    expect(expected.length).toBeGreaterThan(10)
    expect(events.map((event) => event.id)).toEqual(expected)
    expect(events.every((event) => event.severity === 'failed')).toBe(true)
  })

  it('answers 429 with Retry-After past 60 requests a minute, and serves again in the next window', async () => {
    let clock = NOW
    serve({ now: () => clock })
    const client = createEventsClient({ adapter: auditLogAdapter() })
    await client.getStatus() // request 1
    for (let i = 2; i <= 60; i += 1) await client.listEvents({ limit: 1 })
    clock += 20_500
    const error = await client.listEvents({ limit: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect((error as RateLimitError).retryAfterMs).toBe(40_000)
    clock += 39_500
    await expect(client.listEvents({ limit: 1 })).resolves.toMatchObject({ events: [expect.anything()] })
  })

  it('refuses another user’s entries with 403, and answers 401 without a session', async () => {
    const double = createAuditLogDouble({ entries: all, sessionUserId: ME, rateLimit: false })
    const forbidden = await call(double, '/audit-log/list?userId=usr_other')
    expect(forbidden.status).toBe(403)
    expect(await forbidden.json()).toEqual({
      code: 'FORBIDDEN',
      message: "Cannot query other users' audit logs",
    })
    const own = await call(double, `/audit-log/list?userId=${ME}&limit=5`)
    expect(own.status).toBe(200)

    const anonymous = createAuditLogDouble({ entries: all, sessionUserId: null })
    expect((await call(anonymous, '/audit-log/list')).status).toBe(401)
  })

  it('validates paging like the plugin: default 50, 1–500', async () => {
    const double = createAuditLogDouble({ entries: all, sessionUserId: ME, rateLimit: false })
    const first = (await (await call(double, '/audit-log/list')).json()) as {
      entries: unknown[]
      total: number
    }
    expect(first.entries).toHaveLength(50)
    expect(first.total).toBe(mine.filter((entry) => entry.userId === ME).length)
    expect((await call(double, '/audit-log/list?limit=501')).status).toBe(400)
    expect((await call(double, '/audit-log/list?limit=0')).status).toBe(400)
    expect((await call(double, '/audit-log/list?offset=-1')).status).toBe(400)
    expect((await call(double, '/audit-log/list?status=broken')).status).toBe(400)
  })

  it('filters by action, status and an inclusive from/to range', async () => {
    const double = createAuditLogDouble({ entries: all, sessionUserId: ME, rateLimit: false })
    const target = mine.find((entry) => entry.userId === ME && entry.action === 'sign-out')!
    const query = new URLSearchParams({
      action: 'sign-out',
      status: 'success',
      from: target.createdAt,
      to: target.createdAt,
    })
    const body = (await (await call(double, `/audit-log/list?${query}`)).json()) as {
      entries: AuditLogEntry[]
    }
    expect(body.entries.map((entry) => entry.id)).toEqual([target.id])
  })

  it('serves /audit-log/:id for own entries only, without the user agent', async () => {
    const double = createAuditLogDouble({ entries: all, sessionUserId: ME, rateLimit: false })
    const own = mine.find((entry) => entry.userId === ME)!
    const res = await call(double, `/audit-log/${own.id}`)
    expect(res.status).toBe(200)
    const { userAgent: _ua, ...expected } = own
    expect(await res.json()).toEqual(expected)
    expect((await call(double, `/audit-log/${theirs[0]!.id}`)).status).toBe(404)
    expect((await call(double, '/audit-log/nope')).status).toBe(404)
    expect((await call(double, '/other/route')).status).toBe(404)
  })

  it('inserts a custom entry that the next list shows first', async () => {
    const double = createAuditLogDouble({
      entries: all,
      sessionUserId: ME,
      rateLimit: false,
      now: () => NOW + 1_000,
    })
    const inserted = await call(double, '/audit-log/insert', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'admin:user-export', severity: 'high', metadata: { exportedCount: 3 } }),
    })
    expect(inserted.status).toBe(200)
    const body = (await (await call(double, '/audit-log/list?limit=1')).json()) as {
      entries: AuditLogEntry[]
    }
    expect(body.entries[0]).toMatchObject({ action: 'admin:user-export', userId: ME, severity: 'high' })
  })
})

describe('generateAuditLogEntries', () => {
  it('is deterministic per seed and mixes the plugin’s action names, failures and anonymous sign-in failures', () => {
    const again = generateAuditLogEntries({ seed: 1, now: NOW, count: 1_200, userId: ME })
    expect(again).toEqual(mine)
    expect(generateAuditLogEntries({ seed: 3, now: NOW, count: 50 })).not.toEqual(
      generateAuditLogEntries({ seed: 4, now: NOW, count: 50 }),
    )
    const actions = new Set(mine.map((entry) => entry.action))
    for (const action of [
      'sign-in:email',
      'sign-out',
      'two-factor:verify-totp',
      'ban-user',
      'admin:user-export',
    ]) {
      expect(actions.has(action)).toBe(true)
    }
    expect(mine.some((entry) => entry.status === 'failed' && entry.userId === null)).toBe(true)
    expect(mine.some((entry) => entry.status === 'failed' && entry.userId === ME)).toBe(true)
    expect(new Set(ids(mine)).size).toBe(mine.length)
    expect(mine.every((entry, i) => i === 0 || entry.createdAt < mine[i - 1]!.createdAt)).toBe(true)
    expect(Date.parse(mine[0]!.createdAt)).toBeLessThan(NOW)
  })
})
