import { describe, expect, it } from 'vitest'
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  isEmptyFilters,
  matchesFilters,
  normalizeFilters,
} from '../../../src/api/filters'
import type { AuthEvent, EventFilters } from '../../../src/api/types'

function event(overrides: Partial<AuthEvent> = {}): AuthEvent {
  return {
    id: 'evt_1',
    type: 'session.created',
    category: 'session',
    label: 'Session created',
    message: 'Session created for Ana Souza',
    timestamp: new Date('2026-11-20T12:00:00.000Z'),
    status: 'success',
    severity: 'success',
    userId: 'usr_8Jk2',
    sessionId: 'ses_Q1w2',
    organizationId: 'org_Acme',
    ipAddress: '203.0.113.7',
    source: 'app',
    metadata: { email: 'ana@example.com', name: 'Ana Souza', token: 'Yx7bq0PZtQ1w2e3r' },
    raw: {},
    ...overrides,
  }
}

describe('normalizeFilters', () => {
  it('drops empty values, trims, de-duplicates and sorts', () => {
    const filters: EventFilters = {
      q: '  ana  ',
      categories: ['team', 'user', 'team'],
      types: ['user.joined', ' ', 'session.created', 'user.joined'],
      severities: ['info', 'failed', 'info'],
      userId: '',
      organizationId: '  ',
      sessionId: undefined,
    }
    expect(normalizeFilters(filters)).toEqual({
      q: 'ana',
      categories: ['user', 'team'],
      types: ['session.created', 'user.joined'],
      severities: ['failed', 'info'],
    })
  })

  it('drops empty arrays, invalid dates, unknown categories and the default sort', () => {
    const filters = {
      q: '',
      categories: ['nope'],
      types: [],
      severities: ['critical'],
      from: new Date('not a date'),
      until: new Date('2026-11-21T00:00:00Z'),
      sort: 'desc',
    } as unknown as EventFilters
    expect(normalizeFilters(filters)).toEqual({ until: new Date('2026-11-21T00:00:00Z') })
    expect(normalizeFilters({ sort: 'asc' })).toEqual({ sort: 'asc' })
  })

  it('gives equal results for filters that select the same events', () => {
    const a = normalizeFilters({ types: ['b', 'a'], severities: ['info', 'success'], q: 'x ' })
    const b = normalizeFilters({
      q: 'x',
      severities: ['success', 'info'],
      types: ['a', 'b', 'a'],
      categories: [],
    })
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('does not mutate its input', () => {
    const filters: EventFilters = { types: ['b', 'a'] }
    normalizeFilters(filters)
    expect(filters.types).toEqual(['b', 'a'])
  })
})

describe('isEmptyFilters', () => {
  it('is true when nothing narrows the events', () => {
    expect(isEmptyFilters({})).toBe(true)
    expect(isEmptyFilters({ q: ' ', types: [], sort: 'asc' })).toBe(true)
    expect(isEmptyFilters({ severities: ['failed'] })).toBe(false)
    expect(isEmptyFilters({ from: new Date('2026-01-01T00:00:00Z') })).toBe(false)
  })
})

describe('matchesFilters', () => {
  it('matches everything with empty filters', () => {
    expect(matchesFilters(event(), {})).toBe(true)
    expect(matchesFilters(event(), { categories: [], types: [] })).toBe(true)
  })

  it('searches type, label, message, ids, IP and emails in metadata, ignoring case', () => {
    for (const q of [
      'SESSION.created',
      'session created',
      'ana souza',
      'evt_1',
      'usr_8jk2',
      'ses_q1w2',
      'org_acme',
      '203.0.113',
    ]) {
      expect(matchesFilters(event(), { q }), q).toBe(true)
    }
    expect(matchesFilters(event(), { q: 'ANA@EXAMPLE' })).toBe(true)
    expect(
      matchesFilters(event({ metadata: { invitee: { inviteeEmail: 'zed@corp.io' } } }), { q: 'zed@corp' }),
    ).toBe(true)
    expect(matchesFilters(event(), { q: 'bob' })).toBe(false)
  })

  it('never matches on a secret value', () => {
    expect(matchesFilters(event(), { q: 'Yx7bq0' })).toBe(false)
  })

  it('combines categories and types as a union', () => {
    const filters: EventFilters = { categories: ['team'], types: ['session.created'] }
    expect(matchesFilters(event(), filters)).toBe(true)
    expect(matchesFilters(event({ type: 'team.created', category: 'team' }), filters)).toBe(true)
    expect(matchesFilters(event({ type: 'user.joined', category: 'user' }), filters)).toBe(false)
    expect(matchesFilters(event(), { categories: ['session'] })).toBe(true)
    expect(matchesFilters(event(), { types: ['user.joined'] })).toBe(false)
  })

  it('filters by severity buckets and exact ids', () => {
    expect(matchesFilters(event(), { severities: ['failed', 'success'] })).toBe(true)
    expect(matchesFilters(event(), { severities: ['failed'] })).toBe(false)
    expect(
      matchesFilters(event(), { userId: 'usr_8Jk2', organizationId: 'org_Acme', sessionId: 'ses_Q1w2' }),
    ).toBe(true)
    expect(matchesFilters(event(), { userId: 'usr_8jk2' })).toBe(false)
    expect(matchesFilters(event({ userId: undefined }), { userId: 'usr_8Jk2' })).toBe(false)
  })

  it('filters by the exact IP address (a longer address or a mention elsewhere does not match)', () => {
    expect(matchesFilters(event(), { ipAddress: ' 203.0.113.7 ' })).toBe(true)
    expect(matchesFilters(event({ ipAddress: '203.0.113.70' }), { ipAddress: '203.0.113.7' })).toBe(false)
    expect(
      matchesFilters(event({ ipAddress: undefined, message: 'Blocked 203.0.113.7' }), {
        ipAddress: '203.0.113.7',
      }),
    ).toBe(false)
    expect(normalizeFilters({ ipAddress: '  ' })).toEqual({})
    expect(filtersToSearchParams({ ipAddress: '2001:db8::1' }).get('ipAddress')).toBe('2001:db8::1')
    expect(filtersFromSearchParams('ipAddress=203.0.113.7')).toEqual({ ipAddress: '203.0.113.7' })
  })

  it('treats from as inclusive and until as exclusive', () => {
    const at = new Date('2026-11-20T12:00:00.000Z')
    expect(matchesFilters(event(), { from: at })).toBe(true)
    expect(matchesFilters(event(), { until: at })).toBe(false)
    expect(matchesFilters(event(), { from: new Date(at.getTime() + 1) })).toBe(false)
    expect(matchesFilters(event(), { until: new Date(at.getTime() + 1) })).toBe(true)
  })

  it('tests only the given fields', () => {
    const filters: EventFilters = { userId: 'someone-else', severities: ['success'] }
    expect(matchesFilters(event(), filters)).toBe(false)
    expect(matchesFilters(event(), filters, ['severities'])).toBe(true)
    expect(matchesFilters(event(), filters, [])).toBe(true)
  })

  it('tests the type union when either categories or types is named', () => {
    const filters: EventFilters = { categories: ['team'], types: ['session.created'] }
    expect(matchesFilters(event(), filters, ['categories'])).toBe(true)
    expect(matchesFilters(event({ type: 'user.joined', category: 'user' }), filters, ['types'])).toBe(false)
  })
})

describe('URL encoding', () => {
  const full: EventFilters = {
    q: 'ana souza',
    categories: ['user', 'two_factor'],
    types: ['sign-in:email', 'user.joined'],
    severities: ['failed', 'warning'],
    from: new Date('2026-11-01T00:00:00.000Z'),
    until: new Date('2026-11-21T05:30:00.000Z'),
    userId: 'usr_8Jk2',
    organizationId: 'org Acme&Co',
    sessionId: 'ses_Q1w2',
    sort: 'asc',
  }

  it('uses the model names, comma lists and ISO instants', () => {
    const params = filtersToSearchParams(full)
    expect(params.get('categories')).toBe('user,two_factor')
    expect(params.get('types')).toBe('sign-in:email,user.joined')
    expect(params.get('severities')).toBe('failed,warning')
    expect(params.get('from')).toBe('2026-11-01T00:00:00.000Z')
    expect(params.get('until')).toBe('2026-11-21T05:30:00.000Z')
    expect(params.get('sort')).toBe('asc')
    expect(params.get('organizationId')).toBe('org Acme&Co')
  })

  it('round-trips', () => {
    expect(filtersFromSearchParams(filtersToSearchParams(full))).toEqual(normalizeFilters(full))
    expect(filtersFromSearchParams(filtersToSearchParams(full).toString())).toEqual(normalizeFilters(full))
    expect(filtersFromSearchParams(filtersToSearchParams({}))).toEqual({})
    expect(filtersToSearchParams({ sort: 'desc' }).toString()).toBe('')
  })

  it('reads a query string with a leading ? and repeated list params', () => {
    expect(filtersFromSearchParams('?types=b&types=a,c&severities=info')).toEqual({
      types: ['a', 'b', 'c'],
      severities: ['info'],
    })
  })

  it('drops unknown and invalid values without throwing', () => {
    const query =
      'categories=user,bogus&severities=critical,failed&from=yesterday&until=2026-02-31&sort=sideways&foo=bar&q=%20'
    expect(filtersFromSearchParams(query)).toEqual({ categories: ['user'], severities: ['failed'] })
    expect(filtersFromSearchParams('from=2026-11-20T10:00:00')).toEqual({})
    expect(filtersFromSearchParams('from=%E0%A4%A')).toEqual({})
  })

  it('accepts dates, and date-times with an offset', () => {
    expect(filtersFromSearchParams('from=2026-11-20').from).toEqual(new Date('2026-11-20T00:00:00.000Z'))
    expect(filtersFromSearchParams('from=2026-11-20T10:00:00%2B02:00').from).toEqual(
      new Date('2026-11-20T08:00:00.000Z'),
    )
  })

  it('leaves out types that contain a comma', () => {
    expect(filtersToSearchParams({ types: ['a,b', 'c'] }).get('types')).toBe('c')
  })
})
