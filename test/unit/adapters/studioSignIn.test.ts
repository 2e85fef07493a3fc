/**
 * Issue 9 point 5: an admin signed in to the app through Better Auth, without Studio's own cookie,
 * gets events: on a 401 the Studio adapter calls Studio's `POST /api/auth/verify`, which sets
 * `better_auth_studio_session` from the Better Auth session, and retries once.
 *
 * The "browser" is a fetch with a cookie jar (Node's fetch keeps none); the Studio double answers
 * 401 to every route until its cookie is sent, and verify sets it only for a valid admin session.
 */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { studioAdapter } from '../../../src/api/adapters/studio/studioAdapter'
import { HttpError } from '../../../src/api/errors'
import { createStudioHandlers } from '../../../src/msw'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { server } from '../../mocks/server'

const BETTER_AUTH = 'better-auth.session_token'
const STUDIO = 'better_auth_studio_session'

/** A fetch that sends and stores cookies like a browser on one origin. */
function browser(cookies: Record<string, string> = {}) {
  const jar = new Map(Object.entries(cookies))
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers)
    if (jar.size) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
    const response = await fetch(input, { ...init, headers })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const at = pair.indexOf('=')
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
    }
    return response
  }
  return { fetch: fetchWithCookies, jar }
}

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, value] = part.trim().split('=')
    if (key === name) return value
  }
  return undefined
}

let doubles = 0

/**
 * Studio: its own cookie or 401; verify turns an admin's Better Auth session into that cookie.
 * Each double has its own cookie value (msw keeps mocked cookies between tests).
 */
function studioWithSignIn() {
  const verifies: Request[] = []
  const token = `studio-ok-${(doubles += 1)}`
  const store = createMemoryStore({
    events: [
      {
        id: 'e1',
        type: 'user.logged_in',
        timestamp: '2026-03-02T11:00:00.000Z',
        status: 'success',
        metadata: {},
        source: 'app',
      },
    ],
  })
  server.use(
    http.post('*/api/studio/api/auth/verify', ({ request }) => {
      verifies.push(request)
      if (cookie(request, BETTER_AUTH) !== 'admin-session') {
        return HttpResponse.json({ error: 'Unauthorized', message: 'Not an admin session' }, { status: 401 })
      }
      return HttpResponse.json(
        { success: true },
        { headers: { 'set-cookie': `${STUDIO}=${token}; Path=/; HttpOnly` } },
      )
    }),
    ...createStudioHandlers({
      store,
      studioQuirks: true,
      authorize: (request) => cookie(request, STUDIO) === token,
    }),
  )
  return { verifies, token }
}

describe('Studio sign-in from the app session', () => {
  it('verifies once (shared by concurrent requests), then every request succeeds', async () => {
    const { verifies, token } = studioWithSignIn()
    const { fetch, jar } = browser({ [BETTER_AUTH]: 'admin-session' })
    const client = createEventsClient({ fetch })
    const [status, page, counts] = await Promise.all([
      client.getStatus(),
      client.listEvents(),
      client.getCounts(),
    ])
    expect(status.state).toBe('enabled')
    expect(page.events.map((event) => event.id)).toEqual(['e1'])
    expect(counts.total).toBe(1)
    expect(verifies).toHaveLength(1)
    expect(verifies[0]!.method).toBe('POST')
    expect(jar.get(STUDIO)).toBe(token)
    await client.listEvents()
    expect(verifies).toHaveLength(1)
  })

  it('without an admin session: the 401 as it was, and no verify again for a while', async () => {
    const { verifies } = studioWithSignIn()
    const client = createEventsClient({ fetch: browser().fetch })
    const error = await client.getStatus().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized' })
    await client.getStatus().catch(() => undefined)
    expect(verifies).toHaveLength(1)
  })

  it('signIn: false reports the 401 without calling verify', async () => {
    const { verifies } = studioWithSignIn()
    const client = createEventsClient({
      fetch: browser({ [BETTER_AUTH]: 'admin-session' }).fetch,
      adapter: studioAdapter({ signIn: false }),
    })
    await expect(client.getStatus()).rejects.toMatchObject({ status: 401 })
    expect(verifies).toHaveLength(0)
  })
})
