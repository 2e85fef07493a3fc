import { describe, expect, it, vi } from 'vitest'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { createEventsClient } from '../../../src/api/client'
import { isAbortError, isHttpError } from '../../../src/api/errors'
import { createGeoResolver, getGeoResolver } from '../../../src/api/geoResolver'
import { loadFixture } from '../../helpers/fixtures'
import { STUDIO, statusHandler } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'

type GeoBody = { ipAddress?: string; ipAddresses?: string[] }

const wire = (city: string, countryCode = 'BR') => ({ country: 'Brazil', countryCode, city, region: 'SP' })

/** Records every geo request; answers single look-ups with `answer(ip)` and batches per address. */
function geoBackend({
  batch = false,
  answer = (ip: string) => HttpResponse.json({ success: true, location: wire(ip) }),
} = {}) {
  const bodies: GeoBody[] = []
  server.use(
    statusHandler(batch ? 'studio/status-extended.json' : 'studio/status-enabled.json'),
    http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
      const body = (await request.json()) as GeoBody
      bodies.push(body)
      if (body.ipAddresses) {
        return HttpResponse.json({
          success: true,
          locations: Object.fromEntries(body.ipAddresses.map((ip) => [ip, wire(ip)])),
        })
      }
      return answer(body.ipAddress ?? '')
    }),
  )
  return bodies
}

