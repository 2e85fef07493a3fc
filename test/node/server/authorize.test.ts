/** `authorize`: an unauthorised request gets Studio's 401 (or the host's answer) and no data. */
import { describe, expect, it } from 'vitest'
import { STUDIO_EXTENSIONS } from '../../../src/server/extensions'
import { BASE, makeHandler } from './helpers'

const ROUTES: [string, RequestInit?][] = [
  ['/api/events'],
  ['/api/events/count'],
  ['/api/events/status'],
  ['/api/events/activity?since=2026-11-18&until=2026-11-20'],
  ['/api/evnts'],
  ['/api/geo/resolve', { method: 'POST', body: JSON.stringify({ ipAddress: '192.0.2.70' }) }],
]

/** Admits requests carrying Studio's session cookie. */
const cookieCheck = (request: Request) =>
  (request.headers.get('cookie') ?? '').includes('better_auth_studio_session=admin')

describe('authorize', () => {
  it.each([false, true])(
    'answers 401 { error, message } and no data on every route (quirks: %s)',
    async (studioQuirks) => {
      const handler = makeHandler({ authorize: cookieCheck, studioQuirks, extensions: STUDIO_EXTENSIONS })
      for (const [path, init] of ROUTES) {
        const response = await handler(new Request(`${BASE}${path}`, init))
        const text = await response.text()
        expect(response.status).toBe(401)
        expect(JSON.parse(text)).toEqual({ error: 'Unauthorized', message: 'No session cookie' })
        expect(text).not.toMatch(/usr_|ana@example|São Paulo|"total"/)
      }
    },
  )

  it('lets an authorised request through', async () => {
    const handler = makeHandler({ authorize: cookieCheck })
    const response = await handler(
      new Request(`${BASE}/api/events/count`, { headers: { cookie: 'better_auth_studio_session=admin' } }),
    )
    expect(response.status).toBe(200)
    expect(((await response.json()) as { total: number }).total).toBe(13)
  })

  it('sends the host’s own answer as it is, and waits for an async decision', async () => {
    const forbidden = Response.json(
      { success: false, message: 'Access denied for this IP address', reason: 'ip_not_allowed' },
      { status: 403 },
    )
    const handler = makeHandler({ authorize: async () => forbidden.clone() })
    const response = await handler(new Request(`${BASE}/api/events`))
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ reason: 'ip_not_allowed' })
  })

  it('answers 500 without data when authorize throws', async () => {
    const handler = makeHandler({
      authorize: () => {
        throw new Error('session store down')
      },
    })
    const response = await handler(new Request(`${BASE}/api/events`))
    expect(response.status).toBe(500)
    expect(await response.text()).not.toMatch(/session store down|usr_/)
  })
})
