/**
 * Studio sign-in from an app session (issue 9 point 5). Studio wants its own cookie
 * (`better_auth_studio_session`); an admin signed in to the app through Better Auth has only
 * Better Auth's. Studio's `POST {basePath}/api/auth/verify` turns the second into the first. On a
 * 401 the adapter calls it once (shared by every request waiting at that moment) and retries the
 * request once; a verify that was refused is not tried again for a while, so a signed-out page
 * polling every 2 s does not double its requests.
 */
import type { Transport } from '../../adapter'
import { isAbortError, isHttpError, isInvalidResponseError } from '../../errors'

/** How Studio sign-in is done: from the app's Better Auth session, or never. */
export type StudioSignIn = 'better-auth' | false

/** Studio's route that exchanges a Better Auth admin session for Studio's cookie. */
export const STUDIO_VERIFY_PATH = '/api/auth/verify'
/** After a refused verify, the next 401 tries again only after this long. */
export const VERIFY_RETRY_MS = 30_000

/** Makes a wrapper that adds the sign-in to a transport (one state per adapter). */
export function createStudioSignIn(): (transport: Transport) => Transport {
  let pending: Promise<boolean> | undefined
  let refusedAt = Number.NEGATIVE_INFINITY

  const verify = (transport: Transport): Promise<boolean> => {
    if (Date.now() - refusedAt < VERIFY_RETRY_MS) return Promise.resolve(false)
    // No caller signal: several requests share this one, and it is short.
    pending ??= transport
      .request({ path: STUDIO_VERIFY_PATH, method: 'POST', body: {} })
      .then(
        () => true,
        (error: unknown) => {
          // A 2xx answer that is not JSON still set the cookie.
          if (isInvalidResponseError(error)) return true
          if (!isAbortError(error)) refusedAt = Date.now()
          return false
        },
      )
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  return (transport) => ({
    ...transport,
    async request(request) {
      try {
        return await transport.request(request)
      } catch (error) {
        if (!isHttpError(error) || error.status !== 401 || request.path === STUDIO_VERIFY_PATH) throw error
        if (!(await verify(transport))) throw error
        return transport.request(request)
      }
    },
  })
}