/** A promise the test settles by hand, to hold a response open. */
function gate() {
  let open = () => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

describe('createGeoResolver', () => {
  it('sends every address asked in the same tick as ONE batch request on a geo-batch backend', async () => {
    const bodies = geoBackend({ batch: true })
    const resolver = createGeoResolver(createEventsClient())
    const ips = ['203.0.113.7', '198.51.100.2', '192.0.2.9', '2001:db8::1', '8.8.8.8']

    const locations = await Promise.all(ips.map((ip) => resolver.resolve(ip)))

    expect(bodies).toEqual([{ ipAddresses: ips }])
    expect(locations.map((location) => location?.city)).toEqual(ips)
  })

  it('asks each distinct address once, including x-forwarded-for lists of the same client', async () => {
    const bodies = geoBackend()
    const resolver = createGeoResolver(createEventsClient())

    const [a, b, c] = await Promise.all([
      resolver.resolve('203.0.113.7'),
      resolver.resolve('203.0.113.7'),
      resolver.resolve('203.0.113.7, 10.0.0.1'),
    ])
    const later = await resolver.resolve('203.0.113.7')

    expect(bodies).toEqual([{ ipAddress: '203.0.113.7' }])
    expect([a, b, c, later]).toEqual(
      Array(4).fill({ country: 'Brazil', countryCode: 'BR', city: '203.0.113.7', region: 'SP' }),
    )
    expect(resolver.peek('203.0.113.7')).toEqual(a)
    expect(resolver.peek('198.51.100.2')).toBeUndefined()
  })

  it('runs at most 4 single look-ups at a time, and keeps 4 going', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const gates: ReturnType<typeof gate>[] = []
    const bodies: GeoBody[] = []
    server.use(
      statusHandler(),
      http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
        const body = (await request.json()) as GeoBody
        bodies.push(body)
        inFlight++
        maxInFlight = Math.max(maxInFlight, inFlight)
        const held = gate()
        gates.push(held)
        await held.promise
        inFlight--
        return HttpResponse.json({ success: true, location: wire(body.ipAddress ?? '') })
      }),
    )
    const resolver = createGeoResolver(createEventsClient())
    const ips = Array.from({ length: 10 }, (_, index) => `203.0.113.${index + 1}`)

    const all = Promise.all(ips.map((ip) => resolver.resolve(ip)))
    for (let released = 0; released < ips.length; released++) {
      // Each released response makes room for exactly one more request.
      await vi.waitFor(
        () => {
          expect(gates.length).toBe(Math.min(ips.length, released + 4))
          expect(inFlight).toBe(Math.min(4, ips.length - released))
        },
        { interval: 5 },
      )
      gates[released]!.open()
    }
    const locations = await all

    expect(maxInFlight).toBe(4)
    expect(bodies).toHaveLength(10)
    expect(locations.map((location) => location?.city)).toEqual(ips)
  })

  it('never sends private, loopback, link-local, CGNAT, unique-local, multicast or unspecified addresses', async () => {
    const bodies = geoBackend({ batch: true })
    const resolver = createGeoResolver(createEventsClient())
    const never = [
      '10.1.2.3',
      '172.16.5.4',
      '192.168.0.10',
      '127.0.0.1',
      '::1',
      '169.254.10.1',
      'fe80::1',
      '100.64.0.1',
      '100.127.255.254',
      'fc00::1',
      'fd12:3456::1',
      '224.0.0.1',
      'ff02::1',
      '0.0.0.0',
      '::',
      '10.0.0.1, 203.0.113.7',
      'not-an-ip',
      '',
    ]

    const locations = await Promise.all(never.map((ip) => resolver.resolve(ip)))

    expect(locations).toEqual(never.map(() => null))
    expect(never.map((ip) => resolver.peek(ip))).toEqual(never.map(() => null))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(bodies).toEqual([])
  })

  it('sends documentation ranges like any public address', async () => {
    const bodies = geoBackend({ batch: true })
    const resolver = createGeoResolver(createEventsClient())
    const documentation = ['192.0.2.1', '198.51.100.20', '203.0.113.200', '2001:db8:85a3::8a2e:370:7334']

    await Promise.all(documentation.map((ip) => resolver.resolve(ip)))

    expect(bodies).toEqual([{ ipAddresses: documentation }])
  })

  it('turns Studio\'s "Unknown" placeholders into null, and does not ask again', async () => {
    const bodies = geoBackend({
      answer: () => HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-unknown.json')),
    })
    const resolver = createGeoResolver(createEventsClient())

    expect(await resolver.resolve('203.0.113.7')).toBeNull()
    expect(await resolver.resolve('203.0.113.7')).toBeNull()
    expect(resolver.peek('203.0.113.7')).toBeNull()
    expect(bodies).toHaveLength(1)
  })

  it('resolves a 404 ("nothing known") to null and caches it', async () => {
    const bodies = geoBackend({
      answer: () => HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-404.json'), { status: 404 }),
    })
    const resolver = createGeoResolver(createEventsClient())

    expect(await resolver.resolve('2001:db8::5')).toBeNull()
    expect(await resolver.resolve('2001:db8::5')).toBeNull()
    expect(bodies).toHaveLength(1)
  })

  it('rejects every waiting caller on a server failure, caches nothing, and retries on the next call', async () => {
    let fail = true
    const bodies = geoBackend({
      answer: (ip) =>
        fail
          ? HttpResponse.json(loadFixture<JsonBodyType>('studio/error-500.json'), { status: 500 })
          : HttpResponse.json({ success: true, location: wire(ip) }),
    })
    const resolver = createGeoResolver(createEventsClient())

    const outcomes = await Promise.allSettled([
      resolver.resolve('203.0.113.7'),
      resolver.resolve('203.0.113.7'),
    ])
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected'])
    const [first] = outcomes as PromiseRejectedResult[]
    expect(isHttpError(first!.reason) && first!.reason.status).toBe(500)
    expect(resolver.peek('203.0.113.7')).toBeUndefined()

    fail = false
    expect((await resolver.resolve('203.0.113.7'))?.city).toBe('203.0.113.7')
    expect(bodies).toHaveLength(2)
  })

  it('lets one caller abort without cancelling the look-up another caller waits for', async () => {
    const held = gate()
    const bodies = geoBackend()
    server.use(
      http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
        bodies.push((await request.json()) as GeoBody)
        await held.promise
        return HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-ok.json'))
      }),
    )
    const resolver = createGeoResolver(createEventsClient())
    const controller = new AbortController()

    const leaving = resolver.resolve('203.0.113.7', controller.signal)
    const staying = resolver.resolve('203.0.113.7', new AbortController().signal)
    await vi.waitFor(() => expect(bodies).toHaveLength(1))
    controller.abort()
    await expect(leaving).rejects.toSatisfy(isAbortError)
    held.open()

    expect(await staying).toEqual({
      country: 'Brazil',
      countryCode: 'BR',
      city: 'São Paulo',
      region: 'São Paulo',
    })
    expect(resolver.peek('203.0.113.7')?.city).toBe('São Paulo')
    expect(bodies).toHaveLength(1)
  })

  it('drops a queued look-up that every caller abandoned before it was sent', async () => {
    const gates: ReturnType<typeof gate>[] = []
    const bodies: GeoBody[] = []
    server.use(
      statusHandler(),
      http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
        const body = (await request.json()) as GeoBody
        bodies.push(body)
        const held = gate()
        gates.push(held)
        await held.promise
        return HttpResponse.json({ success: true, location: wire(body.ipAddress ?? '') })
      }),
    )
    const resolver = createGeoResolver(createEventsClient(), { concurrency: 1 })
    const controller = new AbortController()

    const first = resolver.resolve('203.0.113.1')
    const abandoned = resolver.resolve('203.0.113.2', controller.signal)
    const third = resolver.resolve('203.0.113.3')
    await vi.waitFor(() => expect(gates).toHaveLength(1))
    controller.abort()
    await expect(abandoned).rejects.toSatisfy(isAbortError)
    gates[0]!.open()
    await vi.waitFor(() => expect(gates).toHaveLength(2))
    gates[1]!.open()

    expect((await first)?.city).toBe('203.0.113.1')
    expect((await third)?.city).toBe('203.0.113.3')
    expect(bodies).toEqual([{ ipAddress: '203.0.113.1' }, { ipAddress: '203.0.113.3' }])
  })

  it('tells subscribers about each answer', async () => {
    geoBackend({ batch: true })
    const resolver = createGeoResolver(createEventsClient())
    const heard: [string, string | undefined][] = []
    const unsubscribe = resolver.subscribe((ip, location) => heard.push([ip, location?.city]))

    await Promise.all([resolver.resolve('203.0.113.7'), resolver.resolve('198.51.100.2')])
    unsubscribe()
    await resolver.resolve('192.0.2.1')

    expect(heard).toEqual([
      ['203.0.113.7', '203.0.113.7'],
      ['198.51.100.2', '198.51.100.2'],
    ])
  })
})

describe('getGeoResolver', () => {
  it('shares one resolver, and so one cache, per client', async () => {
    const bodies = geoBackend()
    const client = createEventsClient()

    expect(getGeoResolver(client)).toBe(getGeoResolver(client))
    expect(getGeoResolver(client)).not.toBe(getGeoResolver(createEventsClient()))
    await getGeoResolver(client).resolve('203.0.113.7')
    await getGeoResolver(client).resolve('203.0.113.7')
    expect(bodies).toHaveLength(1)
  })
})
