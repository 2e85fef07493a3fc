import { describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import type { ReactNode } from 'react'
import { createEventsClient } from '../../../src/api/client'
import { isHttpError } from '../../../src/api/errors'
import type { GeoLocation } from '../../../src/api/types'
import { EventsProvider } from '../../../src/hooks/EventsProvider'
import { useGeoResolve } from '../../../src/hooks/useGeoResolve'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import { loadFixture } from '../../helpers/fixtures'
import { STUDIO } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'

type GeoBody = { ipAddress?: string; ipAddresses?: string[] }

const wire = (city: string) => ({ country: 'Portugal', countryCode: 'PT', city, region: 'Lisboa' })

/** Records every request the backend receives; geo answers come from `answer` (default: the IP as city). */
function geoBackend({
  batch = false,
  answer = (ip: string): Response | Promise<Response> =>
    HttpResponse.json({ success: true, location: wire(ip) }),
} = {}) {
  const requests: string[] = []
  const bodies: GeoBody[] = []
  server.use(
    http.get(`${STUDIO}/events/status`, ({ request }) => {
      requests.push(new URL(request.url).pathname)
      return HttpResponse.json(
        loadFixture<JsonBodyType>(`studio/status-${batch ? 'extended' : 'enabled'}.json`),
      )
    }),
    http.post(`${STUDIO}/geo/resolve`, async ({ request }) => {
      requests.push(new URL(request.url).pathname)
      const body = (await request.json()) as GeoBody
      bodies.push(body)
      if (body.ipAddresses) {
        const locations = Object.fromEntries(body.ipAddresses.map((ip) => [ip, wire(ip)]))
        return HttpResponse.json({ success: true, locations })
      }
      return answer(body.ipAddress ?? '')
    }),
  )
  return { requests, bodies }
}

function renderWithClient(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const client = createEventsClient({ adapter: studioAdapter() })
  const wrap = (node: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <EventsProvider client={client}>{node}</EventsProvider>
    </QueryClientProvider>
  )
  const view = render(wrap(ui))
  return { ...view, rerender: (next: ReactNode) => view.rerender(wrap(next)) }
}

/** What a user sees of one address: its state and, when known, the place. */
function Place({ ip, location, enabled }: { ip?: string; location?: GeoLocation; enabled?: boolean }) {
  const geo = useGeoResolve(ip, { location, enabled })
  const place = geo.location ? `${geo.location.city}, ${geo.location.countryCode}` : String(geo.location)
  const problem = isHttpError(geo.error) ? ` (HTTP ${geo.error.status})` : ''
  return (
    <p>
      {ip ?? 'no ip'}: {geo.status} {place}
      {problem}
    </p>
  )
}

describe('useGeoResolve', () => {
  it('sends the addresses of every row that mounts together as ONE batch on a geo-batch backend', async () => {
    const { bodies } = geoBackend({ batch: true })
    const ips = ['203.0.113.7', '198.51.100.2', '192.0.2.9', '2001:db8::1']

    renderWithClient(ips.map((ip) => <Place key={ip} ip={ip} />))

    for (const ip of ips) expect(await screen.findByText(`${ip}: resolved ${ip}, PT`)).toBeInTheDocument()
    expect(bodies).toEqual([{ ipAddresses: ips }])
  })

  it('asks once for an address shown in several places', async () => {
    const { bodies } = geoBackend()

    renderWithClient(
      <>
        <Place ip="203.0.113.7" />
        <Place ip="203.0.113.7" />
        <Place ip="203.0.113.7, 10.0.0.1" />
      </>,
    )

    expect(await screen.findAllByText('203.0.113.7: resolved 203.0.113.7, PT')).toHaveLength(2)
    expect(await screen.findByText('203.0.113.7, 10.0.0.1: resolved 203.0.113.7, PT')).toBeInTheDocument()
    expect(bodies).toEqual([{ ipAddress: '203.0.113.7' }])
  })

  it('shows "resolving" while the look-up runs', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    geoBackend({
      answer: async (ip) => {
        await held
        return HttpResponse.json({ success: true, location: wire(ip) })
      },
    })

    renderWithClient(<Place ip="203.0.113.7" />)

    expect(await screen.findByText('203.0.113.7: resolving undefined')).toBeInTheDocument()
    release()
    expect(await screen.findByText('203.0.113.7: resolved 203.0.113.7, PT')).toBeInTheDocument()
  })

  it('never sends private, loopback, CGNAT, unique-local or link-local addresses, and says "unavailable"', async () => {
    const { requests } = geoBackend()
    const never = ['10.0.0.1', '127.0.0.1', '100.64.1.1', 'fd00::1', 'fe80::1', '::1']

    renderWithClient(never.map((ip) => <Place key={ip} ip={ip} />))

    for (const ip of never) expect(screen.getByText(`${ip}: unavailable null`)).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requests).toEqual([])
  })

  it('shows Studio\'s "Unknown" answer as unavailable', async () => {
    geoBackend({ answer: () => HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-unknown.json')) })

    renderWithClient(<Place ip="203.0.113.7" />)

    expect(await screen.findByText('203.0.113.7: unavailable null')).toBeInTheDocument()
  })

  it('shows a 404 ("nothing known") as unavailable, not as an error', async () => {
    geoBackend({
      answer: () => HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-404.json'), { status: 404 }),
    })

    renderWithClient(<Place ip="2001:db8::5" />)

    expect(await screen.findByText('2001:db8::5: unavailable null')).toBeInTheDocument()
  })

  it('shows a server failure as an error with the typed HTTP error', async () => {
    geoBackend({
      answer: () => HttpResponse.json(loadFixture<JsonBodyType>('studio/error-500.json'), { status: 500 }),
    })

    renderWithClient(<Place ip="203.0.113.7" />)

    expect(await screen.findByText('203.0.113.7: error undefined (HTTP 500)')).toBeInTheDocument()
  })

  it('returns a location the backend already gave without any request', async () => {
    const { requests } = geoBackend()
    const embedded = { city: 'Porto', countryCode: 'PT', country: 'Portugal' }

    renderWithClient(
      <>
        <Place ip="203.0.113.7" location={embedded} />
        <Place location={embedded} />
      </>,
    )

    expect(screen.getByText('203.0.113.7: resolved Porto, PT')).toBeInTheDocument()
    expect(screen.getByText('no ip: resolved Porto, PT')).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requests).toEqual([])
  })

  it('ignores an embedded location that knows nothing', () => {
    renderWithClient(<Place ip="10.0.0.1" location={{}} />)

    expect(screen.getByText('10.0.0.1: unavailable null')).toBeInTheDocument()
  })

  it('stays idle without an address or when disabled', async () => {
    const { requests } = geoBackend()

    renderWithClient(
      <>
        <Place />
        <Place ip="203.0.113.7" enabled={false} />
      </>,
    )

    expect(screen.getByText('no ip: idle undefined')).toBeInTheDocument()
    expect(screen.getByText('203.0.113.7: idle undefined')).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requests).toEqual([])
  })

  it('keeps a look-up going for the row that stays when another row asking for it unmounts', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const { bodies } = geoBackend({
      answer: async () => {
        await held
        return HttpResponse.json(loadFixture<JsonBodyType>('studio/geo-ok.json'))
      },
    })
    const { rerender } = renderWithClient(<Place key="first" ip="203.0.113.7" />)
    await vi.waitFor(() => expect(bodies).toHaveLength(1))

    // The only observer leaves (its query is cancelled), then another row asks for the same address.
    rerender(<Place key="second" ip="203.0.113.7, 10.0.0.1" />)
    release()

    expect(await screen.findByText('203.0.113.7, 10.0.0.1: resolved São Paulo, BR')).toBeInTheDocument()
    expect(bodies).toHaveLength(1)
  })

  it('resolves a list of addresses into a map keyed by each address as given', async () => {
    const { bodies } = geoBackend({ batch: true })
    const embedded = { city: 'Porto', countryCode: 'PT' }
    function Places({ ips }: { ips: string[] }) {
      const geo = useGeoResolve(ips, { locations: { '198.51.100.9': embedded } })
      return (
        <ul>
          {Object.entries(geo).map(([ip, { status, location }]) => (
            <li key={ip}>{`${ip}: ${status} ${location?.city ?? String(location)}`}</li>
          ))}
        </ul>
      )
    }

    renderWithClient(
      <Places ips={['203.0.113.7, 10.0.0.1', '192.0.2.1', '198.51.100.9', '192.168.1.1', '']} />,
    )

    expect(await screen.findByText('203.0.113.7, 10.0.0.1: resolved 203.0.113.7')).toBeInTheDocument()
    expect(screen.getByText('192.0.2.1: resolved 192.0.2.1')).toBeInTheDocument()
    expect(screen.getByText('198.51.100.9: resolved Porto')).toBeInTheDocument()
    expect(screen.getByText('192.168.1.1: unavailable null')).toBeInTheDocument()
    expect(screen.getByText(': idle undefined')).toBeInTheDocument()
    expect(bodies).toEqual([{ ipAddresses: ['203.0.113.7', '192.0.2.1'] }])
  })
})
