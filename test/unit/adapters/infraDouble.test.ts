import { describe, expect, it } from 'vitest'
import { infraAdapter, type InfraScope } from '../../../src/api/adapters/infra/infraAdapter'
import { normalizeInfraEvent } from '../../../src/api/adapters/infra/normalizeInfraEvent'
import type { InfraEvent } from '../../../src/api/adapters/infra/wire'
import { getEventTypeInfo } from '../../../src/api/catalogue/catalogue'
import { createEventsClient } from '../../../src/api/client'
import type { AuthEvent, EventFilters } from '../../../src/api/types'
import { createInfraDouble, type InfraDoubleOptions } from '../../../src/server/doubles/infraDouble'
import { generateInfraEvents } from '../../../src/server/doubles/generateInfraEvents'
import { readAllPages } from '../../helpers/readAllPages'
import { servePlugin } from '../../helpers/servePlugin'

const NOW = Date.parse('2026-11-20T12:00:00.000Z')
const ME = 'usr_me'
const ORGS = [
  { id: 'org_acme', role: 'owner' as const },
  { id: 'org_globex', role: 'admin' as const },
]

// The plugin's "own events": the user is the subject, the actor, or the key.
const isOwn = (event: InfraEvent) =>
  event.eventData.userId === ME || event.eventData.triggeredBy === ME || event.eventKey === ME
const orgOf = (event: InfraEvent) => event.eventData.organizationId as string | undefined

const own350 = generateInfraEvents({ seed: 5, now: NOW, count: 700, userId: ME }).filter(isOwn).slice(0, 350)
const strangers = generateInfraEvents({ seed: 6, now: NOW, count: 120, userId: 'usr_x' })
const orgEvents = generateInfraEvents({ seed: 7, now: NOW, count: 350, userId: ME })

const idOf = (event: InfraEvent) => {
  const result = normalizeInfraEvent(event, 0)
  if (!result.ok) throw new Error('generated event did not normalise')
  return result.event.id
}

const serve = (options: Partial<InfraDoubleOptions> & Pick<InfraDoubleOptions, 'events'>) =>
  servePlugin(createInfraDouble({ sessionUserId: ME, organizations: ORGS, ...options }))

/** Follows `nextCursor` to the end (at most 200 pages), as a list does. */
const readAll = (scope: InfraScope, filters: EventFilters, limit: number) =>
  readAllPages(createEventsClient({ adapter: infraAdapter({ scope }) }), filters, limit, 200)

