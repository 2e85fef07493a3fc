import { describe, expect, it } from 'vitest'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { normalizeAuditLogEntry } from '../../../src/api/adapters/auditLog/normalizeAuditLogEntry'
import { createEventsClient } from '../../../src/api/client'
import { RateLimitError, isRateLimitError } from '../../../src/api/errors'
import { MASK, isSecretKey, maskSecrets } from '../../../src/api/mask'
import type { AuthEvent } from '../../../src/api/types'
import { fixtureSuite, loadFixture } from '../../helpers/fixtures'
import { server } from '../../mocks/server'

const LIST = '*/api/auth/audit-log/list'
const client = () => createEventsClient({ adapter: auditLogAdapter() })
const answer = (fixture: string, status = 200, headers?: Record<string, string>) =>
  http.get(LIST, () => HttpResponse.json(loadFixture<JsonBodyType>(fixture), { status, headers }))
const byId = (events: AuthEvent[], id: string) => events.find((event) => event.id === id)!

/** Every audit-log fixture has a test below; a new fixture without one fails the last test. */
const fixtures = fixtureSuite('audit-logs')

describe('audit-log plugin fixtures', () => {
  fixtures.test('audit-logs/list.json', 'normalises every entry', async () => {
    server.use(answer('audit-logs/list.json'))
    const page = await client().listEvents()
    expect(page.skipped).toEqual([])
    expect(page.events.map((event) => event.id)).toEqual([
      'al_01',
      'al_02',
      'al_03',
      'al_04',
      'al_05',
      'al_06',
    ])
    expect(page.total).toBe(57)
    // Six entries where fifty were asked for: the plugin has nothing more, whatever `total` says.
    expect(page.hasMore).toBe(false)

    const signIn = byId(page.events, 'al_01')
    expect(signIn).toMatchObject({
      type: 'sign-in:email',
      category: 'session',
      label: 'Signed in with email',
      status: 'success',
      severity: 'info',
      userId: 'usr_8Jk2',
      ipAddress: '203.0.113.7',
      source: 'audit-log',
      metadata: {},
    })
    expect(signIn.timestamp).toEqual(new Date('2026-11-20T10:00:00.000Z'))
    expect(signIn.userAgent).toBeUndefined()
    expect(signIn.message).toBe('Signed in with email')

    const failed = byId(page.events, 'al_02')
    expect(failed).toMatchObject({
      status: 'failed',
      severity: 'failed',
      category: 'session',
      ipAddress: '198.51.100.23',
    })
    // `error.code` is an error code, not a one-time code: it stays readable.
    expect(isSecretKey('code', 'error')).toBe(false)
    expect(maskSecrets(failed.metadata)).toEqual({
      error: { message: 'Invalid email or password', status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' },
    })

    const ban = byId(page.events, 'al_03')
    // A successful critical action is something to notice, not a failure.
    expect(ban).toMatchObject({ type: 'ban-user', category: 'admin', status: 'success', severity: 'warning' })
    expect(ban.ipAddress).toBeUndefined()
    expect(isSecretKey('password', 'requestBody')).toBe(true)
    expect(maskSecrets(ban.metadata)).toEqual({
      requestBody: { userId: 'usr_Z9x8', banReason: 'spam', password: MASK },
    })

    expect(byId(page.events, 'al_04')).toMatchObject({
      type: 'admin:user-export',
      category: 'admin',
      severity: 'warning',
      metadata: { exportedCount: 500 },
    })
    expect(byId(page.events, 'al_05')).toMatchObject({
      category: 'two_factor',
      severity: 'info',
      status: 'success',
    })
    expect(byId(page.events, 'al_06')).toMatchObject({
      type: 'sign-out',
      category: 'session',
      severity: 'info',
    })
    expect(page.events.every((event) => event.raw !== undefined && event.timestamp instanceof Date)).toBe(
      true,
    )
  })

  it('audit-logs/list.json: a full page has more, with a cursor for the next offset', async () => {
    const seen: URL[] = []
    server.use(
      http.get(LIST, ({ request }) => {
        seen.push(new URL(request.url))
        return HttpResponse.json(loadFixture<JsonBodyType>('audit-logs/list.json'))
      }),
    )
    const page = await client().listEvents({ limit: 6 })
    expect(page.hasMore).toBe(true)
    const next = await client().listEvents({ limit: 6, cursor: page.nextCursor })
    expect(next.events).toHaveLength(6)
    expect(seen.at(-1)!.searchParams.get('offset')).toBe('6')
    expect(seen.at(-1)!.searchParams.get('limit')).toBe('6')
  })

  fixtures.test('audit-logs/entry.json', 'normalises like the same entry in a list', async () => {
    const entry = loadFixture('audit-logs/entry.json')
    const single = normalizeAuditLogEntry(entry, 0)
    const fromList = normalizeAuditLogEntry(
      loadFixture<{ entries: unknown[] }>('audit-logs/list.json').entries[2],
      2,
    )
    expect(single.ok && fromList.ok).toBe(true)
    if (!single.ok || !fromList.ok) return
    expect({ ...single.event, raw: undefined }).toEqual({ ...fromList.event, raw: undefined })
    expect(single.event.raw).toBe(entry)
    expect(maskSecrets(single.event.metadata)).toMatchObject({
      requestBody: { password: MASK, banReason: 'spam' },
    })
  })

  fixtures.test(
    'audit-logs/error-429.json',
    'becomes a RateLimitError with the wait, from the list and the status',
    async () => {
      let calls = 0
      server.use(
        http.get(LIST, () => {
          calls += 1
          return calls === 1
            ? HttpResponse.json(loadFixture<JsonBodyType>('audit-logs/list.json'))
            : HttpResponse.json(loadFixture<JsonBodyType>('audit-logs/error-429.json'), {
                status: 429,
                headers: { 'Retry-After': '42' },
              })
        }),
      )
      const events = client()
      const error = await events.listEvents().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RateLimitError)
      expect(isRateLimitError(error)).toBe(true)
      expect(error).toMatchObject({
        status: 429,
        retryAfterMs: 42_000,
        body: { message: 'Too many requests. Please try again later.' },
      })
      expect((error as RateLimitError).url).toMatch(/\/api\/auth\/audit-log\/list\?limit=50&offset=0$/)
      // The status probe is a list request too: a 429 there is not "plugin missing" but the same error.
      await expect(events.getStatus()).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 42_000 })
    },
  )

  fixtures.expectEveryFixtureTested()
})
