import { describe, expect } from 'vitest'
import * as v from 'valibot'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { infraAdapter } from '../../../src/api/adapters/infra/infraAdapter'
import { infraEventTypesSchema } from '../../../src/api/adapters/infra/schemas'
import { getEventTypeInfo } from '../../../src/api/catalogue/catalogue'
import { createEventsClient } from '../../../src/api/client'
import { HttpError, isHttpError } from '../../../src/api/errors'
import { countSecrets, maskSecrets } from '../../../src/api/mask'
import type { AuthEvent } from '../../../src/api/types'
import { createInfraDouble } from '../../../src/server/doubles/infraDouble'
import { fixtureSuite, loadFixture } from '../../helpers/fixtures'
import { server } from '../../mocks/server'

const AUDIT_LOGS = '*/api/auth/events/audit-logs'
const client = () => createEventsClient({ adapter: infraAdapter() })
const byType = (events: AuthEvent[], type: string) => events.find((event) => event.type === type)!

/** Every infra fixture has a test below; a new fixture without one fails the last test. */
const fixtures = fixtureSuite('infra')

describe('infra plugin fixtures', () => {
  fixtures.test(
    'infra/audit-logs.json',
    'normalises every event, deriving id, status and severity',
    async () => {
      server.use(
        http.get(AUDIT_LOGS, () => HttpResponse.json(loadFixture<JsonBodyType>('infra/audit-logs.json'))),
      )
      const page = await client().listEvents()
      expect(page.skipped).toEqual([])
      expect(page.events).toHaveLength(5)
      expect(page.total).toBe(233)
      // Five events where fifty were asked for: nothing follows, whatever `total` says.
      expect(page.hasMore).toBe(false)
      expect(new Set(page.events.map((event) => event.id)).size).toBe(5)
      expect(page.events.every((event) => /^infra_[0-9a-f]{16}$/.test(event.id))).toBe(true)

      const signIn = byType(page.events, 'user_signed_in')
      expect(signIn).toMatchObject({
        category: 'session',
        label: 'Signed in',
        message: 'Ana Souza signed in with email',
        status: 'success',
        severity: 'success',
        userId: 'usr_8Jk2',
        sessionId: 'ses_Q1w2',
        userAgent: 'Mozilla/5.0',
        ipAddress: '203.0.113.7',
        location: { city: 'Lisbon', country: 'Portugal', countryCode: 'PT' },
        source: 'infra',
      })
      expect(signIn.timestamp).toEqual(new Date('2026-11-20T10:00:00.000Z'))
      expect(signIn.organizationId).toBeUndefined()

      const failed = byType(page.events, 'user_sign_in_failed')
      expect(failed).toMatchObject({
        status: 'failed',
        severity: 'failed',
        category: 'session',
        ipAddress: '198.51.100.23',
      })
      expect(failed.message).toBe('Failed sign-in for mallory@example.com')
      // "unknown" is the plugin's placeholder for "none"; a null city is simply absent.
      expect(failed.userId).toBeUndefined()
      expect(failed.location).toEqual({ country: 'Netherlands', countryCode: 'NL' })

      const role = byType(page.events, 'organization_member_role_updated')
      expect(role).toMatchObject({
        category: 'member',
        severity: 'info',
        organizationId: 'org_Acme',
        userId: 'usr_C3',
        message: 'Chen Wei role changed from member to admin',
      })
      expect(role.location).toBeUndefined()
      expect(role.ipAddress).toBeUndefined()

      const stuffing = byType(page.events, 'security_credential_stuffing')
      // A detection is a warning; the request itself was not necessarily refused.
      expect(stuffing).toMatchObject({
        category: 'security',
        status: 'success',
        severity: 'warning',
        ipAddress: '198.51.100.23',
      })
      expect(stuffing.location).toBeUndefined()
      expect(stuffing.userId).toBeUndefined()

      const impersonation = byType(page.events, 'user_impersonated')
      expect(impersonation).toMatchObject({
        category: 'admin',
        severity: 'warning',
        userId: 'usr_Z9x8',
        sessionId: 'ses_I1',
        message: 'Ana Souza started impersonating Bo',
      })

      // Nothing here is a secret: ids, emails and session ids stay readable.
      for (const event of page.events) {
        expect(countSecrets(event.metadata)).toBe(0)
        expect(maskSecrets(event.metadata)).toEqual(event.metadata)
        expect(event.metadata).toEqual((event.raw as { eventData: unknown }).eventData)
      }
    },
  )

  fixtures.test('infra/types.json', 'parses, and every type it lists is in the catalogue', async () => {
    const fixture = loadFixture('infra/types.json')
    const types = v.parse(infraEventTypesSchema, fixture)
    for (const type of Object.values(types.all)) {
      expect(getEventTypeInfo(type).category, type).not.toBe('other')
      expect(getEventTypeInfo(type).backend, type).toBe('infra')
    }
    // The double answers /events/types in the same shape, listing at least the fixture's types.
    const double = createInfraDouble({ events: [], sessionUserId: 'usr_8Jk2' })
    const served = v.parse(
      infraEventTypesSchema,
      await (await double(new Request('http://x/api/auth/events/types'))).json(),
    )
    expect(served.all).toMatchObject(types.all)
    expect(served.user).toMatchObject(types.user!)
    expect(served.organization).toMatchObject(types.organization!)
  })

  fixtures.test(
    'infra/error-403.json',
    'becomes an HttpError (forbidden), and the double answers the same',
    async () => {
      const body = loadFixture<JsonBodyType>('infra/error-403.json')
      server.use(http.get(AUDIT_LOGS, () => HttpResponse.json(body, { status: 403 })))
      const error = await client()
        .listEvents({ filters: { userId: 'usr_other' } })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HttpError)
      expect(isHttpError(error)).toBe(true)
      expect(error).toMatchObject({
        status: 403,
        kind: 'forbidden',
        serverMessage: "Not allowed to access another user's audit logs",
        body,
      })

      const double = createInfraDouble({ events: [], sessionUserId: 'usr_8Jk2' })
      const res = await double(new Request('http://x/api/auth/events/audit-logs?userId=usr_other'))
      expect(res.status).toBe(403)
      expect(await res.json()).toEqual(body)
    },
  )

  fixtures.expectEveryFixtureTested()
})
