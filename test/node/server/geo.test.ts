/** `POST /api/geo/resolve`: Studio's single look-up, the good backend's, and the `geo-batch` extension. */
import { describe, expect, it } from 'vitest'
import type { GeoLocation } from '../../../src/api/types'
import { call, makeHandler, post } from './helpers'

const SAO_PAULO = { country: 'Brazil', countryCode: 'BR', city: 'São Paulo', region: 'São Paulo' }
const UNKNOWN = { country: 'Unknown', countryCode: '', city: 'Unknown', region: 'Unknown' }

/** A resolver that records what it was asked. */
function recording(
  answer: (ip: string) => GeoLocation | null = () => ({ country: 'Portugal', countryCode: 'PT' }),
) {
  const asked: string[] = []
  return { asked, geo: async (ip: string) => (asked.push(ip), answer(ip)) }
}

describe('single look-up (good backend)', () => {
  const handler = makeHandler()

  it('places the documentation ranges with the offline sample table', async () => {
    const answer = await post(handler, '/api/geo/resolve', { ipAddress: '192.0.2.70' })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ success: true, location: SAO_PAULO })
    const v6 = await post(handler, '/api/geo/resolve', { ipAddress: '2001:db8::1a' })
    expect(v6.body).toMatchObject({ success: true, location: { city: 'Toronto', countryCode: 'CA' } })
  })

  it('answers 404 when nothing is known, 400 when the address is missing or the body is not JSON', async () => {
    for (const ipAddress of ['10.0.0.1', '8.8.8.8', 'not-an-ip', '999.1.1.1']) {
      const answer = await post(handler, '/api/geo/resolve', { ipAddress })
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ success: false, error: 'Location not found for IP address' })
    }
    for (const body of [{}, { ipAddress: '' }, { ipAddress: 42 }, { ipAddresses: ['192.0.2.70'] }]) {
      const answer = await post(handler, '/api/geo/resolve', body)
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({ success: false, error: 'IP address is required' })
    }
    const broken = await call(handler, '/api/geo/resolve', { method: 'POST', body: '{nope' })
    expect(broken.status).toBe(400)
    expect(broken.body.success).toBe(false)
  })

  it('fills unknown parts with Studio placeholders', async () => {
    const { geo } = recording()
    const answer = await post(makeHandler({ geo }), '/api/geo/resolve', { ipAddress: '203.0.113.9' })
    expect(answer.body).toEqual({
      success: true,
      location: { country: 'Portugal', countryCode: 'PT', city: 'Unknown', region: 'Unknown' },
    })
  })

  it('never passes a private, loopback or CGNAT address to the resolver', async () => {
    const { asked, geo } = recording()
    const withGeo = makeHandler({ geo })
    for (const ipAddress of ['10.1.2.3', '127.0.0.1', '100.64.0.1', '192.168.1.1', 'fd00::1', '::1']) {
      expect((await post(withGeo, '/api/geo/resolve', { ipAddress })).status).toBe(404)
    }
    expect(asked).toEqual([])
  })

  it('answers 500 without details when the resolver fails', async () => {
    const geo = async (): Promise<GeoLocation | null> => {
      throw new Error('GeoLite2 file missing at /secret/path')
    }
    const answer = await post(makeHandler({ geo }), '/api/geo/resolve', { ipAddress: '203.0.113.9' })
    expect(answer.status).toBe(500)
    expect(JSON.stringify(answer.body)).not.toContain('/secret/path')
  })

  it('only accepts POST', async () => {
    expect((await call(handler, '/api/geo/resolve')).status).toBe(405)
  })
})

describe('single look-up with studioQuirks', () => {
  it('answers 200 with placeholders for a private or unmatched IPv4, 404 for IPv6 and malformed', async () => {
    const { asked, geo } = recording(() => null)
    const handler = makeHandler({ studioQuirks: true, geo })
    for (const ipAddress of ['10.0.0.1', '8.8.8.8']) {
      const answer = await post(handler, '/api/geo/resolve', { ipAddress })
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual({ success: true, location: UNKNOWN })
    }
    expect(asked).toEqual(['8.8.8.8'])
    for (const ipAddress of ['2001:db8::1a', 'nope']) {
      expect((await post(handler, '/api/geo/resolve', { ipAddress })).status).toBe(404)
    }
  })

  it('resolves with the sample table by default', async () => {
    const answer = await post(makeHandler({ studioQuirks: true }), '/api/geo/resolve', {
      ipAddress: '192.0.2.70',
    })
    expect(answer.body).toEqual({ success: true, location: SAO_PAULO })
  })
})

describe('geo-batch extension', () => {
  it('resolves many addresses at once, each distinct address once, null when unknown', async () => {
    const { asked, geo } = recording((ip) =>
      ip === '8.8.8.8' ? null : { country: 'Somewhere', countryCode: 'SW', city: ip },
    )
    const handler = makeHandler({ extensions: ['geo-batch'], geo })
    const answer = await post(handler, '/api/geo/resolve', {
      ipAddresses: ['192.0.2.70', '8.8.8.8', '10.0.0.1', '2001:db8::1a', 'nope', '192.0.2.70'],
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      success: true,
      locations: {
        '192.0.2.70': { country: 'Somewhere', countryCode: 'SW', city: '192.0.2.70', region: 'Unknown' },
        '8.8.8.8': null,
        '10.0.0.1': null,
        '2001:db8::1a': { country: 'Somewhere', countryCode: 'SW', city: '2001:db8::1a', region: 'Unknown' },
        nope: null,
      },
    })
    expect([...asked].sort()).toEqual(['192.0.2.70', '2001:db8::1a', '8.8.8.8'])
  })

  it('still answers the single form', async () => {
    const answer = await post(makeHandler({ extensions: ['geo-batch'] }), '/api/geo/resolve', {
      ipAddress: '192.0.2.70',
    })
    expect(answer.body).toEqual({ success: true, location: SAO_PAULO })
  })

  it.each([
    [{ ipAddresses: '192.0.2.70' }],
    [{ ipAddresses: [1, 2] }],
    [{ ipAddresses: Array.from({ length: 101 }, (_, i) => `192.0.2.${i}`) }],
  ])('answers 400 for a bad list %#', async (body) => {
    const answer = await post(makeHandler({ extensions: ['geo-batch'] }), '/api/geo/resolve', body)
    expect(answer.status).toBe(400)
    expect(answer.body.success).toBe(false)
  })
})
