import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import { createEventsClient } from '../../../src/api/client'
import { HttpError, isHttpError } from '../../../src/api/errors'
import { MASK, maskSecrets } from '../../../src/api/mask'
import type { AuthEvent } from '../../../src/api/types'
import { fixtureSuite } from '../../helpers/fixtures'
import { STUDIO, fixtureHandler, statusHandler } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'

const client = () => createEventsClient()
const byType = (events: AuthEvent[], type: string) => events.find((event) => event.type === type)!

/** Every Studio fixture has exactly one test below; a new fixture without one fails here. */
const fixtures = fixtureSuite('studio')

describe('Studio fixtures', () => {
  fixtures.test('studio/status-enabled.json', '', async () => {
    server.use(statusHandler('studio/status-enabled.json'))
    const status = await client().getStatus()
    expect(status.state).toBe('enabled')
    expect(status.advertised).toEqual([])
    expect(status.capabilities).toMatchObject({
      counts: 'all-time',
      geo: 'single',
      cursor: false,
      activity: false,
      defaultPollIntervalMs: 2000,
      maxPageSize: Number.POSITIVE_INFINITY,
    })
    expect(status.capabilities.filters).toMatchObject({ types: 'one', userId: true, from: true, q: false })
  })

  fixtures.test('studio/status-extended.json', '', async () => {
    server.use(statusHandler('studio/status-extended.json'))
    const status = await client().getStatus()
    expect(status.state).toBe('enabled')
    expect(status.advertised).toEqual(['filters', 'cursor', 'activity', 'counts-window', 'geo-batch'])
    expect(status.capabilities).toMatchObject({
      counts: 'window',
      geo: 'batch',
      cursor: true,
      activity: true,
    })
    expect(status.capabilities.filters).toMatchObject({ types: 'many', q: true, severity: true, until: true })
  })

  fixtures.test('studio/status-disabled.json', '', async () => {
    server.use(statusHandler('studio/status-disabled.json'))
    const status = await client().getStatus()
    expect(status).toMatchObject({ state: 'disabled', enabled: false, configured: false })
  })

  fixtures.test('studio/status-configured-not-ready.json', '', async () => {
    server.use(statusHandler('studio/status-configured-not-ready.json'))
    const status = await client().getStatus()
    expect(status).toMatchObject({
      state: 'not-ready',
      configured: true,
      error: 'connect ECONNREFUSED 127.0.0.1:5432',
    })
  })

  fixtures.test('studio/events-postgres.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events', 'studio/events-postgres.json'))
    const page = await client().listEvents()
    expect(page.events).toHaveLength(10)
    expect(page.skipped).toEqual([])
    expect(page).toMatchObject({
      hasMore: true,
      ready: true,
      total: undefined,
      scanned: 10,
      nextCursor: 'o:10',
    })

    const unknown = byType(page.events, 'billing.subscription_renewed')
    expect(unknown).toMatchObject({
      category: 'other',
      label: 'billing.subscription_renewed',
      severity: 'info',
    })
    // A display message that is just the type is not a message.
    expect(unknown.message).toBe('billing.subscription_renewed')
    expect(unknown.sessionId).toBeUndefined()
    expect(unknown.ipAddress).toBeUndefined()
    expect(unknown.userAgent).toBeUndefined()
    expect(unknown.timestamp).toEqual(new Date('2026-11-20T16:00:00.000Z'))

    const otp = byType(page.events, 'phone_number.otp_requested')
    expect(otp.category).toBe('phone_number')
    expect(maskSecrets(otp.metadata)).toMatchObject({ code: MASK, phoneNumber: '+15555550123' })

    const failedLogin = byType(page.events, 'user.logged_in')
    expect(failedLogin).toMatchObject({ status: 'failed', severity: 'failed', category: 'user' })
    expect(failedLogin.userId).toBeUndefined()
    // User-controlled text stays text.
    expect(failedLogin.message).toBe('Failed login attempt for <img src=x onerror=alert(1)>@evil.test')

    // The server's stored severity is kept, even where Studio's inference is known to be wrong.
    expect(byType(page.events, 'user.unbanned').severity).toBe('failed')
    expect(byType(page.events, 'password.reset_requested').severity).toBe('warning')

    const joined = byType(page.events, 'user.joined')
    expect(joined.sessionId).toBeUndefined() // "" means none
    expect(joined.ipAddress).toBe('203.0.113.7') // first x-forwarded-for entry

    const session = byType(page.events, 'session.created')
    expect(session).toMatchObject({
      category: 'session',
      severity: 'success',
      message: 'Session created for Ana Souza',
    })
    expect(maskSecrets(session.metadata)).toMatchObject({ token: MASK, email: 'ana@example.com' })

    const org = byType(page.events, 'organization.created')
    expect(org.ipAddress).toBe('2001:db8::1')
    expect(org.message).toContain('株式会社')
    expect(byType(page.events, 'team.member.added').category).toBe('team')
    expect(byType(page.events, 'member.role_changed').category).toBe('member')
  })

  fixtures.test('studio/events-sqlite.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events', 'studio/events-sqlite.json'))
    const page = await client().listEvents()
    expect(page.events.length).toBeGreaterThan(0)
    expect(page).toMatchObject({ hasMore: true, total: 812, ready: true })
    const unknown = byType(page.events, 'billing.subscription_renewed')
    // No display at all: catalogue default (unknown → info) and the label as message.
    expect(unknown).toMatchObject({
      severity: 'info',
      message: 'billing.subscription_renewed',
      source: 'api',
    })
    expect(unknown.sessionId).toBeUndefined()
    expect(byType(page.events, 'phone_number.otp_requested').userAgent).toBe('okhttp/4.12.0')
  })

  fixtures.test('studio/events-last-page.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events', 'studio/events-last-page.json'))
    const page = await client().listEvents({ cursor: 'o:810' })
    expect(page).toMatchObject({ hasMore: false, total: 812, nextCursor: undefined })
    expect(page.events.map((event) => event.type)).toEqual(['session.created', 'user.joined'])
  })

  fixtures.test('studio/events-not-ready.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events', 'studio/events-not-ready.json'))
    const page = await client().listEvents()
    expect(page).toMatchObject({ ready: false, hasMore: false, events: [], nextCursor: undefined })
  })

  fixtures.test('studio/count.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events/count', 'studio/count.json'))
    expect(await client().getCounts()).toEqual({
      total: 812,
      success: 640,
      failed: 71,
      warning: 38,
      info: 63,
      scope: 'all-time',
    })
  })

  fixtures.test('studio/count-total-only.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('get', '/events/count', 'studio/count-total-only.json'))
    expect(await client().getCounts()).toEqual({
      total: 812,
      success: null,
      failed: null,
      warning: null,
      info: null,
      scope: 'all-time',
    })
  })

  fixtures.test('studio/geo-ok.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('post', '/geo/resolve', 'studio/geo-ok.json'))
    expect(await client().resolveGeo('203.0.113.7')).toEqual({
      country: 'Brazil',
      countryCode: 'BR',
      city: 'São Paulo',
      region: 'São Paulo',
    })
  })

  fixtures.test('studio/geo-unknown.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('post', '/geo/resolve', 'studio/geo-unknown.json'))
    expect(await client().resolveGeo('198.51.100.1')).toBeNull()
  })

  fixtures.test('studio/geo-404.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('post', '/geo/resolve', 'studio/geo-404.json', 404))
    expect(await client().resolveGeo('2001:db8::5')).toBeNull()
  })

  fixtures.test('studio/geo-400.json', '', async () => {
    server.use(statusHandler(), fixtureHandler('post', '/geo/resolve', 'studio/geo-400.json', 400))
    expect(await client().resolveGeo('203.0.113.9')).toBeNull()
  })

  const errorCases = [
    ['studio/error-401.json', 401, 'unauthorized', 'Session expired', undefined],
    ['studio/error-403.json', 403, 'forbidden', 'Access denied for this IP address', 'ip_not_allowed'],
    ['studio/error-404.json', 404, 'not-found', 'Not found', undefined],
    ['studio/error-500.json', 500, 'server', 'Failed to query events from provider', undefined],
  ] as const
  for (const [fixture, status, kind, message, reason] of errorCases) {
    fixtures.test(fixture, '', async () => {
      server.use(statusHandler(), fixtureHandler('get', '/events', fixture, status))
      const error = await client()
        .listEvents()
        .catch((e: unknown) => e)
      expect(isHttpError(error)).toBe(true)
      expect(error).toBeInstanceOf(HttpError)
      expect(error).toMatchObject({ status, kind, serverMessage: message, reason })
      expect((error as HttpError).url).toMatch(/\/api\/studio\/api\/events\?/)
    })
  }

  fixtures.expectEveryFixtureTested()

  it('never sends `after`, even when asked for the next page', async () => {
    const seen: URL[] = []
    server.use(
      statusHandler(),
      http.get(`${STUDIO}/events`, ({ request }) => {
        seen.push(new URL(request.url))
        return HttpResponse.json({ events: [], hasMore: false, nextCursor: 'abc', total: 0 })
      }),
    )
    await client().listEvents({ cursor: 'o:50', limit: 25 })
    expect(seen[0]!.searchParams.has('after')).toBe(false)
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({ limit: '25', offset: '50', sort: 'desc' })
  })
})
