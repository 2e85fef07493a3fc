/**
 * The client's transport: URL building, headers, credentials, timeout, abort and typed errors.
 * Adapters never call fetch themselves, so every backend gets the same error model.
 */
import * as v from 'valibot'
import type { QueryParams, Transport, TransportRequest, TransportResponse } from './adapter'
import {
  AbortError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  parseRetryAfter,
  type ValidationIssue,
} from './errors'
import type { HeadersOption } from './clientTypes'
import { openStream } from './streamTransport'

/** Options of {@link createTransport}. */
export type TransportOptions = {
  baseUrl: string
  basePath: string
  fetch: typeof fetch
  headers?: HeadersOption
  credentials: RequestCredentials
  timeoutMs: number
}

/** Joins an origin, a base path and a route without doubling or dropping slashes. */
export function buildUrl(baseUrl: string, basePath: string, path: string, query?: QueryParams): string {
  const origin = baseUrl.replace(/\/+$/, '')
  const base = basePath ? `/${basePath.replace(/^\/+|\/+$/g, '')}` : ''
  const route = `/${path.replace(/^\/+/, '')}`
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.append(key, String(value))
  }
  const qs = search.toString()
  return `${origin}${base === '/' ? '' : base}${route}${qs ? `?${qs}` : ''}`
}

/** Creates the transport an adapter talks through. */
export function createTransport(options: TransportOptions): Transport {
  return {
    request: (request) => send(options, request),
    open: (request) => openStream(options, request),
    validate(schema, data, url) {
      const result = v.safeParse(schema, data)
      if (result.success) return result.output
      throw new InvalidResponseError(url, toIssues(result.issues))
    },
  }
}

/** Converts valibot issues into `{ path, message }` pairs with dotted paths. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
    message: issue.message,
  }))
}

async function send(options: TransportOptions, request: TransportRequest): Promise<TransportResponse> {
  const url = buildUrl(options.baseUrl, options.basePath, request.path, request.query)
  const callerSignal = request.signal
  if (callerSignal?.aborted) throw new AbortError(url)

  // One controller for both the caller's abort and our timeout, so we can tell them apart.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const onAbort = () => controller.abort()
  callerSignal?.addEventListener('abort', onAbort, { once: true })

  try {
    const headers = new Headers(await resolveHeaders(options.headers))
    headers.set('accept', 'application/json')
    if (request.body !== undefined) headers.set('content-type', 'application/json')
    let response: Response
    try {
      response = await options.fetch(url, {
        method: request.method ?? 'GET',
        headers,
        credentials: options.credentials,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      })
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, options.timeoutMs)
      if (callerSignal?.aborted) throw new AbortError(url)
      const page = pageOrigin()
      throw new NetworkError(url, error, { crossOrigin: isCrossOrigin(url, page), pageOrigin: page })
    }
    const body = await readBody(
      response,
      url,
      () => timedOut,
      () => callerSignal?.aborted === true,
      options.timeoutMs,
    )
    if (response.status === 429) {
      // Better Auth's rate limiter sends X-Retry-After; standard servers send Retry-After.
      const retryAfter = response.headers.get('retry-after') ?? response.headers.get('x-retry-after')
      throw new RateLimitError(body.value, url, parseRetryAfter(retryAfter))
    }
    if (!response.ok) throw new HttpError(response.status, body.value, url)
    if (!body.json) {
      throw new InvalidResponseError(url, [{ path: '', message: 'The answer is not JSON' }])
    }
    return { data: body.value, status: response.status, headers: response.headers, url }
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', onAbort)
  }
}

/** The page's origin in a browser (undefined in Node, workers without one, `about:blank`). */
export function pageOrigin(): string | undefined {
  const origin = typeof location === 'undefined' ? undefined : location.origin
  return origin && origin !== 'null' ? origin : undefined
}

/** Whether `url` goes to another origin than the page's (where CORS applies). */
export function isCrossOrigin(url: string, page: string | undefined): boolean {
  if (!page) return false
  try {
    return new URL(url, page).origin !== page
  } catch {
    return false
  }
}

export async function resolveHeaders(headers: HeadersOption | undefined): Promise<HeadersInit | undefined> {
  return typeof headers === 'function' ? await headers() : headers
}

export async function readBody(
  response: Response,
  url: string,
  timedOut: () => boolean,
  aborted: () => boolean,
  timeoutMs: number,
): Promise<{ value: unknown; json: boolean }> {
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (timedOut()) throw new TimeoutError(url, timeoutMs)
    if (aborted()) throw new AbortError(url)
    throw new NetworkError(url, error)
  }
  if (!text) return { value: undefined, json: false }
  try {
    return { value: JSON.parse(text) as unknown, json: true }
  } catch {
    return { value: text, json: false }
  }
}
