/**
 * Answers in the shapes Better Auth endpoints use (`{ code, message }` errors from `APIError`),
 * shared by the plugin doubles. Framework-free: plain `Response` objects.
 */
import { json } from '../http/responses'

/** A Better Auth `APIError` answer: `{ code, message }`. */
export function apiError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return json({ code, message }, status, headers)
}

/** 401 from Better Auth's session middleware (no or expired session cookie). */
export function noSession(): Response {
  return apiError(401, 'UNAUTHORIZED', 'Unauthorized')
}

/** 400 from Better Auth's query validation. */
export function invalidQuery(message: string): Response {
  return apiError(400, 'VALIDATION_ERROR', message)
}

/**
 * Better Auth's rate limiter: 429 `{ message }` with the wait in whole seconds. Better Auth itself
 * sends `X-Retry-After`; the standard `Retry-After` is sent too, so either reader works.
 */
export function tooManyRequests(retryAfterMs: number): Response {
  const seconds = String(Math.max(1, Math.ceil(retryAfterMs / 1000)))
  return json({ message: 'Too many requests. Please try again later.' }, 429, {
    'Retry-After': seconds,
    'X-Retry-After': seconds,
  })
}

/** Better Auth's router for a path no endpoint serves: a bare 404. */
export function routeNotFound(): Response {
  return new Response(null, { status: 404 })
}

/** The route below `basePath`, or undefined when the request is not for it. */
export function routeBelow(
  request: Request,
  basePath: string,
): { route: string; params: URLSearchParams } | undefined {
  const url = new URL(request.url)
  const base = basePath.replace(/\/+$/, '')
  if (!url.pathname.startsWith(`${base}/`)) return undefined
  return { route: url.pathname.slice(base.length), params: url.searchParams }
}

/** `limit` and `offset` as a plugin validates them, or the 400 it answers. */
export function readPaging(
  params: URLSearchParams,
  { defaultLimit, maxLimit }: { defaultLimit: number; maxLimit: number },
): { limit: number; offset: number } | Response {
  const limit = readNumber(params, 'limit', defaultLimit)
  const offset = readNumber(params, 'offset', 0)
  if (limit === undefined || limit < 1 || limit > maxLimit) {
    return invalidQuery(`[query.limit] limit must be a number from 1 to ${maxLimit}`)
  }
  if (offset === undefined || offset < 0)
    return invalidQuery('[query.offset] offset must be a number of at least 0')
  return { limit: Math.floor(limit), offset: Math.floor(offset) }
}

function readNumber(params: URLSearchParams, name: string, fallback: number): number | undefined {
  const text = params.get(name)
  if (text === null || text.trim() === '') return fallback
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}