describe('infra double + adapter', () => {
  it.each([100, 50, 33])(
    'pages through 350 own events %i at a time with no duplicate or missing row',
    async (limit) => {
      expect(own350).toHaveLength(350)
      const counter = serve({ events: [...strangers, ...own350] })
      const events = await readAll('self', {}, limit)
      expect(new Set(events.map((event) => event.id)).size).toBe(350)
      expect(events.map((event) => event.id)).toEqual(own350.map(idOf))
      expect(events.map((event) => (event.raw as InfraEvent).createdAt)).toEqual(
        own350.map((event) => event.createdAt),
      )
      expect(counter.requests).toBe(1 + Math.ceil(350 / limit))
    },
  )

  it('pages the all-organizations route, whose eventType filter works per page, without losing or repeating rows', async () => {
    const counter = serve({ events: orgEvents })
    const visible = orgEvents.filter((event) => ORGS.some((org) => org.id === orgOf(event)))
    const expected = visible.filter((event) => event.eventType === 'user_signed_in')
    expect(expected.length).toBeGreaterThan(5)

    const events = await readAll('all', { types: ['user_signed_in'] }, 100)
    expect(events.map((event) => event.id)).toEqual(expected.map(idOf))
    // Every page of the unfiltered list was read, even the short ones: 1 probe + one per 100 rows.
    expect(counter.requests).toBe(1 + Math.ceil(visible.length / 100))

    const everything = await readAll('all', {}, 100)
    expect(everything.map((event) => event.id)).toEqual(visible.map(idOf))
  })

  it('pages a properly filtered eventType on the own route and stops after its last page', async () => {
    const counter = serve({ events: own350 })
    const expected = own350.filter((event) => event.eventType === 'session_created')
    const events = await readAll('self', { types: ['session_created'] }, 10)
    expect(events.map((event) => event.id)).toEqual(expected.map(idOf))
    expect(counter.requests).toBe(1 + Math.max(1, Math.ceil(expected.length / 10)))
  })

  it('gives an event the same id on two fetches, though its age changed in between', async () => {
    let clock = NOW
    serve({ events: own350, now: () => clock })
    const client = createEventsClient({ adapter: infraAdapter() })
    const first = await client.listEvents({ limit: 20 })
    clock += 30 * 60_000
    const second = await client.listEvents({ limit: 20 })
    expect(second.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id))
    const age = (event: AuthEvent) => (event.raw as InfraEvent).ageInMinutes!
    expect(age(second.events[0]!) - age(first.events[0]!)).toBe(30)
  })

  it('behaves like the plugin on limits, sessions and organizations', async () => {
    const double = createInfraDouble({
      events: orgEvents,
      sessionUserId: ME,
      organizations: [{ id: 'org_acme', role: 'member' }],
    })
    const call = (path: string) => double(new Request(`http://localhost/api/auth${path}`))
    const first = (await (await call('/events/audit-logs')).json()) as {
      events: unknown[]
      limit: number
      offset: number
    }
    expect(first).toMatchObject({ limit: 50, offset: 0 })
    expect(first.events).toHaveLength(50)
    expect((await call('/events/audit-logs?limit=101')).status).toBe(400)
    expect((await call('/events/audit-logs?limit=0')).status).toBe(400)
    // A member sees the organization's events, not another's, and cannot use the admin route.
    const acme = (await (await call('/events/audit-logs?organizationId=org_acme&limit=100')).json()) as {
      events: InfraEvent[]
    }
    expect(acme.events.length).toBeGreaterThan(0)
    expect(acme.events.every((event) => orgOf(event) === 'org_acme' || event.eventKey === 'org_acme')).toBe(
      true,
    )
    expect((await call('/events/audit-logs?organizationId=org_globex')).status).toBe(403)
    expect((await call('/events/all-audit-logs')).status).toBe(403)
    const byIdentifier = (await (
      await call('/events/audit-logs?identifier=ana@example.com&limit=100')
    ).json()) as {
      events: InfraEvent[]
    }
    expect(
      byIdentifier.events.every(
        (event) =>
          event.eventData.userEmail === 'ana@example.com' || event.eventData.identifier === 'ana@example.com',
      ),
    ).toBe(true)
    expect((await call('/events/nothing')).status).toBe(404)

    const anonymous = createInfraDouble({ events: orgEvents, sessionUserId: null })
    expect((await anonymous(new Request('http://localhost/api/auth/events/audit-logs'))).status).toBe(401)
  })
})

describe('generateInfraEvents', () => {
  it('is deterministic, unique per derived id, and uses both spellings of the plugin’s types', () => {
    expect(generateInfraEvents({ seed: 7, now: NOW, count: 350, userId: ME })).toEqual(orgEvents)
    expect(new Set(orgEvents.map(idOf)).size).toBe(orgEvents.length)
    const types = new Set(orgEvents.map((event) => event.eventType))
    expect(types.has('user_signed_in')).toBe(true)
    expect(types.has('user_sign_in_failed')).toBe(true)
    expect([...types].some((type) => type.startsWith('security_'))).toBe(true)
    // Code and documentation spellings side by side, both known to the catalogue.
    expect(types.has('organization_member_added') && types.has('member_added')).toBe(true)
    for (const type of types) expect(getEventTypeInfo(type).category, type).not.toBe('other')
    expect(orgEvents.some((event) => event.location && event.location.city === null)).toBe(true)
    expect(orgEvents.some((event) => event.eventData.userId === 'unknown')).toBe(true)
  })
})
