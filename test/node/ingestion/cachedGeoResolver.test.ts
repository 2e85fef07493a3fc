import { describe, expect, it } from 'vitest'
import { cachedGeoResolver } from '../../../src/server/geo/cachedGeoResolver'

describe('cachedGeoResolver', () => {
  it('asks the underlying resolver once per address and never for private ranges', async () => {
    const asked: string[] = []
    const resolve = cachedGeoResolver(async (ip) => {
      asked.push(ip)
      return { country: 'Portugal', countryCode: 'PT' }
    })
    await Promise.all([resolve('203.0.113.7'), resolve('203.0.113.7'), resolve('203.0.113.7, 10.0.0.1')])
    expect(await resolve('10.1.2.3')).toBeNull()
    expect(await resolve('100.64.0.1')).toBeNull()
    expect(await resolve('::1')).toBeNull()
    expect(asked).toEqual(['203.0.113.7'])
  })

  it('does not cache failures and forgets the least recently used beyond its size', async () => {
    let calls = 0
    const resolve = cachedGeoResolver(
      async (ip) => {
        calls += 1
        if (ip === '198.51.100.1' && calls === 1) throw new Error('timeout')
        return { city: ip }
      },
      { maxEntries: 2 },
    )
    await expect(resolve('198.51.100.1')).rejects.toThrow('timeout')
    expect(await resolve('198.51.100.1')).toEqual({ city: '198.51.100.1' })
    await resolve('198.51.100.2')
    await resolve('198.51.100.3') // evicts .1
    await resolve('198.51.100.1')
    expect(calls).toBe(5)
  })
})
