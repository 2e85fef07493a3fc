/**
 * The kit's fixture helpers: recorded answers of the real backends run through each adapter's
 * normalisation (`normalizeListFixture`, `normalizeStatusFixture`), checked event by event
 * (`checkAuthEvent`), and served to a whole client by `fixtureFetch`.
 */
import { describe, expect, it } from 'vitest'
import { auditLogAdapter } from '../../../src/api/adapters/auditLog/auditLogAdapter'
import { infraAdapter } from '../../../src/api/adapters/infra/infraAdapter'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import { createEventsClient } from '../../../src/api/client'
import { InvalidResponseError } from '../../../src/api/errors'
import { checkAuthEvent } from '../../../src/api/testing/checkAuthEvent'
import { fixtureFetch } from '../../../src/api/testing/fixtureFetch'
import { normalizeListFixture, normalizeStatusFixture } from '../../../src/api/testing/normalizeFixture'
import { verifyAdapter } from '../../../src/api/testing/verifyAdapter'
import { loadFixture } from '../../helpers/fixtures'

describe('normalizeListFixture', () => {
  it.each([
    ['studio/events-postgres.json', studioAdapter(), 10],
    ['studio/events-sqlite.json', studioAdapter(), 4],
    ['audit-logs/list.json', auditLogAdapter(), 6],
    ['infra/audit-logs.json', infraAdapter(), 5],
  ])('turns %s into valid normalised events', async (fixture, adapter, count) => {
    const page = await normalizeListFixture(adapter, loadFixture(fixture))
    expect(page.events.length + page.skipped.length).toBe(count)
    expect(page.events.length).toBeGreaterThan(0)
    expect(
      page.events.flatMap((event) => checkAuthEvent(event).map((issue) => `${event.id} ${issue}`)),
    ).toEqual([])
  })

  it('passes filters, limit and cursor on as the client would, and reports the schema failure of a wrong answer', async () => {
    const page = await normalizeListFixture(auditLogAdapter(), loadFixture('audit-logs/list.json'), {
      filters: { types: ['sign-in:email'], userId: '  ' },
      limit: 2,
      cursor: 'o:4',
    })
    expect(page.applied).toEqual(['types'])
    expect(page).toMatchObject({ hasMore: true, nextCursor: 'o:10', total: 57 })
    await expect(normalizeListFixture(studioAdapter(), { rows: [] })).rejects.toBeInstanceOf(
      InvalidResponseError,
    )
  })
})

describe('normalizeStatusFixture', () => {
  it.each([
    ['studio/status-enabled.json', 'enabled'],
    ['studio/status-configured-not-ready.json', 'not-ready'],
    ['studio/status-disabled.json', 'disabled'],
  ])('reads %s as state %s', async (fixture, state) => {
    await expect(normalizeStatusFixture(studioAdapter(), loadFixture(fixture))).resolves.toMatchObject({
      state,
    })
  })
})

describe('checkAuthEvent', () => {
  it('accepts a valid event and names every broken field of an invalid one', async () => {
    const [event] = (await normalizeListFixture(studioAdapter(), loadFixture('studio/events-last-page.json')))
      .events
    expect(checkAuthEvent(event)).toEqual([])
    const problems = checkAuthEvent({
      ...event,
      id: '',
      category: 'billing',
      timestamp: new Date('nope'),
      location: { city: 'Unknown' },
      metadata: [],
      raw: undefined,
    })
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'id',
      'timestamp',
      'category',
      'location.city',
      'metadata',
      'raw',
    ])
    expect(checkAuthEvent(null)).toEqual(['(event): is null, not an object'])
  })
})

describe('fixtureFetch', () => {
  const routes = {
    '/api/events/status': loadFixture('studio/status-enabled.json'),
    '/api/events': loadFixture('studio/events-last-page.json'),
    '/api/events/count': loadFixture('studio/count.json'),
  }
  const baseUrl = 'https://admin.example.com'

  it('serves a whole conformance run from fixtures', async () => {
    const fetch = fixtureFetch(routes)
    const report = await verifyAdapter({ adapter: studioAdapter(), fetch, baseUrl, filters: [] })
    expect(report.problems).toEqual([])
    expect(report).toMatchObject({ ok: true, events: 2, pages: 1 })
    expect(report.checked).toEqual(['status', 'list without filters', 'counts'])
    expect(fetch.requests.slice(0, 2)).toEqual([
      'https://admin.example.com/api/studio/api/events/status',
      'https://admin.example.com/api/studio/api/events?limit=25&sort=desc',
    ])
  })

  it('shows that a static answer cannot pass the filter checks (it returns everything for every filter)', async () => {
    const report = await verifyAdapter({ adapter: studioAdapter(), fetch: fixtureFetch(routes), baseUrl })
    expect(report.problems).toEqual([
      expect.stringMatching(/^list oldest first, page 1, event ".+": out of order/),
      expect.stringMatching(
        /^filter types, page 1, event ".+": does not match the filters \{ types=\["session.created"\] \}/,
      ),
      expect.stringMatching(
        /^filter from, page 1, event ".+": does not match the filters \{ from=2026-11-20T09:15:02.540Z \}/,
      ),
    ])
  })

  it('answers by the longest matching suffix, with Responses, functions and a 404 for unknown paths', async () => {
    const fetch = fixtureFetch({
      '/audit-log/list': (url: URL) => ({ entries: [], total: Number(url.searchParams.get('offset')) }),
      '/list': { entries: [], total: -1 },
      '/limited/list': new Response('{}', { status: 429, headers: { 'retry-after': '3' } }),
    })
    const client = createEventsClient({ adapter: auditLogAdapter(), fetch })
    await expect(client.listEvents({ cursor: 'o:7' })).resolves.toMatchObject({ total: 7 })
    expect(fetch.requests.at(-1)).toBe('http://fixture.local/api/auth/audit-log/list?limit=50&offset=7')
    expect(await (await fetch('/other/list')).json()).toEqual({ entries: [], total: -1 })
    expect((await fetch('/api/auth/limited/list')).status).toBe(429)
    // A Response answer is served again on the next request.
    expect((await fetch('/api/auth/limited/list')).headers.get('retry-after')).toBe('3')
    const unknown = await fetch('https://x.test/nowhere')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: 'Not found', path: '/nowhere' })
  })
})
