/**
 * JSON answers in the shapes Studio uses. Bodies never carry stack traces or internal messages
 * beyond what the chosen mode promises.
 */

/** A JSON response with `content-type: application/json` and no caching. */
export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const merged = new Headers(headers)
  merged.set('content-type', 'application/json; charset=utf-8')
  merged.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers: merged })
}

/** Studio's 401: `{ error: 'Unauthorized', message }`. */
export function unauthorized(message = 'No session cookie'): Response {
  return json({ error: 'Unauthorized', message }, 401)
}

/** Studio's 404 for a path it does not serve: `{ error: 'Not found', path }`. */
export function notFound(path: string): Response {
  return json({ error: 'Not found', path }, 404)
}

/** 405 with the allowed methods (the good backend; Studio itself answers 404). */
export function methodNotAllowed(allowed: string[]): Response {
  return json({ error: 'Method not allowed', message: `Use ${allowed.join(' or ')}` }, 405, {
    allow: allowed.join(', '),
  })
}

/** 400 naming the parameter: `{ error: 'Invalid parameter', message, parameter }`. */
export function badParameter(parameter: string, message: string): Response {
  return json({ error: 'Invalid parameter', message, parameter }, 400)
}

/** Studio's 500: `{ error, details }`. `details` is a message only, never a stack. */
export function serverError(error: string, details?: string): Response {
  return json(details === undefined ? { error } : { error, details }, 500)
}

/** Seconds a client is asked to wait while the store is unreachable. */
export const STORE_RETRY_AFTER_SECONDS = 5

/** 503 while the event store cannot be reached: `{ error: 'Store unavailable', message }` with `Retry-After`. */
export function storeUnavailable(): Response {
  return json(
    {
      error: 'Store unavailable',
      message: 'The event store cannot be reached right now (its database may be restarting). Retry shortly.',
    },
    503,
    { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) },
  )
}

/** The message of a thrown value, without its stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return typeof error === 'string' ? error : 'Unknown error'
}
