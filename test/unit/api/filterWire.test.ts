import { describe, expect, it } from 'vitest'
import { canSendCategoriesOnWire, filtersToWireParams, wireAppliedFields } from '../../../src/api/filterWire'

describe('filtersToWireParams', () => {
  it('sends every field with its wire name', () => {
    expect(
      filtersToWireParams({
        q: ' ana ',
        types: ['user.joined'],
        severities: ['warning', 'failed'],
        from: new Date('2026-11-01T00:00:00.000Z'),
        until: new Date('2026-11-21T00:00:00.000Z'),
        userId: 'usr_1',
        organizationId: 'org_1',
        sessionId: 'ses_1',
        sort: 'asc',
      }),
    ).toEqual({
      q: 'ana',
      types: 'user.joined',
      severity: 'failed,warning',
      since: '2026-11-01T00:00:00.000Z',
      until: '2026-11-21T00:00:00.000Z',
      userId: 'usr_1',
      organizationId: 'org_1',
      sessionId: 'ses_1',
      sort: 'asc',
    })
  })

  it('expands categories to their Studio types merged with the types', () => {
    const params = filtersToWireParams({ categories: ['session'], types: ['user.joined', 'session.created'] })
    expect(params.types).toBe('login.failed,session.created,user.joined')
    expect(filtersToWireParams({ categories: ['team'] }).types).toBe(
      'team.created,team.deleted,team.member.added,team.member.removed,team.updated',
    )
  })

  it('sends only the sort for empty filters', () => {
    expect(filtersToWireParams({})).toEqual({ sort: 'desc' })
  })

  it('leaves out types entirely when a category cannot be expanded', () => {
    const params = filtersToWireParams({
      categories: ['user', 'other'],
      types: ['billing.x'],
      severities: ['info'],
    })
    expect(params).toEqual({ severity: 'info', sort: 'desc' })
  })
})

describe('canSendCategoriesOnWire', () => {
  it('is false for other and for categories without Studio types', () => {
    expect(canSendCategoriesOnWire(['user', 'team'])).toBe(true)
    expect(canSendCategoriesOnWire([])).toBe(true)
    expect(canSendCategoriesOnWire(['other'])).toBe(false)
    expect(canSendCategoriesOnWire(['user', 'security'])).toBe(false)
    expect(canSendCategoriesOnWire(['two_factor'])).toBe(false)
    expect(canSendCategoriesOnWire(['admin'])).toBe(false)
  })
})

describe('wireAppliedFields', () => {
  it('names the fields the server applies', () => {
    expect(
      wireAppliedFields({ q: 'x', categories: ['user'], severities: ['info'], sort: 'asc' }).sort(),
    ).toEqual(['categories', 'q', 'severities'])
    expect(wireAppliedFields({ q: 'x', categories: ['other'], types: ['a'] })).toEqual(['q'])
    expect(wireAppliedFields({})).toEqual([])
    // No backend takes an IP: never sent, always applied in the client.
    expect(wireAppliedFields({ userId: 'u', ipAddress: '203.0.113.7' })).toEqual(['userId'])
    expect(filtersToWireParams({ ipAddress: '203.0.113.7' })).toEqual({ sort: 'desc' })
  })
})
