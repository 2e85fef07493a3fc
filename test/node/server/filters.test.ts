/** The `filters` extension (CONTRACT section 3): every filter, combined with AND, validated. */
import { describe, expect, it } from 'vitest'
import { call, id, ids, makeHandler, post, sampleEvents } from './helpers'

const handler = makeHandler({ extensions: ['filters'] })
const list = async (query: string) => ids(await call(handler, `/api/events?${query}`))
const nums = (...ns: number[]) => ns.map(id)

describe('filters extension', () => {
  it('takes a comma list of types, narrowed further by type', async () => {
    expect(await list('types=user.logged_in,session.created')).toEqual(nums(12, 11, 3, 2))
    expect(await list('types=user.logged_in,%20session.created,')).toEqual(nums(12, 11, 3, 2))
    expect(await list('type=user.logged_in&types=user.logged_in,session.created')).toEqual(nums(11, 3))
    expect(await list('type=user.joined&types=session.created')).toEqual([])
  })

  it('filters the wire status and the classification buckets separately', async () => {
    expect(await list('status=failed')).toEqual(nums(3))
    expect(await list('severity=failed')).toEqual(nums(8, 3))
    expect(await list('severity=warning,info')).toEqual(nums(10, 9, 7, 6))
    expect(await list('status=success&severity=failed')).toEqual(nums(8))
  })

  it('takes an exclusive until and an inclusive since', async () => {
    expect(await list('until=2026-11-18T09:00:00.200Z')).toEqual(nums(1))
    expect(await list('since=2026-11-19T00:00:00Z&until=2026-11-20T00:00:00Z')).toEqual(nums(8, 7, 6, 5, 4))
  })

  it('filters by organization and session', async () => {
    expect(await list('organizationId=org_acme')).toEqual(nums(13, 10, 5, 4))
    expect(await list('sessionId=ses_1')).toEqual(nums(13, 4, 2))
    expect(await list('organizationId=org_acme&severity=success')).toEqual(nums(13, 5, 4))
  })

  it('searches type, message, ids and emails in metadata, case-insensitively', async () => {
    expect(await list('q=CHEN@example.com')).toEqual(nums(12, 11, 5))
    expect(await list('q=banned')).toEqual(nums(8, 7))
    expect(await list('q=usr_bo')).toEqual(nums(9, 8, 7, 6))
    expect(await list('q=added%20to%20team')).toEqual(nums(13))
  })

  it('never finds an event by a secret in its metadata', async () => {
    expect(await list('q=secret-token-value')).toEqual([])
    expect(await list('q=482913')).toEqual([])
  })

  it('reports the total of the filtered set and pages through it', async () => {
    const first = await call(handler, '/api/events?userId=usr_ana&limit=2')
    expect(first.body).toMatchObject({ total: 6, hasMore: true })
    expect(ids(first)).toEqual(nums(13, 10))
    expect(await list('userId=usr_ana&limit=2&offset=4')).toEqual(nums(2, 1))
  })

  it.each([
    ['status=maybe', 'status'],
    ['severity=critical', 'severity'],
    ['severity=failed,loud', 'severity'],
    ['until=next%20week', 'until'],
    [`q=${'x'.repeat(201)}`, 'q'],
    [`types=${Array.from({ length: 101 }, (_, i) => `t${i}`).join(',')}`, 'types'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const answer = await call(handler, `/api/events?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ error: 'Invalid parameter', parameter })
  })
})

describe('SQL-looking input is just text', () => {
  const injections = [
    `' OR 1=1 --`,
    `usr_bo' OR '1'='1`,
    `user.joined'); DROP TABLE auth_events; --`,
    `%' UNION SELECT * FROM users --`,
    `\\'; SELECT pg_sleep(5); --`,
  ]

  it.each(injections)('matches nothing and breaks nothing: %s', async (text) => {
    const value = encodeURIComponent(text)
    for (const name of ['q', 'userId', 'types', 'type', 'organizationId', 'sessionId']) {
      const answer = await call(handler, `/api/events?${name}=${value}`)
      expect(answer.status).toBe(200)
      expect(ids(answer)).toEqual([])
    }
    expect(await list('')).toHaveLength(13)
  })

  it.each(injections)(
    'is refused (400, naming the parameter) where a value is validated: %s',
    async (text) => {
      const value = encodeURIComponent(text)
      const full = makeHandler({
        extensions: ['filters', 'cursor', 'activity', 'counts-window', 'geo-batch'],
      })
      const routes = [
        ...['since', 'until', 'severity', 'status', 'cursor', 'limit', 'offset', 'sort'].map(
          (name) => [`/api/events?${name}=${value}`, name] as const,
        ),
        [`/api/events/count?since=${value}`, 'since'] as const,
        [`/api/events/activity?since=2026-11-18&until=2026-11-20&tz=${value}`, 'tz'] as const,
        [`/api/events/activity?since=${value}&until=2026-11-20`, 'since'] as const,
      ]
      for (const [path, name] of routes) {
        const answer = await call(full, path)
        expect(answer.status, path).toBe(400)
        expect(JSON.stringify(answer.body), path).toContain(name)
        expect(answer.body).not.toHaveProperty('events')
      }
      // The geo route takes any text and resolves nothing from it.
      const geo = await post(full, '/api/geo/resolve', { ipAddress: text })
      expect([400, 404]).toContain(geo.status)
      expect(ids(await call(full, '/api/events?limit=100'))).toHaveLength(13)
    },
  )

  it('finds an event whose own data looks like SQL, as text', async () => {
    const email = `x'); DROP TABLE auth_events; --@evil.test`
    const events = [
      ...sampleEvents(),
      {
        id: id(99),
        type: 'user.logged_in',
        timestamp: '2026-11-20T11:00:00.000Z',
        status: 'failed' as const,
        metadata: { email },
        source: 'app',
      },
    ]
    const withSql = makeHandler({ events, extensions: ['filters'] })
    const answer = await call(
      withSql,
      `/api/events?q=${encodeURIComponent('DROP TABLE auth_events; --@evil')}`,
    )
    expect(ids(answer)).toEqual([id(99)])
    expect((answer.body.events as { metadata: { email: string } }[])[0]?.metadata.email).toBe(email)
  })
})
